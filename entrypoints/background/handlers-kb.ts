import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { DesksideDb } from '@/lib/db/database';
import { addFeedback, countBySource, importFiles, listFeedback, removeSource, restoreStarter, starterEnabled, ticketVerdicts } from '@/lib/db/kb';
import { loadSnapshot } from '@/lib/db/snapshots';
import { safeHttpUrl } from '@/lib/format/url';
import { STARTER_ARTICLES } from '@/lib/kb/starter.generated';
import { feedbackTerms, search, suggest } from '@/lib/kb/suggest';
import type { Feedback } from '@/lib/schema/kb';
import * as m from '@/lib/schema/kb-rpc';
import type { ToContentMessage } from '@/lib/schema/messages';
import { fetchInTab } from './kb-tabs';
import { refreshLive } from './kb-live';
import { KbService } from './kb-service';
import { HcSync, listenForSyncAlarm } from './kb-sync';
import type { RpcRouter, RpcCaller } from './rpc';
import { loadSettings } from './settings';

const InsertReply = z.object({ ok: z.boolean(), error: z.string().optional() });

// How often one ticket's JSM/Confluence results are asked for again.
const LIVE_EVERY_MS = 10 * 60_000;

async function mustSnapshot(db: DesksideDb, ticketKey: string) {
  const s = await loadSnapshot(db, ticketKey);
  if (!s) throw new Error(`ticket ${ticketKey} is not cached yet: open it in the helpdesk first`);
  return s;
}

function callerTab(caller: RpcCaller): number {
  if (caller.tabId === undefined) throw new Error('only the sidebar of a helpdesk tab can do this');
  return caller.tabId;
}

/**
 * KB suggestions, search, feedback, insert-link, sources, imports and the Help Center sync.
 * Also starts loading the index at once (a cold sidebar then finds it ready) and resumes an
 * unfinished sync.
 */
export function registerKbHandlers(rpc: RpcRouter, db: DesksideDb, service = new KbService(db), sync = new HcSync(db)): void {
  const record = async (ticketKey: string, articleId: string, kind: Feedback['kind']) => {
    const queryTerms = feedbackTerms(await service.index(), await mustSnapshot(db, ticketKey));
    await addFeedback(db, { articleId, ticketKey, kind, at: new Date().toISOString(), queryTerms });
    return ticketVerdicts(db, ticketKey);
  };
  const liveAsked = new Map<string, number>();

  rpc.handle(m.kbSuggest, async ({ ticketKey }) => {
    const snapshot = await loadSnapshot(db, ticketKey);
    if (!snapshot) return null;
    const [index, { kb }, feedback, verdicts] = await Promise.all([service.index(), loadSettings(), listFeedback(db), ticketVerdicts(db, ticketKey)]);
    // Ranked without the threshold so the panel can say how many it held back.
    const all = suggest(index, snapshot, { top: kb.maxSuggestions, feedback });
    const shown = all.filter((s) => s.score >= kb.threshold);
    return { suggestions: shown, belowThreshold: all.length - shown.length, threshold: kb.threshold, articleCount: index.articles.length, verdicts };
  });
  rpc.handle(m.kbSearch, async ({ text, top }) => {
    const [index, feedback] = await Promise.all([service.index(), listFeedback(db)]);
    return text.trim() ? search(index, text, { top, feedback }) : [];
  });
  rpc.handle(m.kbRefreshLive, async ({ ticketKey }, caller) => {
    const snapshot = await mustSnapshot(db, ticketKey);
    const tabId = callerTab(caller);
    const last = liveAsked.get(ticketKey);
    if (snapshot.site !== 'jira' || (last !== undefined && Date.now() - last < LIVE_EVERY_MS)) return { changed: 0, error: null };
    liveAsked.set(ticketKey, Date.now());
    return refreshLive(db, snapshot, (path) => fetchInTab(tabId, path));
  });
  rpc.handle(m.kbFeedback, ({ ticketKey, articleId, kind }) => record(ticketKey, articleId, kind));
  rpc.handle(m.kbInsertLink, async ({ ticketKey, articleId, title, url: raw }, caller) => {
    // Whatever the sidebar sends, only a web address goes into a reply to a customer.
    const url = safeHttpUrl(raw);
    if (!url) return { ok: false, error: 'this article\'s link is not a web address (http or https), so it is not inserted' };
    const message: ToContentMessage = { type: 'insert-text', text: title ? `${title}: ${url}` : url };
    const tabId = callerTab(caller);
    let reply: unknown;
    try {
      reply = await browser.tabs.sendMessage(tabId, message);
    } catch (e) {
      return { ok: false, error: `the helpdesk page did not answer (${e instanceof Error ? e.message : String(e)}); reload it` };
    }
    const r = InsertReply.safeParse(reply);
    if (!r.success || !r.data.ok) return { ok: false, error: r.data?.error ?? 'the reply editor could not be found' };
    await record(ticketKey, articleId, 'used');
    return { ok: true, error: null };
  });
  rpc.handle(m.kbSources, async () => {
    const starter = await starterEnabled(db);
    return { counts: { ...(await countBySource(db)), starter: starter ? STARTER_ARTICLES.length : 0 }, starter, sync: await sync.state() };
  });
  rpc.handle(m.kbImport, async ({ files }) => {
    const result = await importFiles(db, files);
    void service.index();
    return result;
  });
  rpc.handle(m.kbRemoveSource, async ({ source, restore }) => {
    if (restore && source === 'starter') {
      await restoreStarter(db);
      return { removed: 0 };
    }
    return { removed: await removeSource(db, source) };
  });
  rpc.handle(m.kbSyncStart, ({ locale }) => sync.start(locale));

  listenForSyncAlarm(sync);
  void sync.resume();
  void service.index().catch((e: unknown) => console.error('Deskside: could not load the KB index', e));
}
