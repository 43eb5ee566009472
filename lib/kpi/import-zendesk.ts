import { z } from 'zod';
import { describeIssues } from '../schema/describe';
import type { TicketSnapshot } from '../schema/ticket';
import { snapshotFromApi } from '../sites/zendesk/api';
import { parseWith, ZendeskMetricsResponse } from '../sites/zendesk/api-schema';

/** An export file that is not what `deskside kpi` reads; the message names the path. */
export class ImportError extends Error {
  override name = 'ImportError';
}

const Obj = z.record(z.string(), z.unknown());
const Ticket = z.looseObject({ id: z.number(), status: z.string(), updated_at: z.string().nullish(), url: z.string().nullish() });
const Metric = z.looseObject({ ticket_id: z.number() });

// The list/incremental export (`tickets`), a search result (`results`), or one ticket (`ticket`);
// `metric_sets` is what `include=metric_sets` sideloads.
const TicketsPage = z.union([
  z.object({ tickets: z.array(Obj), metric_sets: z.array(Obj).nullish() }),
  z.object({ results: z.array(Obj) }),
  z.object({ ticket: Obj }),
]);
const MetricsPage = z.union([
  z.object({ ticket_metrics: z.array(Obj) }),
  z.object({ metric_sets: z.array(Obj) }),
  z.object({ ticket_metric: Obj }),
]);

function pagesOf(json: unknown): unknown[] {
  return Array.isArray(json) && json.every((p) => typeof p === 'object' && p !== null && !Array.isArray(p)) ? json : [json];
}

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new ImportError(`${where}${describeIssues(r.error.issues)}`);
  return r.data;
}

/** Zendesk ticket-metrics records by ticket id, from `/api/v2/ticket_metrics.json` pages. */
export function zendeskMetrics(json: unknown): Map<number, unknown> {
  const out = new Map<number, unknown>();
  pagesOf(json).forEach((page, i) => {
    const where = Array.isArray(json) ? `page ${i + 1}: ` : '';
    const p = parse(MetricsPage, page, where);
    const [name, list] = 'ticket_metrics' in p ? ['ticket_metrics', p.ticket_metrics] : 'metric_sets' in p ? ['metric_sets', p.metric_sets] : ['ticket_metric', [p.ticket_metric]];
    list.forEach((m, j) => {
      const at = `${where}${name}.${name === 'ticket_metric' ? '' : `${j}.`}`;
      const id = parse(Metric, m, at).ticket_id;
      // Checked here, with this file's path: found only when joined, it was blamed on the tickets file.
      const r = parseWith(ZendeskMetricsResponse, { ticket_metric: m });
      if (!r.ok) throw new ImportError(r.message.replace(/(^|; )ticket_metric\./g, `$1${at}`));
      out.set(id, m);
    });
  });
  return out;
}

/** True when the JSON looks like a Zendesk tickets export rather than a Jira search. */
export function isZendeskExport(json: unknown): boolean {
  return pagesOf(json).some((p) => TicketsPage.safeParse(p).success);
}

/**
 * Snapshots of every ticket in a Zendesk export, joined with their metrics. A ticket listed twice
 * (the incremental export repeats tickets updated while paging) counts once, its latest update;
 * deleted tickets (status "deleted", incremental export only) are left out.
 */
export function zendeskSnapshots(json: unknown, metrics: ReadonlyMap<number, unknown>, capturedAt: string): TicketSnapshot[] {
  const joined = new Map(metrics);
  const latest = new Map<number, { raw: Record<string, unknown>; updated: string }>();
  pagesOf(json).forEach((page, i) => {
    const where = Array.isArray(json) ? `page ${i + 1}: ` : '';
    const p = parse(TicketsPage, page, where);
    const [name, list]: [string, Record<string, unknown>[]] =
      'tickets' in p ? ['tickets', p.tickets] : 'results' in p ? ['results', p.results] : ['ticket', [p.ticket]];
    if ('metric_sets' in p) for (const m of p.metric_sets ?? []) joined.set(parse(Metric, m, `${where}metric_sets.`).ticket_id, m);
    list.forEach((raw, j) => {
      if ('result_type' in raw && raw.result_type !== 'ticket') return;
      const t = parse(Ticket, raw, `${where}${name}.${name === 'ticket' ? '' : `${j}.`}`);
      if (t.status === 'deleted') return;
      const prev = latest.get(t.id);
      const updated = t.updated_at ?? '';
      if (!prev || updated >= prev.updated) latest.set(t.id, { raw, updated });
    });
  });
  return [...latest.entries()].map(([id, { raw }]) => {
    const url = typeof raw.url === 'string' && URL.canParse(raw.url) ? new URL(raw.url) : null;
    // Exports always carry the API url; a hand-made file may not, and KPIs do not need the host.
    const host = url?.host ?? 'zendesk.invalid';
    // `include=metric_sets` on a single ticket embeds the record in the ticket itself.
    const embedded = typeof raw.metric_set === 'object' && raw.metric_set !== null ? raw.metric_set : undefined;
    const m = joined.get(id) ?? embedded;
    const { snapshot, errors } = snapshotFromApi({
      host,
      ticketId: String(id),
      url: `https://${host}/agent/tickets/${id}`,
      capturedAt,
      ticket: { ticket: raw },
      ...(m === undefined ? {} : { metrics: { ticket_metric: m } }),
    });
    if (errors.length) throw new ImportError(`ticket ${id}: ${errors.map((e) => `${e.part}: ${e.message}`).join('; ')}`);
    return snapshot;
  });
}
