import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { TicketSnapshot } from '../../../../lib/schema/ticket';
import { fetchZendeskSnapshot, MAX_COMMENT_PAGES } from '../../../../lib/sites/zendesk/fetch';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/zendesk/api');
const text = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

const ORIGIN = 'https://acme-support.zendesk.com';
const NOW = new Date('2026-11-27T12:00:00Z');

/** What the fake Zendesk answers for one kind of request; called once per request. */
type Answer = (url: string, init: RequestInit | undefined) => Response | Promise<Response>;
type Route = 'ticket' | 'ticketNoSla' | 'comments' | 'page2' | 'metrics';

const json = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });
const status = (code: number, headers: Record<string, string> = {}) => () => json('{"error":"x"}', code, headers);

function routeOf(url: string): Route {
  if (url.includes('/comments.json')) return url.includes('page%5Bafter%5D') ? 'page2' : 'comments';
  if (url.includes('/metrics.json')) return 'metrics';
  return url.includes('slas') ? 'ticket' : 'ticketNoSla';
}

/** A fake Zendesk serving ticket 4102; `overrides` replace answers, a list answers call by call. */
function zendesk(overrides: Partial<Record<Route, Answer | Answer[]>> = {}) {
  const defaults: Record<Route, Answer> = {
    ticket: () => json(text('ticket-4102.json')),
    ticketNoSla: () => json(text('ticket-4102.json')),
    comments: () => json(text('comments-4102.json')),
    page2: () => json(text('comments-4102-page2.json')),
    metrics: () => json(text('metrics-4102.json')),
  };
  const calls: { route: Route; url: string; init: RequestInit | undefined }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const route = routeOf(url);
    const n = calls.filter((c) => c.route === route).length;
    calls.push({ route, url, init });
    const o = overrides[route];
    const answer = Array.isArray(o) ? (o[n] ?? o[o.length - 1]) : o;
    return (answer ?? defaults[route])(url, init);
  };
  const count = (route: Route) => calls.filter((c) => c.route === route).length;
  return { fetch, calls, count };
}

async function read(z: ReturnType<typeof zendesk>, extra: { timeoutMs?: number; signal?: AbortSignal } = {}) {
  const sleep = vi.fn<(ms: number, signal?: AbortSignal) => Promise<void>>(async () => {});
  const snapshot = await fetchZendeskSnapshot({
    origin: ORIGIN, ticketId: '4102', url: `${ORIGIN}/agent/tickets/4102`,
    fetch: z.fetch, now: () => NOW, sleep, ...extra,
  });
  // Whatever failed, what comes back is a snapshot the extension can store.
  expect(TicketSnapshot.parse(snapshot)).toEqual(snapshot);
  return { snapshot, sleep };
}

const notice = (part: string, message: string | RegExp) => ({
  source: 'api', part, message: typeof message === 'string' ? message : expect.stringMatching(message),
});

describe('fetchZendeskSnapshot', () => {
  it('reads ticket, both comment pages and metrics with same-origin JSON requests', async () => {
    const z = zendesk();
    const { snapshot: s } = await read(z);
    expect(s).toMatchObject({ subject: 'Webhooks stopped firing for order.created since Tuesday', commentCount: 7, notices: [] });
    expect(s.comments).toHaveLength(7);
    expect(s.sla[1]).toMatchObject({ metric: 'next_reply_time', stage: 'active' });
    expect(s.metrics?.reopens).toBe(1);
    expect(s.capturedAt).toBe(NOW.toISOString());
    expect(z.calls.map((c) => c.route).sort()).toEqual(['comments', 'metrics', 'page2', 'ticket']);
    expect(z.calls[0]?.url).toBe(`${ORIGIN}/api/v2/tickets/4102.json?include=users,groups,organizations,slas`);
    for (const c of z.calls) {
      expect(c.url.startsWith(`${ORIGIN}/`)).toBe(true);
      expect(c.init).toMatchObject({ method: 'GET', credentials: 'same-origin', headers: { Accept: 'application/json' } });
    }
  });

  it('asks for the three parts at once', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const held = (route: Route): Answer => async () => (await gate, json(text(route === 'metrics' ? 'metrics-4102.json' : 'ticket-4102.json')));
    const z = zendesk({ ticket: held('ticket'), metrics: held('metrics'), comments: async () => (await gate, json(text('comments-4102.json'))) });
    const done = read(z);
    await new Promise((r) => setTimeout(r, 0));
    expect(z.calls.map((c) => c.route).sort()).toEqual(['comments', 'metrics', 'ticket']);
    release();
    await done;
  });

  it('401 on the ticket costs only the ticket', async () => {
    const { snapshot: s } = await read(zendesk({ ticket: status(401) }));
    expect(s.notices).toEqual([notice('ticket', /^Zendesk API answered 401 Unauthorized for the ticket: .*sign in again/)]);
    expect(s.subject).toBeNull();
    expect(s.comments).toHaveLength(7);
    expect(s.metrics?.replies).toBe(3);
  });

  it('403 on the metrics says the role may not see them', async () => {
    const { snapshot: s } = await read(zendesk({ metrics: status(403) }));
    expect(s.notices).toEqual([notice('metrics', 'Zendesk API answered 403 Forbidden for the ticket metrics: your role may not see them.')]);
    expect(s.metrics).toBeNull();
    expect(s.status).toBe('pending');
  });

  it('retries the ticket once without slas when the SLA sideload is refused', async () => {
    const z = zendesk({ ticket: status(403), ticketNoSla: () => json(text('ticket-4101.json')) });
    const { snapshot: s } = await read(z);
    expect(z.count('ticketNoSla')).toBe(1);
    expect(s.subject).toBe('Cannot log in with SSO after IdP certificate rotation');
    expect(s.notices).toEqual([notice('sla', /refused the SLA details of this ticket \(403 Forbidden\)/)]);
    expect(s.fieldSources.sla).toBeUndefined();
  });

  it('404 on the ticket is not retried and says why it may be missing', async () => {
    const z = zendesk({ ticket: status(404) });
    const { snapshot: s } = await read(z);
    expect(z.count('ticketNoSla')).toBe(0);
    expect(s.notices).toEqual([notice('ticket', /404 Not Found for the ticket: the ticket may have been deleted or merged/)]);
  });

  it('429 with a short Retry-After waits that long, then retries once', async () => {
    const z = zendesk({ metrics: [status(429, { 'Retry-After': '7' }), () => json(text('metrics-4102.json'))] });
    const { snapshot: s, sleep } = await read(z);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep.mock.calls[0]?.[0]).toBe(7000);
    expect(z.count('metrics')).toBe(2);
    expect(s.metrics?.replies).toBe(3);
    expect(s.notices).toEqual([]);
  });

  it('429 twice gives up after the single retry and says when to try again', async () => {
    const z = zendesk({ metrics: status(429, { 'Retry-After': '5' }) });
    const { snapshot: s, sleep } = await read(z);
    expect(z.count('metrics')).toBe(2);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(s.notices).toEqual([notice('metrics', /429 Too Many Requests .*reload the ticket in about 5 seconds/)]);
  });

  it('429 with Retry-After as an HTTP date waits until then', async () => {
    const at = new Date(NOW.getTime() + 20_000).toUTCString();
    const z = zendesk({ ticket: [status(429, { 'Retry-After': at }), () => json(text('ticket-4102.json'))] });
    const { sleep } = await read(z);
    expect(sleep.mock.calls[0]?.[0]).toBe(20_000);
  });

  it('429 with Retry-After 120 does not wait: it says to come back in 2 minutes', async () => {
    const z = zendesk({ comments: status(429, { 'Retry-After': '120' }) });
    const { snapshot: s, sleep } = await read(z);
    expect(sleep).not.toHaveBeenCalled();
    expect(z.count('comments')).toBe(1);
    expect(s.notices).toEqual([notice('comments', /reload the ticket in about 2 minutes\.$/)]);
    expect(s.comments).toEqual([]);
    expect(s.commentCount).toBeNull();
    expect(s.subject).not.toBeNull();
  });

  it('500 on the comments costs only the comments', async () => {
    const { snapshot: s } = await read(zendesk({ comments: status(500) }));
    expect(s.notices).toEqual([notice('comments', /500 Internal Server Error for the ticket comments: Zendesk had a problem on its side/)]);
    expect(s.fieldSources.comments).toBeUndefined();
    expect(s.metrics).not.toBeNull();
  });

  it('a request that hangs times out into a notice', async () => {
    const hang: Answer = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const { snapshot: s } = await read(zendesk({ metrics: hang }), { timeoutMs: 30 });
    expect(s.notices).toEqual([notice('metrics', /did not answer within 1 second for the ticket metrics/)]);
    expect(s.comments).toHaveLength(7);
  });

  it('rejects when the caller aborts: nobody wants the snapshot any more', async () => {
    const controller = new AbortController();
    const hang: Answer = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const pending = read(zendesk({ metrics: hang }), { signal: controller.signal });
    controller.abort(new Error('left the ticket'));
    await expect(pending).rejects.toThrow('left the ticket');
  });

  it('malformed JSON and network errors each cost one part', async () => {
    const z = zendesk({ metrics: () => json('<html>Sign in</html>'), comments: () => Promise.reject(new TypeError('Failed to fetch')) });
    const { snapshot: s } = await read(z);
    expect(s.notices).toEqual([
      notice('comments', /^Could not reach the Zendesk API for the ticket comments/),
      notice('metrics', /sent the ticket metrics as something other than JSON/),
    ]);
    expect(s.subject).not.toBeNull();
  });

  it('a response in the wrong shape is reported as such', async () => {
    const { snapshot: s } = await read(zendesk({ ticket: () => json('{"id":"10002","key":"ED-1","fields":{}}') }));
    expect(s.notices).toEqual([notice('ticket', /the ticket in a form Deskside does not understand \(ticket: missing/)]);
  });

  it('keeps the first page when the second fails, with the count unknown', async () => {
    const { snapshot: s } = await read(zendesk({ page2: status(503) }));
    expect(s.comments).toHaveLength(4);
    expect(s.commentCount).toBeNull();
    expect(s.notices).toEqual([notice('comments', /503 Service Unavailable.*Only the first 4 comments are shown\.$/)]);
  });

  it('does not follow a next link to another origin', async () => {
    const page = JSON.parse(text('comments-4102.json')) as { links: { next: string } };
    page.links.next = 'https://evil.example/api/v2/tickets/4102/comments.json';
    const z = zendesk({ comments: () => json(JSON.stringify(page)) });
    const { snapshot: s } = await read(z);
    expect(z.calls.filter((c) => !c.url.startsWith(`${ORIGIN}/`))).toEqual([]);
    expect(s.comments).toHaveLength(4);
    expect(s.notices).toEqual([notice('comments', /does not follow \(https:\/\/evil\.example.*Only the first 4 comments are shown\.$/)]);
  });

  it(`stops after ${MAX_COMMENT_PAGES} pages`, async () => {
    let n = 0;
    const endless: Answer = () => {
      n += 1;
      const next = `${ORIGIN}/api/v2/tickets/4102/comments.json?page%5Bafter%5D=c${n}`;
      return json(JSON.stringify({ comments: [{ id: n, body: 'x', author_id: 1 }], meta: { has_more: true }, links: { next } }));
    };
    const z = zendesk({ comments: endless, page2: endless });
    const { snapshot: s } = await read(z);
    expect(z.calls.filter((c) => c.url.includes('/comments.json'))).toHaveLength(MAX_COMMENT_PAGES);
    expect(s.comments).toHaveLength(MAX_COMMENT_PAGES);
    expect(s.commentCount).toBeNull();
    expect(s.notices).toEqual([notice('comments', /more comments than Deskside reads/)]);
  });

  it('follows the older offset-style next_page', async () => {
    const first = { comments: [{ id: 1, body: 'a', author_id: 1 }], next_page: `${ORIGIN}/api/v2/tickets/4102/comments.json?page%5Bafter%5D=2` };
    const second = { comments: [{ id: 2, body: 'b', author_id: 1 }], next_page: null };
    const z = zendesk({ comments: () => json(JSON.stringify(first)), page2: () => json(JSON.stringify(second)) });
    const { snapshot: s } = await read(z);
    expect(s.comments.map((c) => c.text)).toEqual(['a', 'b']);
    expect(s.commentCount).toBe(2);
  });
});
