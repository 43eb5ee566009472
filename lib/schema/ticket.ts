import { z } from 'zod';
import { SLA_STAGES, TRACKED_FIELDS } from './snapshot-base';

export * from './snapshot-base';

/** ISO 8601 timestamp with a zone (Zendesk and Jira both send one). */
export const IsoTime = z.iso.datetime({ offset: true });

export const Site = z.enum(['zendesk', 'jira']);
export type Site = z.infer<typeof Site>;

/** Where a value came from: read from the page, the helpdesk API, or an earlier cached snapshot. */
export const Source = z.enum(['dom', 'api', 'cache']);
export type Source = z.infer<typeof Source>;

export const AuthorRole = z.enum(['end-user', 'agent', 'system']);
export type AuthorRole = z.infer<typeof AuthorRole>;

export const Comment = z.object({
  id: z.string().min(1),
  authorRole: AuthorRole,
  authorName: z.string().nullable(),
  public: z.boolean(),
  createdAt: IsoTime.nullable(),
  text: z.string(),
});
export type Comment = z.infer<typeof Comment>;

/** A person as shown on a ticket. Contact details (email, phone) are never captured. */
export const Person = z.object({
  id: z.string().nullable(),
  name: z.string().nullable(),
  organization: z.string().nullable(),
});
export type Person = z.infer<typeof Person>;

export const Group = z.object({ id: z.string().nullable(), name: z.string().nullable() });

export const CustomField = z.object({
  id: z.string(),
  label: z.string().nullable(),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]),
});
export type CustomField = z.infer<typeof CustomField>;

/** One finished cycle of an SLA (JSM keeps each start-stop cycle; Zendesk reports only the current). */
export const SlaCycle = z.object({
  breached: z.boolean(),
  startedAt: IsoTime.nullable(),
  stoppedAt: IsoTime.nullable(),
  breachAt: IsoTime.nullable(),
});
export type SlaCycle = z.infer<typeof SlaCycle>;

/** One SLA metric on a ticket: e.g. first_reply_time, active, breaching at a time. */
export const SlaMetric = z.object({
  policy: z.string().nullable(),
  metric: z.string(),
  stage: z.enum(SLA_STAGES),
  breachAt: IsoTime.nullable(),
  /** Target, time used and time left of the current cycle, in minutes, where the helpdesk says. */
  goalMinutes: z.number().nullable().optional(),
  elapsedMinutes: z.number().nullable().optional(),
  remainingMinutes: z.number().nullable().optional(),
  /** Completed cycles (JSM), for SLA compliance. */
  completedCycles: z.array(SlaCycle).optional(),
});
export type SlaMetric = z.infer<typeof SlaMetric>;

/** Minutes in calendar and business time, as helpdesks report durations. */
export const Minutes = z.object({ calendar: z.number().nullable(), business: z.number().nullable() });

export const Metrics = z.object({
  firstReplyMinutes: Minutes.nullable(),
  fullResolutionMinutes: Minutes.nullable(),
  reopens: z.number().int().nullable(),
  replies: z.number().int().nullable(),
  solvedAt: IsoTime.nullable(),
});
export type Metrics = z.infer<typeof Metrics>;

/** A part of the ticket that could not be read, said plainly to the user. */
/** A change of status, priority or assignee the helpdesk recorded (Jira changelog, Zendesk audits). */
export const Transition = z.object({
  field: z.enum(['status', 'priority', 'assignee']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  at: IsoTime,
});
export type Transition = z.infer<typeof Transition>;

export const Notice = z.object({
  source: z.enum(['dom', 'api']),
  part: z.string(),
  message: z.string(),
});
export type Notice = z.infer<typeof Notice>;

export const TicketSnapshot = z.object({
  site: Site,
  host: z.string().min(1),
  ticketId: z.string().min(1),
  url: z.url(),
  subject: z.string().nullable(),
  description: z.string().nullable(),
  status: z.string().nullable(),
  priority: z.string().nullable(),
  type: z.string().nullable(),
  /** JSM request type (e.g. "Get IT help"); null elsewhere. */
  requestType: z.string().nullable(),
  tags: z.array(z.string()),
  requester: Person.nullable(),
  assignee: Person.nullable(),
  group: Group.nullable(),
  createdAt: IsoTime.nullable(),
  updatedAt: IsoTime.nullable(),
  /** When the ticket was solved/resolved, where known. */
  resolvedAt: IsoTime.nullable(),
  comments: z.array(Comment),
  /** Total comments on the ticket, when known; the page may show fewer (lazy history). */
  commentCount: z.number().int().nonnegative().nullable(),
  customFields: z.array(CustomField),
  sla: z.array(SlaMetric),
  metrics: Metrics.nullable(),
  /** Status/priority/assignee changes as the helpdesk recorded them, oldest first. */
  transitions: z.array(Transition),
  sources: z.array(Source),
  fieldSources: z.partialRecord(z.enum(TRACKED_FIELDS), Source),
  notices: z.array(Notice),
  capturedAt: IsoTime,
});
export type TicketSnapshot = z.infer<typeof TicketSnapshot>;

