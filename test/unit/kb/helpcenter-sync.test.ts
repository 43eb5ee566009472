import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHcPage } from '../../../lib/kb/helpcenter';
import { applySyncPage, HcSyncState, nextSyncRequest, startSync, type SyncStep } from '../../../lib/kb/helpcenter-sync';

const FIX = path.resolve(__dirname, '../../fixtures/kb');
const page = (name: string): unknown => JSON.parse(readFileSync(path.join(FIX, name), 'utf8'));
const ORIGIN = 'https://acme-support.zendesk.com';
const T0 = Date.parse('2026-11-27T10:00:00Z');

const fetchUrl = (step: SyncStep): string => {
  if (step.kind !== 'fetch') throw new Error(`expected a fetch, got ${step.kind}`);
  return step.url;
};

describe('Help Center page parsing', () => {
  it('follows links.next while has_more is true, and stops on has_more false despite a links.next', () => {
    const p1 = parseHcPage(page('hc-articles-page1.json'));
    const p2 = parseHcPage(page('hc-articles-page2.json'));
    expect(p1.ok && p1.page.next).toMatch(/page%5Bafter%5D=xNbS1tcGFnZTI/);
    expect(p2.ok && p2.page.next).toBeNull();
    expect(p2.ok && p2.page.articles[0]).toMatchObject({ outdated: true, source: 'zendesk-hc' });
  });

  it('reads incremental pages: next_page and end_time, ending on an empty page', () => {
    const p1 = parseHcPage(page('hc-incremental-page1.json'));
    expect(p1.ok && p1.page).toMatchObject({ endTime: 1763625600, next: expect.stringContaining('start_time=1763625600') });
    const p2 = parseHcPage(page('hc-incremental-page2.json'));
    expect(p2.ok && p2.page.next).toBeNull();
  });

  it('says which field is wrong', () => {
    const r = parseHcPage({ articles: [{ title: 'no id' }] });
    expect(r.ok ? '' : r.message).toMatch(/^articles\.0\.id: /);
  });
});

describe('Help Center sync state', () => {
  it('pages through a full sync in the user locale and finishes with a mark for the next run', () => {
    let s = startSync({ origin: `${ORIGIN}/agent/tickets/1`, locale: 'en-US', nowMs: T0 });
    expect(fetchUrl(nextSyncRequest(s, T0))).toBe(`${ORIGIN}/api/v2/help_center/en-us/articles.json?page[size]=100`);
    let r = applySyncPage(s, { status: 200, json: page('hc-articles-page1.json') }, T0 + 500);
    s = r.state;
    expect(r.articles).toHaveLength(2);
    expect(s).toMatchObject({ phase: 'running', fetched: 2, pages: 1 });
    expect(fetchUrl(nextSyncRequest(s, T0 + 600))).toContain('page%5Bafter%5D=xNbS1tcGFnZTI');
    r = applySyncPage(s, { status: 200, json: page('hc-articles-page2.json') }, T0 + 900);
    expect(r.state).toMatchObject({ phase: 'done', fetched: 3, pages: 2, syncedUpTo: T0 / 1000 });
    expect(nextSyncRequest(r.state, T0 + 1000)).toEqual({ kind: 'done' });
  });

  it('resumes an interrupted sync from the stored cursor after a restart', () => {
    const s = startSync({ origin: ORIGIN, locale: 'en-us', nowMs: T0 });
    const after1 = applySyncPage(s, { status: 200, json: page('hc-articles-page1.json') }, T0).state;
    // The background persisted the state, the browser closed; a new worker reads it back.
    const restored = HcSyncState.parse(JSON.parse(JSON.stringify(after1)));
    expect(fetchUrl(nextSyncRequest(restored, T0 + 3_600_000))).toBe(after1.nextUrl);
    const done = applySyncPage(restored, { status: 200, json: page('hc-articles-page2.json') }, T0 + 3_600_000);
    expect(done.state).toMatchObject({ phase: 'done', fetched: 3 });
  });

  it('waits out a 429 for Retry-After seconds, then fetches the same page again', () => {
    const s = startSync({ origin: ORIGIN, locale: null, nowMs: T0 });
    const url = fetchUrl(nextSyncRequest(s, T0));
    expect(url).toBe(`${ORIGIN}/api/v2/help_center/articles.json?page[size]=100`);
    const waiting = applySyncPage(s, { status: 429, retryAfter: '37' }, T0);
    expect(waiting.articles).toEqual([]);
    expect(waiting.state.phase).toBe('waiting');
    expect(nextSyncRequest(waiting.state, T0 + 1000)).toEqual({ kind: 'wait', ms: 36_000 });
    expect(fetchUrl(nextSyncRequest(waiting.state, T0 + 37_000))).toBe(url);
    const dated = applySyncPage(s, { status: 429, retryAfter: new Date(T0 + 90_000).toUTCString() }, T0);
    expect(nextSyncRequest(dated.state, T0)).toEqual({ kind: 'wait', ms: 90_000 });
  });

  it('backs off on server errors, then gives up with a message naming the page', () => {
    let s = startSync({ origin: ORIGIN, locale: null, nowMs: T0 });
    const waits: number[] = [];
    let now = T0;
    for (let i = 0; i < 6; i++) {
      s = applySyncPage(s, { status: 502 }, now).state;
      const step = nextSyncRequest(s, now);
      if (step.kind !== 'wait') break;
      waits.push(step.ms);
      now += step.ms;
    }
    expect(waits).toEqual([5000, 10000, 20000, 40000, 80000]);
    expect(s.phase).toBe('failed');
    expect(nextSyncRequest(s, now)).toEqual({ kind: 'failed', error: `${ORIGIN}/api/v2/help_center/articles.json?page[size]=100 answered 502 6 times` });
  });

  it('never follows a next link to another site, and fails plainly on a signed-out 401', () => {
    const s = startSync({ origin: ORIGIN, locale: null, nowMs: T0 });
    const evil = { ...(page('hc-articles-page1.json') as object), links: { next: 'https://evil.example/api' } };
    expect(applySyncPage(s, { status: 200, json: evil }, T0).state).toMatchObject({ phase: 'failed', error: expect.stringContaining('not followed') });
    expect(applySyncPage(s, { status: 401 }, T0).state.error).toMatch(/answered 401: sign in to Zendesk/);
  });

  it('runs incrementally after a finished sync, from its mark minus an overlap, to the end_time', () => {
    const prev = { ...startSync({ origin: ORIGIN, locale: 'en-us', nowMs: T0 }), phase: 'done' as const, nextUrl: null, syncedUpTo: 1763600000 };
    let s = startSync({ origin: ORIGIN, locale: 'en-us', nowMs: T0 + 86_400_000, previous: prev });
    expect(s.mode).toBe('incremental');
    expect(fetchUrl(nextSyncRequest(s, T0))).toBe(`${ORIGIN}/api/v2/help_center/incremental/articles.json?start_time=1763599700`);
    const r = applySyncPage(s, { status: 200, json: page('hc-incremental-page1.json') }, T0);
    expect(r.articles[0]).toMatchObject({ id: '36400011112202', body: 'Invoices are under Billing > Invoices, now also as CSV.' });
    s = applySyncPage(r.state, { status: 200, json: page('hc-incremental-page2.json') }, T0).state;
    expect(s).toMatchObject({ phase: 'done', syncedUpTo: 1763625600 });
  });
});
