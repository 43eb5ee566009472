// The Help Center sync as a resumable state machine. The caller (the background) persists the
// state after every step, asks nextSyncRequest what to do, performs the fetch or the wait, and
// feeds the response to applySyncPage. A closed browser resumes from the stored cursor; a 429
// turns into a wait for Retry-After; only URLs on the helpdesk's own origin are ever fetched.
import { z } from 'zod';
import type { KbArticle } from '../schema/kb';
import { parseHcPage } from './helpcenter';

export const HcSyncState = z.object({
  origin: z.string(),
  locale: z.string().nullable(),
  mode: z.enum(['full', 'incremental']),
  phase: z.enum(['running', 'waiting', 'done', 'failed']),
  /** The page to fetch next: the resume point. */
  nextUrl: z.string().nullable(),
  /** Epoch ms before which nothing is fetched (after a 429 or a 5xx). */
  waitUntil: z.number().nullable(),
  retries: z.number().int(),
  fetched: z.number().int(),
  pages: z.number().int(),
  /** Unix seconds this run started; the next incremental run starts from the finished run's mark. */
  startedAt: z.number(),
  /** Unix seconds up to which every article is known (set when a run finishes). */
  syncedUpTo: z.number().nullable(),
  error: z.string().nullable(),
});
export type HcSyncState = z.infer<typeof HcSyncState>;

/** What the caller should do next. */
export type SyncStep = { kind: 'fetch'; url: string } | { kind: 'wait'; ms: number } | { kind: 'done' } | { kind: 'failed'; error: string };

/** A fetched page as the caller saw it. */
export interface SyncResponse {
  status: number;
  /** The Retry-After header, if any (seconds or an HTTP date). */
  retryAfter?: string | null;
  json?: unknown;
}

const MAX_RETRIES = 5;
const DEFAULT_WAIT_S = 60;
// Updates landing while a full sync runs are caught by starting the next run a little earlier.
const OVERLAP_S = 300;

/**
 * A new run. With the previous finished state it is incremental from its mark; otherwise a
 * full listing in the user's locale, 100 articles a page.
 */
export function startSync(opts: { origin: string; locale: string | null; nowMs: number; previous?: HcSyncState | null }): HcSyncState {
  const origin = new URL(opts.origin).origin;
  const prev = opts.previous?.phase === 'done' ? opts.previous.syncedUpTo : null;
  const startedAt = Math.floor(opts.nowMs / 1000);
  const loc = opts.locale ? `${encodeURIComponent(opts.locale.toLowerCase())}/` : '';
  const nextUrl =
    prev === null || prev === undefined
      ? `${origin}/api/v2/help_center/${loc}articles.json?page[size]=100`
      : `${origin}/api/v2/help_center/incremental/articles.json?start_time=${Math.max(0, prev - OVERLAP_S)}`;
  return {
    origin, locale: opts.locale, mode: prev === null || prev === undefined ? 'full' : 'incremental', phase: 'running',
    nextUrl, waitUntil: null, retries: 0, fetched: 0, pages: 0, startedAt, syncedUpTo: opts.previous?.syncedUpTo ?? null, error: null,
  };
}

/** The next step for a (possibly restored) state. */
export function nextSyncRequest(state: HcSyncState, nowMs: number): SyncStep {
  if (state.phase === 'done') return { kind: 'done' };
  if (state.phase === 'failed') return { kind: 'failed', error: state.error ?? 'sync failed' };
  if (state.waitUntil !== null && nowMs < state.waitUntil) return { kind: 'wait', ms: state.waitUntil - nowMs };
  if (state.nextUrl === null) return { kind: 'done' };
  return { kind: 'fetch', url: state.nextUrl };
}

/** Seconds to wait from a Retry-After header (delta seconds or an HTTP date). */
export function retryAfterSeconds(header: string | null | undefined, nowMs: number): number {
  if (!header) return DEFAULT_WAIT_S;
  const s = Number(header.trim());
  if (Number.isFinite(s) && s >= 0) return Math.ceil(s);
  const at = Date.parse(header);
  return Number.isNaN(at) ? DEFAULT_WAIT_S : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

const fail = (state: HcSyncState, error: string): HcSyncState => ({ ...state, phase: 'failed', error });

/** The state after a response, and the articles to store from it (upsert by id). */
export function applySyncPage(state: HcSyncState, res: SyncResponse, nowMs: number): { state: HcSyncState; articles: KbArticle[] } {
  const where = state.nextUrl ?? state.origin;
  if (res.status === 429 || res.status === 503) {
    const wait = retryAfterSeconds(res.retryAfter, nowMs) * 1000;
    return { state: { ...state, phase: 'waiting', waitUntil: nowMs + wait, error: null }, articles: [] };
  }
  if (res.status >= 500) {
    if (state.retries >= MAX_RETRIES) return { state: fail(state, `${where} answered ${res.status} ${MAX_RETRIES + 1} times`), articles: [] };
    const wait = 2 ** state.retries * 5000;
    return { state: { ...state, phase: 'waiting', waitUntil: nowMs + wait, retries: state.retries + 1 }, articles: [] };
  }
  if (res.status === 401 || res.status === 403) return { state: fail(state, `${where} answered ${res.status}: sign in to Zendesk as an agent who can read the Help Center`), articles: [] };
  if (res.status !== 200) return { state: fail(state, `${where} answered ${res.status}`), articles: [] };
  const parsed = parseHcPage(res.json);
  if (!parsed.ok) return { state: fail(state, `${where} is not a Help Center articles page: ${parsed.message}`), articles: [] };
  const { articles, next, endTime } = parsed.page;
  if (next !== null && !sameOrigin(next, state.origin)) return { state: fail(state, `${where} points to another site (${next}); not followed`), articles: [] };
  // An incremental page whose next page is itself makes no progress: stop rather than loop.
  const stalled = next !== null && next === state.nextUrl;
  const finished = next === null || stalled;
  const mark = state.mode === 'incremental' && endTime !== null ? endTime : state.startedAt;
  return {
    state: {
      ...state,
      phase: finished ? 'done' : 'running',
      nextUrl: finished ? null : next,
      waitUntil: null, retries: 0, error: null,
      fetched: state.fetched + articles.length,
      pages: state.pages + 1,
      syncedUpTo: finished ? Math.min(mark, state.startedAt) : state.syncedUpTo,
    },
    articles,
  };
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
