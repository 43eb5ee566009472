// A fake Jira site answering the REST paths Deskside reads from test/fixtures/jira/api.
import { serveJira } from '../../../fixtures/jira/serve';

export type Route = 'issue3' | 'issue2' | 'comments' | 'comments2' | 'changelog' | 'request' | 'requestComments' | 'sla' | 'other';
export type Answer = (url: URL, init?: RequestInit) => Response | Promise<Response>;

/** An answer that never comes, failing only when the request is aborted (as fetch does). */
export const hang: Answer = (_u, init) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener('abort', () => reject(signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError')), { once: true });
  });

export const json = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });
export const status = (code: number, headers: Record<string, string> = {}): Answer => () =>
  json('{"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}', code, headers);

function routeOf(u: URL): Route {
  const p = u.pathname;
  if (/^\/rest\/api\/3\/issue\/[^/]+$/.test(p)) return 'issue3';
  if (/^\/rest\/api\/2\/issue\/[^/]+$/.test(p)) return 'issue2';
  if (/^\/rest\/api\/3\/issue\/[^/]+\/comment$/.test(p)) return 'comments';
  if (/^\/rest\/api\/2\/issue\/[^/]+\/comment$/.test(p)) return 'comments2';
  if (/\/changelog$/.test(p)) return 'changelog';
  if (/^\/rest\/servicedeskapi\/request\/[^/]+$/.test(p)) return 'request';
  if (/^\/rest\/servicedeskapi\/request\/[^/]+\/comment$/.test(p)) return 'requestComments';
  if (/^\/rest\/servicedeskapi\/request\/[^/]+\/sla$/.test(p)) return 'sla';
  return 'other';
}

// The fixture site (test/fixtures/jira/serve.ts) answers unless a test overrides a route.
const served: Answer = (u) => {
  const r = serveJira(u);
  return new Response(r.body, { status: r.status, headers: { 'Content-Type': r.contentType } });
};

/** A fake Jira site (every fixture issue); `overrides` replace answers, a list answers call by call. */
export function fakeJira(overrides: Partial<Record<Route, Answer | Answer[]>> = {}) {
  const calls: { route: Route; url: string; init: RequestInit | undefined }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const u = new URL(url);
    const route = routeOf(u);
    const n = calls.filter((c) => c.route === route).length;
    calls.push({ route, url, init });
    const o = overrides[route];
    const answer = Array.isArray(o) ? (o[n] ?? o[o.length - 1]) : o;
    return (answer ?? served)(u, init);
  };
  const count = (route: Route) => calls.filter((c) => c.route === route).length;
  return { fetch, calls, count };
}
