// zod/mini, not classic zod: this runs in the content script, where classic zod would add
// ~90 KB gzipped (see lib/schema/content-side.ts).
import * as z from 'zod/mini';
import { describeIssues } from '../../schema/describe';

/**
 * Zod schemas for the three Zendesk REST responses Deskside reads. Loose on purpose: Zendesk adds
 * fields often and sends null for unset ones (priority, type, assignee), so unknown keys pass and
 * most fields are optional. What stays required (the top-level key, numeric ids) is what tells a
 * Zendesk response apart from a Jira issue or unrelated JSON.
 */

/** Error text for a wrong or absent value, e.g. "expected number, received string". */
function expected(what: string, missing?: string) {
  return (issue: { input?: unknown }): string => {
    const v = issue.input;
    if (v === undefined) return missing ?? `missing, expected ${what}`;
    const got = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
    return `expected ${what}, received ${got}`;
  };
}

/** Zendesk ids are JSON numbers (64-bit, but within double precision). */
const Id = z.number({ error: expected('number') });
const Text = z.nullish(z.string());
/** Zendesk sends `{calendar, business}` pairs; both are null until the event happened. */
const Minutes = z.nullish(
  z.looseObject({ calendar: z.nullish(z.number()), business: z.nullish(z.number()) }),
);

/** A sideloaded user. Only id, name, role and organization are read: contact details never are. */
export const ZendeskUser = z.looseObject({
  id: Id,
  name: Text,
  role: Text,
  organization_id: z.nullish(Id),
});
export type ZendeskUser = z.infer<typeof ZendeskUser>;

const Named = z.looseObject({ id: Id, name: Text });

/** One entry of `ticket.slas.policy_metrics` (sideload `include=slas`). */
export const ZendeskSlaMetric = z.looseObject({
  metric: z.string({ error: expected('string') }),
  stage: Text,
  breach_at: Text,
  days: z.nullish(z.number()),
  hours: z.nullish(z.number()),
  minutes: z.nullish(z.number()),
});

export const ZendeskTicket = z.looseObject(
  {
    id: Id,
    url: Text,
    subject: Text,
    description: Text,
    status: z.string({ error: expected('string') }),
    priority: Text,
    type: Text,
    requester_id: z.nullish(Id),
    assignee_id: z.nullish(Id),
    group_id: z.nullish(Id),
    organization_id: z.nullish(Id),
    tags: z.nullish(z.array(z.string())),
    custom_fields: z.nullish(z.array(z.looseObject({ id: Id, value: z.unknown() }))),
    created_at: Text,
    updated_at: Text,
    slas: z.nullish(z.looseObject({ policy_metrics: z.nullish(z.array(ZendeskSlaMetric)) })),
  },
  { error: expected('object', 'missing (a Zendesk ticket response has a top-level "ticket" object)') },
);
export type ZendeskTicket = z.infer<typeof ZendeskTicket>;

/** `GET /api/v2/tickets/{id}.json?include=users,groups,organizations,slas` */
export const ZendeskTicketResponse = z.looseObject({
  ticket: ZendeskTicket,
  users: z.nullish(z.array(ZendeskUser)),
  groups: z.nullish(z.array(Named)),
  organizations: z.nullish(z.array(Named)),
});
export type ZendeskTicketResponse = z.infer<typeof ZendeskTicketResponse>;

export const ZendeskComment = z.looseObject({
  id: Id,
  type: Text,
  body: Text,
  html_body: Text,
  plain_body: Text,
  public: z.nullish(z.boolean()),
  /** -1 for comments Zendesk itself adds. */
  author_id: z.nullish(Id),
  created_at: Text,
  via: z.nullish(z.looseObject({ channel: z.nullish(z.union([z.string(), z.number()])) })),
});
export type ZendeskComment = z.infer<typeof ZendeskComment>;

/** One page of `GET /api/v2/tickets/{id}/comments.json`, cursor or offset paginated. */
export const ZendeskCommentsPage = z.looseObject({
  comments: z.array(ZendeskComment, {
    error: expected('array', 'missing (a Zendesk comments response has a top-level "comments" array)'),
  }),
  users: z.nullish(z.array(ZendeskUser)),
  meta: z.nullish(z.looseObject({ has_more: z.nullish(z.boolean()), after_cursor: Text })),
  links: z.nullish(z.looseObject({ next: Text })),
  next_page: Text,
});
export type ZendeskCommentsPage = z.infer<typeof ZendeskCommentsPage>;

/** `GET /api/v2/tickets/{id}/metrics.json` */
export const ZendeskMetricsResponse = z.looseObject({
  ticket_metric: z.looseObject(
    {
      reopens: z.nullish(z.number()),
      replies: z.nullish(z.number()),
      reply_time_in_minutes: Minutes,
      first_resolution_time_in_minutes: Minutes,
      full_resolution_time_in_minutes: Minutes,
      solved_at: Text,
    },
    {
      error: expected(
        'object',
        'missing (a Zendesk metrics response has a top-level "ticket_metric" object)',
      ),
    },
  ),
});
export type ZendeskMetricsResponse = z.infer<typeof ZendeskMetricsResponse>;

export type Parsed<T> = { ok: true; data: T } | { ok: false; message: string };

/** Parses with a schema and turns a failure into one readable line naming the bad paths. */
export function parseWith<T>(schema: z.ZodMiniType<T>, json: unknown): Parsed<T> {
  const r = schema.safeParse(json);
  return r.success ? { ok: true, data: r.data } : { ok: false, message: describeIssues(r.error.issues) };
}

/**
 * The URL of the page after this one, or null on the last page. Cursor pagination says so in
 * `meta.has_more` + `links.next`; the older offset style only in `next_page`.
 */
export function nextCommentsPage(page: ZendeskCommentsPage): string | null {
  if (page.meta && typeof page.meta.has_more === 'boolean') {
    return page.meta.has_more ? (page.links?.next ?? null) : null;
  }
  return page.next_page ?? null;
}

/** True when a page says more follow, even if it gives no usable link to them. */
export function hasMoreComments(page: ZendeskCommentsPage): boolean {
  if (page.meta && typeof page.meta.has_more === 'boolean') return page.meta.has_more;
  return Boolean(page.next_page);
}
