// Zendesk exports into snapshots, through the Zendesk API reader: a `/api/v2/tickets.json` page, a
// search result, an incremental export, or one ticket; each ticket may carry its `comments` inline.
import { z } from 'zod';
import { describeIssues } from '../schema/describe';
import type { TicketSnapshot } from '../schema/ticket';
import { snapshotFromApi } from '../sites/zendesk/api';

const Sideloads = {
  users: z.array(z.unknown()).nullish(),
  groups: z.array(z.unknown()).nullish(),
  organizations: z.array(z.unknown()).nullish(),
  /** `include=metric_sets`: one per ticket, matched by `ticket_id`. */
  metric_sets: z.array(z.looseObject({ ticket_id: z.number() })).nullish(),
};

/** Tickets page (`{tickets, next_page}`) or incremental export (`{tickets, end_time, end_of_stream}`). */
export const ZendeskTicketsPage = z.looseObject({ tickets: z.array(z.unknown()), ...Sideloads });
/** Search result: `{results, next_page, count}`; non-ticket results are skipped. */
export const ZendeskSearch = z.looseObject({ results: z.array(z.unknown()), ...Sideloads });
/** One ticket: `{ticket}`. */
export const ZendeskOneTicket = z.looseObject({ ticket: z.unknown(), ...Sideloads });

const RawTicket = z.looseObject({
  id: z.number({ error: 'expected a numeric ticket "id"' }),
  url: z.string().nullish(),
  status: z.string().nullish(),
  result_type: z.string().nullish(),
  /** Inlined comments: the array of a comments page, or the whole page object. */
  comments: z.union([z.array(z.unknown()), z.looseObject({ comments: z.array(z.unknown()) })]).nullish(),
  metric_set: z.unknown().optional(),
});

export interface ImportedTicket {
  /** The id as the export gives it (a number for Zendesk). */
  id: number | string;
  snapshot: TicketSnapshot;
}

/** What a page sideloads for all its tickets. */
export interface Sideloaded {
  users?: unknown[] | null;
  groups?: unknown[] | null;
  organizations?: unknown[] | null;
  metric_sets?: { ticket_id: number }[] | null;
}

/**
 * Snapshots of the tickets in a Zendesk export. Throws an Error naming the ticket (by position
 * and id) and what was wrong when a ticket cannot be read.
 */
export function snapshotsFromZendesk(
  raw: readonly unknown[],
  side: Sideloaded,
  capturedAt: string,
  where: string,
): ImportedTicket[] {
  const metrics = new Map((side.metric_sets ?? []).map((m) => [m.ticket_id, m]));
  // An incremental export lists a ticket again each time it changed: the last entry is current.
  const byId = new Map<number, ImportedTicket>();
  raw.forEach((json, i) => {
    const t = RawTicket.safeParse(json);
    if (!t.success) throw new Error(`${where}[${i}]: ${describeIssues(t.error.issues)}`);
    const { id, url, status, result_type: kind, comments } = t.data;
    if ((kind && kind !== 'ticket') || status === 'deleted') return;
    let host = 'unknown.zendesk.com';
    try {
      if (url) host = new URL(url).host;
    } catch {
      // A ticket without a usable API URL still gets audited; only its link is unknown.
    }
    const metric = t.data.metric_set ?? metrics.get(id);
    const { snapshot, errors } = snapshotFromApi({
      host,
      ticketId: String(id),
      url: `https://${host}/agent/tickets/${id}`,
      capturedAt,
      ticket: { ticket: json, users: side.users, groups: side.groups, organizations: side.organizations },
      comments: comments ? [Array.isArray(comments) ? { comments, users: side.users } : { users: side.users, ...comments }] : undefined,
      metrics: metric === undefined ? undefined : { ticket_metric: metric },
    });
    if (errors.length > 0) {
      const why = errors.map((e) => `${e.part}: ${e.message}`).join('; ');
      throw new Error(`${where}[${i}] (ticket ${id}): ${why}`);
    }
    byId.delete(id);
    byId.set(id, { id, snapshot });
  });
  return [...byId.values()];
}
