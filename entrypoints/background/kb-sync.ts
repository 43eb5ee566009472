// Drives the Help Center sync state machine (lib/kb/helpcenter-sync.ts) from the background.
// The state is saved in kbMeta with every page's articles, in one transaction, so a closed
// browser or a restarted service worker resumes from the last stored cursor. Waits (429, 5xx,
// no Zendesk tab open) are alarms: a service worker may be stopped during a bare timer. While a
// page is being fetched a watchdog alarm stands too: a worker stopped mid-page is woken by it and
// resumes from the stored cursor even when nothing else (an open sidebar or options page) wakes it.
import { browser } from 'wxt/browser';
import type { DesksideDb } from '@/lib/db/database';
import { loadMeta, putArticles, saveMeta } from '@/lib/db/kb';
import { applySyncPage, HcSyncState, nextSyncRequest, startSync } from '@/lib/kb/helpcenter-sync';
import { fetchOnOrigin, zendeskOrigin, type TabFetch } from './kb-tabs';

export const SYNC_ALARM = 'deskside-kb-sync';
const STATE_KEY = 'hc-sync';
// A sync that lost its tab tries again this much later (and whenever the user asks).
const NO_TAB_RETRY_MS = 60_000;
// Chromium's shortest alarm delay: a page that has not been stored by then is asked again.
export const WATCHDOG_MS = 30_000;

/** The Help Center sync: start, resume, progress. */
export class HcSync {
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: DesksideDb,
    private readonly fetcher: TabFetch = fetchOnOrigin,
    private readonly now: () => number = Date.now,
  ) {}

  /** The stored state: progress for the options page. */
  state(): Promise<HcSyncState | null> {
    return loadMeta(this.db, STATE_KEY, HcSyncState);
  }

  /**
   * Starts a sync from the open Zendesk tab's Help Center: incremental after a finished one,
   * or resumes an unfinished one on the same site. Resolves once started, not when done.
   */
  async start(locale: string | null): Promise<HcSyncState> {
    const origin = await zendeskOrigin();
    if (!origin) throw new Error('Open a Zendesk tab (signed in as an agent), then sync again: the Help Center is read through it.');
    const previous = await this.state();
    const unfinished = previous && (previous.phase === 'running' || previous.phase === 'waiting') && previous.origin === origin;
    const state = unfinished ? { ...previous, waitUntil: null } : startSync({ origin, locale, nowMs: this.now(), previous: previous?.origin === origin ? previous : null });
    await saveMeta(this.db, STATE_KEY, state);
    this.kick();
    return state;
  }

  /** Continues an unfinished sync (service-worker start, the wait alarm). */
  async resume(): Promise<void> {
    const s = await this.state();
    if (s && (s.phase === 'running' || s.phase === 'waiting')) this.kick();
  }

  /** Resolves when the current run stops (finished, failed or waiting): for tests. */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private kick(): void {
    this.running ??= this.loop().finally(() => {
      this.running = null;
    });
  }

  private async loop(): Promise<void> {
    for (;;) {
      const state = await this.state();
      if (!state) return;
      const step = nextSyncRequest(state, this.now());
      if (step.kind === 'done' || step.kind === 'failed') {
        await browser.alarms.clear(SYNC_ALARM);
        return;
      }
      if (step.kind === 'wait') {
        await browser.alarms.create(SYNC_ALARM, { when: this.now() + step.ms });
        return;
      }
      const url = new URL(step.url);
      await browser.alarms.create(SYNC_ALARM, { when: this.now() + WATCHDOG_MS });
      const reply = await this.fetcher(state.origin, url.pathname + url.search);
      if (!reply.ok) {
        // Interrupted, not failed: keep the cursor and try again later.
        const waitUntil = this.now() + NO_TAB_RETRY_MS;
        await saveMeta(this.db, STATE_KEY, { ...state, phase: 'waiting', waitUntil, error: `Paused: ${reply.error}` });
        await browser.alarms.create(SYNC_ALARM, { when: waitUntil });
        return;
      }
      const retryAfter = reply.retryAfter === null ? null : String(reply.retryAfter);
      const next = applySyncPage(state, { status: reply.status, retryAfter, json: reply.json }, this.now());
      await putArticles(this.db, next.articles, () => saveMeta(this.db, STATE_KEY, next.state));
    }
  }
}

/** Resumes an unfinished sync when the wait alarm fires; call once at service-worker start. */
export function listenForSyncAlarm(sync: HcSync): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.resume();
  });
}
