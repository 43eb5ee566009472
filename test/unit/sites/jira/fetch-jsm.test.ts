import { describe, expect, it, vi } from 'vitest';
import { TicketSnapshot } from '../../../../lib/schema/ticket';
import { fetchJiraSnapshot } from '../../../../lib/sites/jira/fetch';
import { fakeJira, status } from './fake-jira';

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

describe('fetchJiraSnapshot on a JSM project issue that is not a request', () => {
  it('reads the issue and says nothing about the missing request or SLAs', async () => {
    const j = fakeJira({ request: status(404), requestComments: status(404), sla: status(404) });
    const { snapshot: s } = await read(j, 'HELP-7');
    expect(s.notices).toEqual([]);
    expect(s.requestType).toBeNull();
    expect(s.sla).toEqual([]);
    expect(s.comments).toHaveLength(3);
  });
});

describe('fetchJiraSnapshot when the platform comments fail on a JSM request', () => {
  it("shows JSM's own comment list instead, without a notice", async () => {
    const j = fakeJira({ comments: status(403) });
    const { snapshot: s } = await read(j, 'HELP-7');
    expect(s.notices).toEqual([]);
    expect(s.comments.map((c) => [c.id, c.public])).toEqual([['10401', true], ['10402', false], ['10403', true]]);
  });
});
