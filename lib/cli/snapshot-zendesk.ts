import { TicketSnapshot } from '../schema/ticket';
import { snapshotFromApi } from '../sites/zendesk/api';
import { hasMoreComments, ZendeskCommentsPage, ZendeskMetricsResponse, ZendeskTicketResponse } from '../sites/zendesk/api-schema';
import { captureTime, expectShape, pagesIn, readJson, strictOptions } from './snapshot-io';
import { UsageError, type CliIo } from './types';

/** The Zendesk part of `deskside snapshot --help`. */
export const ZENDESK_OPTIONS = `Zendesk (--site zendesk):
  --ticket FILE         GET /api/v2/tickets/{id}.json?include=users,groups,organizations,slas
  --comments FILE       GET /api/v2/tickets/{id}/comments.json?include=users; repeat once per
                        page, in order (a file holding a JSON array of pages also works)
  --metrics FILE        GET /api/v2/tickets/{id}/metrics.json
`;

/** The helpdesk host, from the API URL Zendesk puts in every ticket. */
function hostOf(file: string, url: string | null | undefined): string {
  try {
    if (url) return new URL(url).host;
  } catch {
    // Falls through to the error below: a ticket without a usable URL names no helpdesk.
  }
  throw new UsageError(`${file} has no usable "ticket.url", so the Zendesk host is unknown`);
}

/** `deskside snapshot --site zendesk`: prints the snapshot of saved Zendesk responses. */
export async function snapshotZendesk(args: readonly string[], io: CliIo): Promise<number> {
  const o = strictOptions(args, {
    site: { type: 'string' },
    ticket: { type: 'string' },
    comments: { type: 'string', multiple: true },
    metrics: { type: 'string' },
    now: { type: 'string' },
  });
  if (!o.ticket) throw new UsageError('--ticket TICKET.json is required');
  const capturedAt = captureTime(o.now);
  const ticketJson = await readJson(o.ticket);
  const { ticket } = expectShape(o.ticket, 'Zendesk ticket', ZendeskTicketResponse, ticketJson);
  const host = hostOf(o.ticket, ticket.url);
  const pages = await pagesIn(o.comments ?? []);
  const parsed = pages.map((p) => expectShape(p.name, 'Zendesk comments', ZendeskCommentsPage, p.json));
  const metrics = o.metrics === undefined ? undefined : await readJson(o.metrics);
  if (o.metrics !== undefined) expectShape(o.metrics, 'Zendesk ticket metrics', ZendeskMetricsResponse, metrics);

  const ticketId = String(ticket.id);
  const { snapshot } = snapshotFromApi({
    host,
    ticketId,
    url: `https://${host}/agent/tickets/${ticketId}`,
    capturedAt,
    ticket: ticketJson,
    comments: pages.map((p) => p.json),
    metrics,
  });
  const last = parsed.at(-1);
  if (last && hasMoreComments(last)) {
    io.stderr(
      'deskside: warning: the last comments page says more pages follow; commentCount is left ' +
        'unknown. Pass every page with --comments.\n',
    );
  }
  io.stdout(`${JSON.stringify(TicketSnapshot.parse(snapshot), null, 2)}\n`);
  return 0;
}
