import { z } from 'zod';
import { Site } from './ticket';

const UtcTime = z.iso.datetime({ offset: true });

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** The recommended severity with the reasons for it; `override` is the specialist's own choice. */
export const SeverityAssessment = z.object({
  recommended: Severity,
  reasons: z.array(z.string()),
  override: Severity.optional(),
});
export type SeverityAssessment = z.infer<typeof SeverityAssessment>;

export const Impact = z.object({
  affectedUsers: z.string().optional(),
  affectedOrgs: z.string().optional(),
  business: z.string().optional(),
});
export type Impact = z.infer<typeof Impact>;

/** Browsers, operating systems, app versions and raw user agents found in the ticket and evidence. */
export const Environment = z.object({
  browsers: z.array(z.string()),
  os: z.array(z.string()),
  appVersions: z.array(z.string()),
  userAgents: z.array(z.string()),
});
export type Environment = z.infer<typeof Environment>;

/** What the package says about one piece of evidence (the evidence itself stays on the device). */
export const EvidenceRef = z.object({
  id: z.string().min(1),
  capturedAt: UtcTime,
  source: z.object({ url: z.string().nullable(), title: z.string().nullable() }),
  summary: z.string(),
  /** The errors, ids and exceptions an engineer would search for first. */
  highlights: z.array(z.string()),
  /** The first lines of the redacted text (or of its first stack trace). */
  excerpt: z.string(),
});
export type EvidenceRef = z.infer<typeof EvidenceRef>;

export const TimelineEntry = z.object({
  /** UTC, with a Z. */
  at: z.iso.datetime(),
  source: z.enum(['ticket', 'comment', 'evidence']),
  text: z.string(),
  /** Comment id or evidence id the entry came from. */
  ref: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const LinkedArticle = z.object({ title: z.string().min(1), url: z.string().nullable() });
export type LinkedArticle = z.infer<typeof LinkedArticle>;

export const SimilarTicket = z.object({ id: z.string().min(1), subject: z.string().nullable(), url: z.string().nullable() });
export type SimilarTicket = z.infer<typeof SimilarTicket>;

/** The ticket the package escalates. */
export const TicketRefInfo = z.object({
  site: Site,
  host: z.string(),
  ticketId: z.string(),
  url: z.string(),
  subject: z.string().nullable(),
  status: z.string().nullable(),
  priority: z.string().nullable(),
  requester: z.string().nullable(),
  organization: z.string().nullable(),
  /** Customer tier from the ticket's tags (tier1, enterprise, vip, …), when one is there. */
  tier: z.string().nullable(),
});
export type TicketRefInfo = z.infer<typeof TicketRefInfo>;

export const EscalationPackage = z.object({
  ticket: TicketRefInfo,
  summary: z.string(),
  expected: z.string(),
  actual: z.string(),
  steps: z.array(z.string()),
  impact: Impact,
  severity: SeverityAssessment,
  environment: Environment,
  evidence: z.array(EvidenceRef),
  timeline: z.array(TimelineEntry),
  /** Present only where the KB feature supplies them. */
  kbArticles: z.array(LinkedArticle).optional(),
  /** Present only where the similar-tickets feature supplies them. */
  similarTickets: z.array(SimilarTicket).optional(),
  jiraIssueKey: z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/).optional(),
  builtAt: UtcTime,
});
export type EscalationPackage = z.infer<typeof EscalationPackage>;

/** The specialist's edits, saved as a draft; each field present replaces the prefilled one. */
export const EscalationDraft = z.object({
  summary: z.string().optional(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  steps: z.array(z.string()).optional(),
  impact: Impact.optional(),
  severityOverride: Severity.nullable().optional(),
  environment: Environment.partial().optional(),
  kbArticles: z.array(LinkedArticle).optional(),
  similarTickets: z.array(SimilarTicket).optional(),
  jiraIssueKey: z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/).nullable().optional(),
  updatedAt: UtcTime.optional(),
});
export type EscalationDraft = z.infer<typeof EscalationDraft>;

/** Completeness of a package: 1 (little) to 5 (nothing missing), naming each missing element. */
export const Completeness = z.object({
  score: z.number().int().min(1).max(5),
  missing: z.array(z.string()),
  present: z.array(z.string()),
});
export type Completeness = z.infer<typeof Completeness>;
