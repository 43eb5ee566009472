/**
 * One same-origin GET to a helpdesk's REST API, with the failure said the way a support agent can
 * act on it. A 429 is retried once, and only when the helpdesk asks for a short wait: never a poll.
 * Shared by the Zendesk and Jira fetchers; each says its own words through `SiteWords`.
 */

export interface HttpContext {
  fetch: typeof fetch;
  now: () => Date;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  timeoutMs: number;
  /** Extra request headers (e.g. Jira's X-Atlassian-Token); Accept is always JSON. */
  headers?: Record<string, string>;
}

/** How a message names what was asked for: "for the ticket metrics … may not see them". */
export interface PartLabel {
  name: string;
  pronoun: 'it' | 'them';
}

/** The site-specific words of the failure messages. */
export interface SiteWords {
  /** "Zendesk", "Jira" */
  site: string;
  /** "the ticket", "the issue": what the agent reloads. */
  item: string;
  /** Why a 404 may happen, e.g. "the ticket may have been deleted or merged, or the link is wrong". */
  notFound: string;
}

export type Fetched =
  | { ok: true; json: unknown }
  | { ok: false; status: number | null; message: string };

/** The longest Retry-After Deskside waits out before its single retry. */
export const MAX_RETRY_WAIT_MS = 30_000;

// HTTP/2 responses carry no status text, so the reason phrases come from here.
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** "404 Not Found", or the bare code when the reason is not a common one. */
export function statusLine(status: number): string {
  const reason = REASONS[status];
  return reason ? `${status} ${reason}` : String(status);
}

/** Milliseconds to wait from a Retry-After header (delay-seconds or an HTTP date), or null. */
export function retryAfterMs(header: string | null, now: Date): number | null {
  const v = header?.trim();
  if (!v) return null;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/** A duration as an agent would say it: "30 seconds", "2 minutes". */
export function inWords(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s < 60) return `${s} second${s === 1 ? '' : 's'}`;
  const m = Math.ceil(s / 60);
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'}`;
  const h = Math.ceil(m / 60);
  return `${h} hour${h === 1 ? '' : 's'}`;
}

function statusMessage(status: number, label: PartLabel, wait: number | null, w: SiteWords): string {
  const head = `${w.site} API answered ${statusLine(status)} for ${label.name}`;
  if (status === 401) {
    return `${head}: your ${w.site} session may have ended; sign in again and reload ${w.item}.`;
  }
  if (status === 403) return `${head}: your role may not see ${label.pronoun}.`;
  if (status === 404) return `${head}: ${w.notFound}.`;
  if (status === 429) {
    const when = wait === null ? 'in a minute or so' : `in about ${inWords(wait)}`;
    return `${head}: ${w.site} is limiting how often it may be asked; reload ${w.item} ${when}.`;
  }
  if (status >= 500) return `${head}: ${w.site} had a problem on its side; try again in a few minutes.`;
  return `${head}.`;
}

type Attempt =
  | { kind: 'answer'; status: number; retryAfter: string | null; text: string }
  | { kind: 'failed'; message: string };

async function attempt(url: string, label: PartLabel, ctx: HttpContext, w: SiteWords): Promise<Attempt> {
  const timeout = AbortSignal.timeout(ctx.timeoutMs);
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout;
  // Called unbound: window.fetch throws "Illegal invocation" when `this` is another object.
  const get = ctx.fetch;
  try {
    const res = await get(url, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { ...ctx.headers, Accept: 'application/json' },
      signal,
    });
    // The body is read under the same deadline: a stalled body is as bad as no answer.
    const text = await res.text();
    return { kind: 'answer', status: res.status, retryAfter: res.headers.get('Retry-After'), text };
  } catch (err) {
    // The caller cancelled (e.g. the agent left the ticket): nobody wants a snapshot any more.
    if (ctx.signal?.aborted) throw ctx.signal.reason ?? err;
    const message = timeout.aborted
      ? `${w.site} API did not answer within ${inWords(ctx.timeoutMs)} for ${label.name}; ` +
        `it may be slow right now, reload ${w.item} to try again.`
      : `Could not reach the ${w.site} API for ${label.name}: ` +
        `check your network connection, then reload ${w.item}.`;
    return { kind: 'failed', message };
  }
}

/** GETs `url` and parses its JSON; every failure comes back as a plain message, never a throw. */
export async function getJson(url: string, label: PartLabel, ctx: HttpContext, w: SiteWords): Promise<Fetched> {
  let a = await attempt(url, label, ctx, w);
  if (a.kind === 'answer' && a.status === 429) {
    const wait = retryAfterMs(a.retryAfter, ctx.now());
    if (wait !== null && wait <= MAX_RETRY_WAIT_MS) {
      await ctx.sleep(wait, ctx.signal);
      a = await attempt(url, label, ctx, w);
    }
  }
  if (a.kind === 'failed') return { ok: false, status: null, message: a.message };
  if (a.status < 200 || a.status > 299) {
    const wait = a.status === 429 ? retryAfterMs(a.retryAfter, ctx.now()) : null;
    return { ok: false, status: a.status, message: statusMessage(a.status, label, wait, w) };
  }
  try {
    return { ok: true, json: JSON.parse(a.text) as unknown };
  } catch {
    const message =
      `${w.site} API sent ${label.name} as something other than JSON (perhaps a sign-in page); ` +
      `reload ${w.item} to try again.`;
    return { ok: false, status: a.status, message };
  }
}

/** A wait that ends early, rejecting, when `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
