import type { Notice, TicketSnapshot } from '../../schema/ticket';
import { snapshotFromApi, type ApiPart } from './api';
import { nextCommentsPage, parseWith, ZendeskCommentsPage } from './api-schema';
import {
  abortableSleep,
  getJson,
  statusLine,
  type HttpContext,
  type PartLabel,
} from './fetch-http';

export interface FetchZendeskOptions {
  /** The helpdesk origin, e.g. https://acme.zendesk.com; every request stays on it. */
  origin: string;
  ticketId: string;
  /** The agent-facing ticket URL stored in the snapshot. */
  url: string;
  fetch: typeof fetch;
  now?: () => Date;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  /** Per request. @default 10000 */
  timeoutMs?: number;
}

/** Zendesk allows at most 100 comments a page; 50 pages bound one read to 5000 comments. */
export const MAX_COMMENT_PAGES = 50;
const PAGE_SIZE = 100;
const INCLUDE = 'users,groups,organizations';
/** Answers that mean "not the slas sideload", which some plans and roles do not get. */
const SLA_REFUSED = new Set([400, 403, 422]);

const LABELS: Record<ApiPart, PartLabel> = {
  ticket: { name: 'the ticket', pronoun: 'it' },
  comments: { name: 'the ticket comments', pronoun: 'them' },
  metrics: { name: 'the ticket metrics', pronoun: 'them' },
};

type PartNotice = ApiPart | 'sla';
const notice = (part: PartNotice, message: string): Notice => ({ source: 'api', part, message });

interface PartRead {
  json: unknown;
  notices: Notice[];
}

async function fetchTicket(base: string, ctx: HttpContext): Promise<PartRead> {
  const first = await getJson(`${base}.json?include=${INCLUDE},slas`, LABELS.ticket, ctx);
  if (first.ok) return { json: first.json, notices: [] };
  if (first.status === null || !SLA_REFUSED.has(first.status)) {
    return { json: undefined, notices: [notice('ticket', first.message)] };
  }
  const second = await getJson(`${base}.json?include=${INCLUDE}`, LABELS.ticket, ctx);
  if (!second.ok) return { json: undefined, notices: [notice('ticket', second.message)] };
  const why = `Zendesk API refused the SLA details of this ticket (${statusLine(first.status)})`;
  return {
    json: second.json,
    notices: [notice('sla', `${why}: SLA targets are not shown; your plan or role may not include them.`)],
  };
}

async function fetchCommentPages(
  base: string,
  origin: string,
  ctx: HttpContext,
): Promise<{ pages: unknown[]; notices: Notice[] }> {
  const pages: unknown[] = [];
  const seen = new Set<string>();
  let count = 0;
  // A failure after some pages keeps them, and says how much of the conversation is shown.
  const partial = (message: string) => {
    const shown = count === 0 ? '' : ` Only the first ${count} comments are shown.`;
    return { pages, notices: [notice('comments', message + shown)] };
  };
  let next: string | null = `${base}/comments.json?include=users&page[size]=${PAGE_SIZE}`;
  while (next !== null && pages.length < MAX_COMMENT_PAGES) {
    seen.add(next);
    const r = await getJson(next, LABELS.comments, ctx);
    if (!r.ok) return partial(r.message);
    pages.push(r.json);
    const page = parseWith(ZendeskCommentsPage, r.json);
    // A page that does not parse is reported by snapshotFromApi; there is no next link to trust.
    if (!page.ok) return { pages, notices: [] };
    count += page.data.comments.length;
    const link = nextCommentsPage(page.data);
    if (link === null) return { pages, notices: [] };
    // A link that is no URL at all ("http://") is as unfollowable as one leaving the helpdesk.
    const resolved = URL.canParse(link, origin) ? new URL(link, origin) : null;
    // The session cookie must only ever go to the helpdesk itself, and a repeated link would loop.
    if (resolved === null || resolved.origin !== origin || seen.has(resolved.href)) {
      const where = `an address Deskside does not follow (${resolved?.href ?? link.slice(0, 200)})`;
      return partial(`Zendesk API pointed to the next page of comments at ${where}.`);
    }
    next = resolved.href;
  }
  if (next === null) return { pages, notices: [] };
  return partial(`This ticket has more comments than Deskside reads (${MAX_COMMENT_PAGES} pages).`);
}

/**
 * Reads one ticket from the Zendesk REST API with the agent's own session: the ticket (with
 * sideloads), every comment page and the metrics, concurrently. Each part fails on its own into
 * a notice; the result is always a valid snapshot. Rejects only when `signal` aborts.
 */
export async function fetchZendeskSnapshot(opts: FetchZendeskOptions): Promise<TicketSnapshot> {
  const origin = new URL(opts.origin).origin;
  const ctx: HttpContext = {
    fetch: opts.fetch,
    now: opts.now ?? (() => new Date()),
    sleep: opts.sleep ?? abortableSleep,
    signal: opts.signal,
    timeoutMs: opts.timeoutMs ?? 10_000,
  };
  const base = `${origin}/api/v2/tickets/${encodeURIComponent(opts.ticketId)}`;
  const [ticket, comments, metrics] = await Promise.all([
    fetchTicket(base, ctx),
    fetchCommentPages(base, origin, ctx),
    getJson(`${base}/metrics.json`, LABELS.metrics, ctx),
  ]);

  const { snapshot, errors } = snapshotFromApi({
    host: new URL(origin).host,
    ticketId: opts.ticketId,
    url: opts.url,
    capturedAt: ctx.now().toISOString(),
    ticket: ticket.json,
    comments: comments.pages,
    metrics: metrics.ok ? metrics.json : undefined,
  });
  const notices = [...ticket.notices, ...comments.notices];
  if (!metrics.ok) notices.push(notice('metrics', metrics.message));
  for (const e of errors) {
    const what = `Zendesk API sent ${LABELS[e.part].name} in a form Deskside does not understand`;
    notices.push(notice(e.part, `${what} (${e.message}).`));
  }
  snapshot.notices = notices;
  return snapshot;
}
