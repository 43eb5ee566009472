import { describe, expect, it, vi } from 'vitest';
import { TicketSnapshot } from '../../../../lib/schema/ticket';
import { fetchJiraSnapshot } from '../../../../lib/sites/jira/fetch';
import { fakeJira, hang, json, status } from './fake-jira';

const ORIGIN = 'https://acme.atlassian.net';
const NOW = new Date('2026-11-27T12:00:00Z');

async function read(j: ReturnType<typeof fakeJira>, key: string, extra: { url?: string; timeoutMs?: number; signal?: AbortSignal } = {}) {
  const sleep = vi.fn<(ms: number, signal?: AbortSignal) => Promise<void>>(async () => {});
  const snapshot = await fetchJiraSnapshot({
    origin: ORIGIN, ticketId: key, url: extra.url ?? `${ORIGIN}/browse/${key}`, fetch: j.fetch, now: () => NOW, sleep,
    timeoutMs: extra.timeoutMs, signal: extra.signal,
  });
  // Whatever failed, what comes back is a snapshot the extension can store.
  expect(TicketSnapshot.parse(snapshot)).toEqual(snapshot);
  return { snapshot, sleep };
}
const notice = (part: string, message: string | RegExp) => ({ source: 'api', part, message: typeof message === 'string' ? message : expect.stringMatching(message) });

describe('fetchJiraSnapshot', () => {
  it('reads a Jira Software issue, every comment and changelog page, with same-origin GETs and no JSM calls', async () => {
    const j = fakeJira();
    const { snapshot: s } = await read(j, 'SUP-101');
    expect(s).toMatchObject({ subject: 'Checkout fails with 502 when the cart has more than 50 items', commentCount: 5, notices: [], capturedAt: NOW.toISOString() });
    expect(s.transitions.map((t) => t.field)).toEqual(['assignee', 'status', 'priority']);
    expect(j.calls.map((c) => c.route).sort()).toEqual(['changelog', 'changelog', 'comments', 'comments', 'issue3']);
    expect(j.calls[0]?.url).toBe(`${ORIGIN}/rest/api/3/issue/SUP-101?fields=summary,description,status,priority,issuetype,labels,reporter,assignee,created,updated,resolutiondate,project`);
    expect(j.calls.filter((c) => c.route === 'comments').map((c) => new URL(c.url).searchParams.get('startAt'))).toEqual(['0', '3']);
    for (const c of j.calls) {
      expect(c.url.startsWith(`${ORIGIN}/`)).toBe(true);
      expect(c.init).toMatchObject({ method: 'GET', credentials: 'same-origin', headers: { Accept: 'application/json' } });
    }
  });

  it('reads a JSM request: request type, SLAs, internal comments', async () => {
    const j = fakeJira();
    const { snapshot: s } = await read(j, 'HELP-7', { url: `${ORIGIN}/jira/servicedesk/projects/HELP/queues/custom/1/HELP-7` });
    expect(s.notices).toEqual([]);
    expect(s.requestType).toBe('Report a system problem');
    expect(s.sla.map((m) => [m.metric, m.stage])).toEqual([['Time to first response', 'breached'], ['Time to resolution', 'paused']]);
    expect(s.comments.map((c) => c.public)).toEqual([true, false, true]);
    expect(j.calls.find((c) => c.route === 'request')?.url).toBe(`${ORIGIN}/rest/servicedeskapi/request/HELP-7?expand=requestType`);
  });

  it('tries JSM when the issue cannot say what it is, and takes a 404 there as "not JSM" without a notice', async () => {
    const j = fakeJira({ issue3: status(500) });
    const { snapshot: s } = await read(j, 'SUP-102');
    expect(j.count('request')).toBe(1);
    expect(j.count('sla')).toBe(1);
    expect(s.notices).toEqual([notice('issue', 'Jira API answered 500 Internal Server Error for the issue: Jira had a problem on its side; try again in a few minutes.')]);
    expect(s.comments).toHaveLength(2); // the other parts still count
  });

  it('falls back to /rest/api/2 where the site has no v3 (Data Center), with the changelog from expand', async () => {
    const j = fakeJira({ issue3: () => new Response('<html>Not Found</html>', { status: 404 }), comments: status(404) });
    const { snapshot: s } = await read(j, 'SUP-101', { url: 'https://acme.atlassian.net/browse/SUP-101' });
    expect(s.notices).toEqual([]);
    expect(j.calls.find((c) => c.route === 'issue2')?.url).toContain('/rest/api/2/issue/SUP-101?fields=');
    expect(j.calls.find((c) => c.route === 'issue2')?.url).toContain('&expand=changelog');
    expect(j.count('comments2')).toBe(1);
    expect(j.count('changelog')).toBe(0);
    expect(s.description).toContain('## What happens');
    expect(s.transitions).toHaveLength(3);
    expect(s.commentCount).toBe(5);
  });

  it('says plainly when the issue is not there', async () => {
    const j = fakeJira();
    const { snapshot: s } = await read(j, 'SUP-404');
    expect(j.count('issue2')).toBe(1); // one v2 try, never more
    expect(s.notices[0]).toEqual(notice('issue', 'Jira API answered 404 Not Found for the issue: the issue may have been deleted or moved, or you may not have access to it.'));
    expect(s.sources).toEqual([]);
  });

  it('explains a 401 and a 403 part by part', async () => {
    const j = fakeJira({ issue3: status(401), sla: status(403) });
    const { snapshot: s } = await read(j, 'HELP-7', { url: `${ORIGIN}/servicedesk/customer/portal/2/HELP-7` });
    expect(s.notices).toEqual([
      notice('issue', 'Jira API answered 401 Unauthorized for the issue: your Jira session may have ended; sign in again and reload the issue.'),
      notice('sla', 'Jira API answered 403 Forbidden for the SLAs: your role may not see them.'),
    ]);
    expect(s.requestType).toBe('Report a system problem');
  });

  it('waits out a short Retry-After once, then reads', async () => {
    const j = fakeJira({ issue3: [status(429, { 'Retry-After': '5' }), (u) => fakeJira().fetch(u.href)] });
    const { snapshot: s, sleep } = await read(j, 'SUP-102');
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep.mock.calls[0]?.[0]).toBe(5000);
    expect(j.count('issue3')).toBe(2);
    expect(s.subject).toBe('Password reset emails arrive 30 minutes late');
    expect(s.notices).toEqual([]);
  });

  it('does not wait out a long Retry-After and never polls', async () => {
    const j = fakeJira({ issue3: status(429, { 'Retry-After': '120' }) });
    const { snapshot: s, sleep } = await read(j, 'SUP-102');
    expect(sleep).not.toHaveBeenCalled();
    expect(j.count('issue3')).toBe(1);
    expect(s.notices[0]).toEqual(notice('issue', 'Jira API answered 429 Too Many Requests for the issue: Jira is limiting how often it may be asked; reload the issue in about 2 minutes.'));
  });

  it('keeps the comment pages read before a failure and says how many are shown', async () => {
    const j = fakeJira({ comments: [(u) => fakeJira().fetch(u.href), status(503)] });
    const { snapshot: s } = await read(j, 'SUP-101');
    expect(s.comments).toHaveLength(3);
    expect(s.commentCount).toBeNull();
    expect(s.notices).toEqual([notice('comments', /^Jira API answered 503 Service Unavailable for the issue comments: .* Only the first 3 comments are shown\.$/)]);
  });

  it('reports a sign-in page instead of JSON, and a timeout', async () => {
    const j = fakeJira({
      changelog: () => new Response('<html>Log in</html>', { status: 200 }),
      comments: hang,
    });
    const { snapshot: s } = await read(j, 'SUP-102', { timeoutMs: 50 });
    expect(s.notices).toEqual([
      notice('comments', 'Jira API did not answer within 1 second for the issue comments; it may be slow right now, reload the issue to try again.'),
      notice('changelog', 'Jira API sent the issue history as something other than JSON (perhaps a sign-in page); reload the issue to try again.'),
    ]);
    expect(s.subject).toBe('Password reset emails arrive 30 minutes late');
  });

  it('reports a response of the wrong shape as not understood', async () => {
    const j = fakeJira({ changelog: () => json('{"histories": 3}') });
    const { snapshot: s } = await read(j, 'SUP-102');
    expect(s.notices).toEqual([notice('changelog', /^Jira API sent the issue history in a form Deskside does not understand \(values: missing/)]);
  });

  it('rejects only when the caller aborts', async () => {
    const ctrl = new AbortController();
    const j = fakeJira({ issue3: (u, init) => { const r = hang(u, init); ctrl.abort(new Error('left the issue')); return r; } });
    await expect(read(j, 'SUP-102', { signal: ctrl.signal })).rejects.toThrow('left the issue');
  });
});
