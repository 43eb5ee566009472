import type { FetchReply } from '@/lib/schema/messages';

// The only API paths the background may ask a helpdesk tab to read (knowledge-base sync and
// search). Anything else is refused: the tab is not a general-purpose proxy.
const ALLOWED = [/^\/api\/v2\/help_center\//, /^\/rest\/servicedeskapi\/knowledgebase\//, /^\/wiki\/rest\/api\/(?:content\/)?search/];

/**
 * A same-origin GET of an allowed helpdesk API path with the agent's session, answered as JSON
 * with the status and any Retry-After, so the background can page, resume and wait.
 */
export async function proxyFetch(path: string, fetcher: typeof fetch): Promise<FetchReply> {
  if (!ALLOWED.some((re) => re.test(path))) return { ok: false, error: `path not allowed: ${path}` };
  try {
    // JSM's knowledge-base search is an "experimental" REST resource: Atlassian requires this opt-in header.
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (path.startsWith('/rest/servicedeskapi/knowledgebase/')) headers['X-ExperimentalApi'] = 'opt-in';
    const res = await fetcher(new URL(path, location.origin).href, {
      credentials: 'same-origin',
      headers,
    });
    const retry = Number(res.headers.get('Retry-After'));
    const json: unknown = res.status === 204 ? null : await res.json().catch(() => undefined);
    if (json === undefined) return { ok: false, error: `${res.status}: the answer is not JSON` };
    return { ok: true, status: res.status, retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null, json };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
