import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerKbHandlers } from '@/entrypoints/background/handlers-kb';
import { KbService } from '@/entrypoints/background/kb-service';
import { HcSync } from '@/entrypoints/background/kb-sync';
import { RpcRouter } from '@/entrypoints/background/rpc';
import { DesksideDb } from '@/lib/db/database';
import { putArticles, saveMeta } from '@/lib/db/kb';
import { saveSnapshot } from '@/lib/db/snapshots';
import { ticketKey } from '@/lib/schema';
import type { KbArticle } from '@/lib/schema/kb';
import type { KbSuggestView } from '@/lib/schema/kb-rpc';
import { snapshot } from '../snapshot-factory';

let db: DesksideDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new DesksideDb(`kb-service-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const WEBHOOKS = snapshot({ subject: 'Webhooks stopped firing for order.created', description: 'Our endpoint gets no webhook deliveries since Tuesday; the webhook log shows timeouts.' });
const KEY = ticketKey(WEBHOOKS);
const PALLET: KbArticle = { id: 'hc-1', source: 'zendesk-hc', title: 'Pallet label printer offline', body: 'Power-cycle the pallet label printer print server.', labels: ['printer'], section: null, url: 'https://acme.zendesk.com/hc/articles/1', locale: 'en-us', updatedAt: null };

function setup(sendMessage = vi.fn()) {
  const rpc = new RpcRouter();
  const service = new KbService(db);
  registerKbHandlers(rpc, db, service, new HcSync(db));
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage);
  const call = async (method: string, params: unknown, tabId?: number) => {
    const reply = await rpc.dispatch({ type: 'rpc', method, params }, { tabId });
    if (!reply.ok) throw new Error(reply.error);
    return reply.result;
  };
  return { service, call };
}

describe('KB service', () => {
  it('builds the index once, then a restarted service worker loads the stored one', async () => {
    const first = new KbService(db);
    const index = await first.index();
    expect(first.lastLoad).toBe('built');
    expect(index.articles.some((a) => a.id === 'webhooks-not-firing')).toBe(true);
    await first.index();
    expect(first.lastLoad).toBe('memory');
    const restarted = new KbService(db);
    expect((await restarted.index()).articles).toHaveLength(index.articles.length);
    expect(restarted.lastLoad).toBe('stored');
  });

  it('rebuilds when articles change, and when the stored index is damaged', async () => {
    const service = new KbService(db);
    const before = (await service.index()).articles.length;
    await putArticles(db, [PALLET]);
    const after = await service.index();
    expect(service.lastLoad).toBe('built');
    expect(after.articles).toHaveLength(before + 1);
    const row = await db.kbMeta.get('index');
    await saveMeta(db, 'index', { ...(row?.value as object), index: { version: 1, ids: [] } });
    const again = new KbService(db);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await again.index()).articles).toHaveLength(before + 1);
    expect(again.lastLoad).toBe('built');
  });
});

describe('KB handlers', () => {
  it('suggests the starter webhooks article for a webhooks ticket, explained and highlighted', async () => {
    await saveSnapshot(db, WEBHOOKS);
    const { call } = setup();
    const view = (await call('kb.suggest', { ticketKey: KEY })) as KbSuggestView;
    const top = view.suggestions[0];
    expect(top?.article.id).toBe('webhooks-not-firing');
    expect(top?.matchedTerms.join(' ')).toMatch(/webhook/i);
    expect(top?.snippet.highlights.length).toBeGreaterThan(0);
    expect(await call('kb.suggest', { ticketKey: 'zendesk:nowhere:1' })).toBeNull();
  });

  it('holds back suggestions under the threshold and says how many', async () => {
    await saveSnapshot(db, WEBHOOKS);
    await fakeBrowser.storage.local.set({ settings: { kb: { threshold: 1, maxSuggestions: 5 } } });
    const { call } = setup();
    const view = (await call('kb.suggest', { ticketKey: KEY })) as KbSuggestView;
    expect(view.suggestions).toEqual([]);
    expect(view.belowThreshold).toBeGreaterThan(0);
    expect(view.threshold).toBe(1);
  });

  it('lets "not helpful" push an article down on the same ticket', async () => {
    await saveSnapshot(db, WEBHOOKS);
    const { call } = setup();
    const ids = async () => ((await call('kb.suggest', { ticketKey: KEY })) as KbSuggestView).suggestions.map((s) => s.article.id);
    const before = await ids();
    expect(before[0]).toBe('webhooks-not-firing');
    const verdicts = await call('kb.feedback', { ticketKey: KEY, articleId: 'webhooks-not-firing', kind: 'not-helpful' });
    expect(verdicts).toEqual({ 'webhooks-not-firing': 'not-helpful' });
    await call('kb.feedback', { ticketKey: KEY, articleId: 'webhooks-not-firing', kind: 'not-helpful' });
    expect((await ids())[0]).not.toBe('webhooks-not-firing');
  });

  it('inserts the link into the caller tab only, and records it as used', async () => {
    await saveSnapshot(db, WEBHOOKS);
    const send = vi.fn().mockResolvedValue({ ok: true });
    const { call } = setup(send);
    const url = 'https://help.tallyboard.example/articles/webhooks-not-firing';
    expect(await call('kb.insertLink', { ticketKey: KEY, articleId: 'webhooks-not-firing', title: 'Webhooks not firing', url }, 42)).toEqual({ ok: true, error: null });
    expect(send).toHaveBeenCalledWith(42, { type: 'insert-text', text: `Webhooks not firing: ${url}` });
    const view = (await call('kb.suggest', { ticketKey: KEY })) as KbSuggestView;
    expect(view.verdicts['webhooks-not-firing']).toBe('used');
    send.mockResolvedValueOnce({ ok: false, error: 'No reply editor is open on this ticket' });
    expect(await call('kb.insertLink', { ticketKey: KEY, articleId: 'x', title: '', url }, 42)).toEqual({ ok: false, error: 'No reply editor is open on this ticket' });
    await expect(call('kb.insertLink', { ticketKey: KEY, articleId: 'x', title: '', url })).rejects.toThrow(/sidebar/);
  });

  it('searches imported articles as soon as the import returns, and counts them per source', async () => {
    const { call } = setup();
    await call('kb.import', { files: [{ name: 'kb.jsonl', text: '{"id":"p1","title":"Pallet label printer offline","body":"Power-cycle the print server."}\n' }] });
    const found = (await call('kb.search', { text: 'pallet printer', top: 5 })) as { article: { id: string } }[];
    expect(found[0]?.article.id).toBe('p1');
    const sources = (await call('kb.sources', {})) as { counts: Record<string, number>; starter: boolean };
    expect(sources.counts.file).toBe(1);
    expect(sources.counts.starter).toBeGreaterThanOrEqual(40);
    await call('kb.removeSource', { source: 'file' });
    expect(((await call('kb.search', { text: 'pallet printer', top: 5 })) as unknown[]).length).toBe(0);
  });
});
