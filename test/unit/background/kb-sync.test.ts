import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { HcSync, listenForSyncAlarm, SYNC_ALARM, WATCHDOG_MS } from '@/entrypoints/background/kb-sync';
import { KbService } from '@/entrypoints/background/kb-service';
import { DesksideDb } from '@/lib/db/database';
import { countBySource, listArticles } from '@/lib/db/kb';
import type { FetchReply } from '@/lib/schema/messages';

const ORIGIN = 'https://acme-support.zendesk.com';
const page = (n: 1 | 2): unknown => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../fixtures/kb-e2e/hc-page${n}.json`), 'utf8'));
const ok = (json: unknown): FetchReply => ({ ok: true, status: 200, retryAfter: null, json });

/** The open tabs tabs.query reports (the callback overload makes a plain mockResolvedValue mistyped). */
const stubTabs = (tabs: Browser.tabs.Tab[]) => vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() => Promise.resolve(tabs)) as never);

let db: DesksideDb;
let n = 0;
let now = Date.parse('2026-11-27T09:00:00Z');
const clock = () => now;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new DesksideDb(`kb-sync-${n++}`);
  await db.open();
  // One Zendesk tab is open: the Help Center is read through it.
  stubTabs([{ id: 5, url: `${ORIGIN}/agent/tickets/4102`, active: true } as Browser.tabs.Tab]);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** A Help Center answering from a script of replies, recording the paths asked. */
function helpCenter(replies: FetchReply[]) {
  const asked: string[] = [];
  const fetcher = vi.fn(async (origin: string, p: string) => {
    expect(origin).toBe(ORIGIN);
    asked.push(p);
    return replies.shift() ?? ok(page(2));
  });
  return { asked, fetcher };
}

describe('Help Center sync', () => {
  it('follows the cursor over two pages, stores every article and reports progress', async () => {
    const hc = helpCenter([ok(page(1)), ok(page(2))]);
    const sync = new HcSync(db, hc.fetcher, clock);
    const started = await sync.start('en-us');
    expect(started.phase).toBe('running');
    await sync.settled();
    expect(hc.asked).toEqual(['/api/v2/help_center/en-us/articles.json?page[size]=100', expect.stringMatching(/page%5Bafter%5D=eyJ/)]);
    const state = await sync.state();
    expect(state).toMatchObject({ phase: 'done', fetched: 4, pages: 2 });
    expect(await countBySource(db)).toEqual({ 'zendesk-hc': 4 });
    expect((await listArticles(db)).find((a) => a.id === '4410004')?.draft).toBe(true);
    // The index picks the synced articles up.
    expect((await new KbService(db).index()).articles.some((a) => a.title.startsWith('Pallet label printer'))).toBe(true);
  });

  it('waits on a 429 with an alarm, and a restarted service worker resumes at the stored cursor', async () => {
    const hc = helpCenter([ok(page(1)), { ok: true, status: 429, retryAfter: 120, json: {} }]);
    const sync = new HcSync(db, hc.fetcher, clock);
    await sync.start(null);
    await sync.settled();
    const waiting = await sync.state();
    expect(waiting).toMatchObject({ phase: 'waiting', waitUntil: now + 120_000, fetched: 2 });
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(now + 120_000);
    expect(await countBySource(db)).toEqual({ 'zendesk-hc': 2 });

    // Service worker restart: a new HcSync over the same database, woken by the alarm.
    now += 121_000;
    const after = helpCenter([ok(page(2))]);
    const restarted = new HcSync(db, after.fetcher, clock);
    listenForSyncAlarm(restarted);
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: now, persistAcrossSessions: false });
    await vi.waitFor(async () => expect((await restarted.state())?.phase).toBe('done'));
    expect(after.asked).toEqual([expect.stringMatching(/page%5Bafter%5D=eyJ/)]);
    expect(await countBySource(db)).toEqual({ 'zendesk-hc': 4 });
  });

  it('keeps a watchdog alarm while a page is fetched, so a worker stopped mid-page resumes there exactly once', async () => {
    // The first worker stores page 1, then is stopped while page 2 is on its way: the fetch never returns.
    const stopped = vi.fn((_origin: string, p: string) => (p.includes('page%5Bafter%5D') ? new Promise<FetchReply>(() => {}) : Promise.resolve(ok(page(1)))));
    const first = new HcSync(db, stopped, clock);
    await first.start(null);
    await vi.waitFor(() => expect(stopped).toHaveBeenCalledTimes(2));
    expect(await first.state()).toMatchObject({ phase: 'running', fetched: 2, pages: 1 });
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(now + WATCHDOG_MS);

    // The watchdog wakes a new worker, which asks for page 2 again (not page 1) and finishes.
    now += WATCHDOG_MS;
    const after = helpCenter([ok(page(2))]);
    const restarted = new HcSync(db, after.fetcher, clock);
    listenForSyncAlarm(restarted);
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: now, persistAcrossSessions: false });
    await vi.waitFor(async () => expect((await restarted.state())?.phase).toBe('done'));
    expect(after.asked).toEqual([expect.stringMatching(/page%5Bafter%5D=eyJ/)]);
    expect(await restarted.state()).toMatchObject({ fetched: 4, pages: 2 });
    expect(await countBySource(db)).toEqual({ 'zendesk-hc': 4 });
    // Done: no alarm is left to wake the worker for nothing.
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
  });

  it('pauses, keeping its cursor, when no Zendesk tab can answer', async () => {
    const hc = helpCenter([ok(page(1)), { ok: false, error: 'no tab is open on https://acme-support.zendesk.com' }]);
    const sync = new HcSync(db, hc.fetcher, clock);
    await sync.start(null);
    await sync.settled();
    const paused = await sync.state();
    expect(paused?.phase).toBe('waiting');
    expect(paused?.error).toMatch(/^Paused: no tab is open/);
    expect(paused?.nextUrl).toMatch(/page%5Bafter%5D/);
    // Asking again resumes the same run instead of starting over.
    const again = await sync.start(null);
    expect(again.nextUrl).toBe(paused?.nextUrl);
    await sync.settled();
    expect((await sync.state())?.phase).toBe('done');
  });

  it('runs incrementally after a finished sync', async () => {
    const hc = helpCenter([ok(page(1)), ok(page(2)), ok({ articles: [], next_page: null, end_time: 1795000000, count: 0 })]);
    const sync = new HcSync(db, hc.fetcher, clock);
    await sync.start(null);
    await sync.settled();
    now += 3_600_000;
    const next = await sync.start(null);
    expect(next.mode).toBe('incremental');
    await sync.settled();
    expect(hc.asked[2]).toMatch(/^\/api\/v2\/help_center\/incremental\/articles\.json\?start_time=\d+$/);
  });

  it('says to open a Zendesk tab when there is none', async () => {
    stubTabs([]);
    await expect(new HcSync(db, vi.fn(), clock).start(null)).rejects.toThrow(/Open a Zendesk tab/);
  });
});
