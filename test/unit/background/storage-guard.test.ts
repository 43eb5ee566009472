// Storage running out (QuotaExceededError, injected by a DBCore middleware that refuses writes the
// way IndexedDB does): pruning by retention, the notice the user sees, and nothing of theirs lost.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { CAPTURE_MENU_ID, handleCapture } from '@/entrypoints/background/capture';
import { handleContentMessage } from '@/entrypoints/background/content-messages';
import { DraftChecks } from '@/entrypoints/background/drafts';
import { registerEvidenceHandlers } from '@/entrypoints/background/handlers-evidence';
import { TabRegistry } from '@/entrypoints/background/registry';
import { RpcRouter } from '@/entrypoints/background/rpc';
import { storeSettings } from '@/entrypoints/background/settings';
import { flushFallback, guardedSave, resetStorageGuard, MAX_QUEUED } from '@/entrypoints/background/storage-guard';
import { DesksideDb } from '@/lib/db/database';
import { listEvidence, loadDraft, saveDraft, saveEvidence } from '@/lib/db/evidence';
import { KB_INDEX_ID, putArticles, saveMeta } from '@/lib/db/kb';
import { isQuotaError } from '@/lib/db/quota';
import { loadHistory, loadSnapshot, saveSnapshot } from '@/lib/db/snapshots';
import { parseEvidence } from '@/lib/evidence';
import { storageNoticeText } from '@/lib/format/storage-notice';
import { ticketKey } from '@/lib/schema';
import { DEFAULT_SETTINGS } from '@/lib/schema/settings';
import { STORAGE_FALLBACK_KEY, STORAGE_NOTICE_KEY, StorageNotice } from '@/lib/schema/storage';
import type { KbArticle } from '@/lib/schema/kb';
import { fullDisk, type Disk } from '../db/quota-fault';
import { snapshot } from '../snapshot-factory';

const NOW = Date.now();
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString();
const ticket = (id: string, capturedAt: string, status = 'open') =>
  snapshot({ ticketId: id, url: `https://acme.zendesk.com/agent/tickets/${id}`, subject: `Ticket ${id}`, status, capturedAt, sources: ['api'] });
const fromTab = { id: fakeBrowser.runtime.id, tab: { id: 3 } } as never;

let db: DesksideDb;
let disk: Disk;
let rpc: RpcRouter;
let n = 0;
const call = (method: string, params: unknown) => rpc.dispatch({ type: 'rpc', method, params }, { tabId: 1 });
const notice = async () => {
  const raw: unknown = (await fakeBrowser.storage.local.get(STORAGE_NOTICE_KEY))[STORAGE_NOTICE_KEY];
  return raw === undefined ? null : StorageNotice.parse(raw);
};
const shown = async () => {
  const n = await notice();
  if (!n) return null;
  const t = storageNoticeText(n);
  return [t.title, ...t.lines, t.action].join('\n');
};
const queued = async () => ((await fakeBrowser.storage.local.get(STORAGE_FALLBACK_KEY))[STORAGE_FALLBACK_KEY] as unknown[] | undefined) ?? [];
const saveFromPage = (s: ReturnType<typeof ticket>) => handleContentMessage(db, new TabRegistry(), new DraftChecks(), { type: 'snapshot', snapshot: s }, fromTab);
const capture = (text: string, capturedAt = new Date().toISOString()) => {
  const evidence = parseEvidence(text, { capturedAt, sourceUrl: null, sourceTitle: 'pasted text' });
  return { id: evidence.id, ticketKey: '', capturedAt, via: 'paste' as const, note: null, evidence };
};
const liveArticle = (id: string): KbArticle => ({ id, source: 'confluence', title: `Runbook ${id}`, body: 'Restart the webhook worker', labels: [], section: null, url: null, locale: null, updatedAt: null });

/** A cache as a specialist has it: two tickets past the 90-day retention, one recent, with history. */
async function seed(): Promise<void> {
  await saveSnapshot(db, ticket('1', daysAgo(200), 'new'));
  await saveSnapshot(db, ticket('1', daysAgo(199), 'solved'));
  await saveSnapshot(db, ticket('2', daysAgo(120)));
  await saveSnapshot(db, ticket('3', daysAgo(150), 'new'));
  await saveSnapshot(db, ticket('3', daysAgo(2), 'pending'));
  // The user's own work, older than the retention window: never pruned.
  await saveDraft(db, ticketKey(ticket('1', daysAgo(200))), { summary: 'Webhooks drop since Tuesday' }, daysAgo(199));
  await saveEvidence(db, { ...capture('ERROR webhook-dispatcher delivery failed status=503', daysAgo(300)), ticketKey: ticketKey(ticket('1', daysAgo(200))) });
  await putArticles(db, [liveArticle('c-1'), liveArticle('c-2'), { ...liveArticle('f-1'), source: 'file' }]);
  await saveMeta(db, KB_INDEX_ID, { revision: 1, articles: [], index: 'x'.repeat(2000) });
}

/** A 10-year retention and an empty KB cache: pruning finds nothing to remove. */
async function nothingToPrune(): Promise<void> {
  await storeSettings({ ...DEFAULT_SETTINGS, retentionDays: 3650 });
  await db.kbArticles.clear();
  await db.kbMeta.clear();
}

beforeEach(async () => {
  fakeBrowser.reset();
  resetStorageGuard();
  db = new DesksideDb(`storage-guard-${++n}`);
  disk = fullDisk(db, { full: false });
  rpc = new RpcRouter();
  registerEvidenceHandlers(rpc, db);
  await seed();
});
afterEach(async () => {
  await db.delete();
});

describe('isQuotaError', () => {
  it('recognises the DOMException, Dexie’s wrapper and an abort caused by it, and nothing else', async () => {
    disk.full = true;
    const dexieError = await db.kbMeta.put({ id: 'x', value: 1 }).catch((e: unknown) => e);
    expect(dexieError).toMatchObject({ name: 'QuotaExceededError', inner: { name: 'QuotaExceededError' } });
    expect(isQuotaError(dexieError)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') })).toBe(true);
    expect(isQuotaError(new Error('quota'))).toBe(false);
    expect(isQuotaError({ name: 'ConstraintError' })).toBe(false);
  });
});

describe('a snapshot save on a full disk', () => {
  it('prunes by retention, saves, keeps every draft and capture, and tells the user what was removed', async () => {
    disk.full = true;
    disk.freedByDelete = true;
    expect(await saveFromPage(ticket('4', new Date().toISOString()))).toEqual({ ok: true });
    expect(disk.refused.history).toBe(1); // the history row was the write refused
    expect((await loadSnapshot(db, ticketKey(ticket('4', ''))))?.subject).toBe('Ticket 4');
    expect(await loadHistory(db, ticketKey(ticket('4', '')))).toHaveLength(1);
    // Tickets 1 and 2 were last captured before the 90-day window; ticket 3 stays, minus its old history.
    expect((await db.snapshots.toCollection().primaryKeys()).sort()).toEqual([ticketKey(ticket('3', '')), ticketKey(ticket('4', ''))]);
    expect((await loadHistory(db, ticketKey(ticket('3', '')))).map((h) => h.changes[0]?.to)).toEqual(['pending']);
    // The user's work is all there; imported KB articles too. The derived KB data is gone.
    expect((await loadDraft(db, ticketKey(ticket('1', '')))).summary).toBe('Webhooks drop since Tuesday');
    expect(await listEvidence(db, ticketKey(ticket('1', '')))).toHaveLength(1);
    expect((await db.kbArticles.toCollection().primaryKeys())).toEqual(['file:f-1']);
    expect(await db.kbMeta.get(KB_INDEX_ID)).toBeUndefined();

    const n = await notice();
    expect(n?.removed).toMatchObject({ tickets: 2, historyEntries: 1, kbIndex: true, liveArticles: 2 });
    expect(n?.removed.bytes).toBeGreaterThan(2000);
    const text = await shown();
    expect(text).toContain('The browser ran out of storage for Deskside');
    expect(text).toMatch(/removed 2 cached tickets not opened in the last 90 days \(with their history\), 1 history entry older than 90 days, the knowledge-base search index \(rebuilt when needed\) and 2 articles cached from Jira\/Confluence searches \(searched again when needed\): about \d+ KB\./);
    expect(text).toContain('Your escalation drafts and captures were not touched.');
    expect(text).toContain('shorten the retention (Options > Retention) or export your data and erase it (Options > Your data)');
  });

  it('two tabs saving the same ticket while the disk is full both get saved, each change in history once', async () => {
    disk.full = true;
    disk.freedByDelete = true;
    const key = ticketKey(ticket('3', ''));
    await Promise.all([
      saveFromPage(ticket('3', new Date(NOW + 1000).toISOString(), 'open')),
      saveFromPage(ticket('3', new Date(NOW + 2000).toISOString(), 'solved')),
    ]);
    const history = await loadHistory(db, key);
    expect(history.map((h) => h.changes.map((c) => `${c.from ?? ''}>${c.to}`))).toEqual([['new>pending'], ['pending>open'], ['open>solved']]);
    expect((await loadSnapshot(db, key))?.status).toBe('solved');
  });

  it('uses the retention setting: with a 365-day window no ticket is old enough to remove', async () => {
    await storeSettings({ ...DEFAULT_SETTINGS, retentionDays: 365 });
    disk.full = true;
    disk.tables = ['snapshots', 'history'];
    disk.freedByDelete = true; // the KB cache is still dropped, which frees room
    expect(await saveFromPage(ticket('4', new Date().toISOString()))).toEqual({ ok: true });
    expect(await db.snapshots.count()).toBe(4);
    expect((await notice())?.removed).toMatchObject({ tickets: 0, historyEntries: 0, kbIndex: true, liveArticles: 2 });
  });

  it('when nothing frees room, says the read was not saved, changes nothing stored, and clears once a save works', async () => {
    await nothingToPrune();
    disk.full = true;
    const before = { snapshots: await db.snapshots.toArray(), history: await db.history.toArray() };
    // The background answers the content script with this message (index.ts turns a throw into { ok: false, error }).
    await expect(saveFromPage(ticket('3', new Date().toISOString(), 'solved'))).rejects.toThrow(
      /^Storage is full: the latest read of ticket 3 was not saved\. To free space, shorten the retention/,
    );
    expect(await db.snapshots.toArray()).toEqual(before.snapshots);
    expect(await db.history.toArray()).toEqual(before.history);
    expect(await shown()).toContain('Nothing could be removed under your 3650 days retention.\nNot saved: the latest read of ticket 3.');

    disk.full = false;
    expect(await saveFromPage(ticket('3', new Date().toISOString(), 'solved'))).toEqual({ ok: true });
    expect(await notice()).toBeNull();
  });

  it('does not prune on any other error', async () => {
    const other = guardedSave(db, 'x', () => Promise.reject(new Error('ConstraintError: key exists')));
    await expect(other).rejects.toThrow('ConstraintError: key exists');
    expect(await db.snapshots.count()).toBe(3);
    expect(await notice()).toBeNull();
  });
});

describe('an escalation draft on a full disk', () => {
  it('is kept aside, shown as saved, and written on the next successful save', async () => {
    const key = ticketKey(ticket('3', ''));
    await nothingToPrune();
    expect((await call('escalation.link', { ticketKey: key, issueKey: 'ENG-42' })).ok).toBe(true);
    disk.full = true;
    disk.tables = ['escalationDrafts'];
    const saved = await call('escalation.saveDraft', { ticketKey: key, draft: { summary: 'Checkout 502 — 支払いエラー', actual: 'HTTP 502' } });
    expect(saved.ok && saved.result).toMatchObject({ draft: { summary: 'Checkout 502 — 支払いエラー' }, package: { summary: 'Checkout 502 — 支払いエラー' } });
    expect((await db.escalationDrafts.get(key))?.draft).toEqual({ jiraIssueKey: 'ENG-42', updatedAt: expect.any(String) });
    expect(await queued()).toHaveLength(1);
    // Reopening the escalation panel shows the draft as typed.
    const view = await call('escalation.view', { ticketKey: key });
    expect(view.ok && view.result).toMatchObject({ draft: { summary: 'Checkout 502 — 支払いエラー', actual: 'HTTP 502', jiraIssueKey: 'ENG-42' } });
    expect(await shown()).toContain('Kept aside until there is room, then saved automatically: the escalation draft of ticket 3.');

    disk.full = false;
    await saveFromPage(ticket('3', new Date().toISOString(), 'open'));
    expect((await loadDraft(db, key))).toMatchObject({ summary: 'Checkout 502 — 支払いエラー', actual: 'HTTP 502', jiraIssueKey: 'ENG-42' });
    expect(await queued()).toEqual([]);
    expect(await notice()).toBeNull(); // nothing was removed and nothing waits: nothing left to say
  });

  it('a newer draft saved directly replaces the queued one instead of being overwritten by it', async () => {
    const key = ticketKey(ticket('3', ''));
    await nothingToPrune();
    disk.full = true;
    disk.tables = ['escalationDrafts'];
    await call('escalation.saveDraft', { ticketKey: key, draft: { summary: 'first' } });
    disk.full = false;
    await call('escalation.saveDraft', { ticketKey: key, draft: { summary: 'second' } });
    await flushFallback(db);
    expect((await loadDraft(db, key)).summary).toBe('second');
    expect(await queued()).toEqual([]);
  });

  it('is written by the daily alarm when no other save comes', async () => {
    const key = ticketKey(ticket('3', ''));
    await nothingToPrune();
    disk.full = true;
    disk.tables = ['escalationDrafts'];
    await call('escalation.saveDraft', { ticketKey: key, draft: { summary: 'Refund stuck' } });
    const { scheduleRetention } = await import('@/entrypoints/background/retention');
    await scheduleRetention(db);
    disk.full = false;
    resetStorageGuard(); // the worker was restarted meanwhile: the queue is read back from storage
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'deskside-retention', scheduledTime: Date.now(), persistAcrossSessions: true } as never);
    await expect.poll(async () => (await loadDraft(db, key)).summary).toBe('Refund stuck');
    await expect.poll(queued).toEqual([]);
  });
});

describe('a capture on a full disk', () => {
  it('from the context menu: kept aside, listed on the ticket, written once there is room', async () => {
    await nothingToPrune();
    disk.full = true;
    disk.tables = ['evidence'];
    const info = { menuItemId: CAPTURE_MENU_ID, editable: false, frameId: 0, pageUrl: 'https://app.datadoghq.com/logs', selectionText: 'ERROR payment-api timeout after 30000ms' } as Browser.contextMenus.OnClickData;
    const row = await handleCapture(db, new TabRegistry(), info, undefined);
    expect(row?.evidence.text).toBe('ERROR payment-api timeout after 30000ms');
    expect(await db.evidence.where('ticketKey').equals('').count()).toBe(0);
    const list = await call('evidence.list', { ticketKey: ticketKey(ticket('3', '')) });
    expect(list.ok && list.result).toMatchObject({ unattached: [{ id: row?.id, evidence: { text: 'ERROR payment-api timeout after 30000ms' } }] });
    expect(await shown()).toMatch(/Kept aside until there is room, then saved automatically: the capture "https:\/\/app\.datadoghq\.com\/logs" of \d{4}-\d\d-\d\d \d\d:\d\d UTC\./);

    disk.full = false;
    await saveFromPage(ticket('5', new Date().toISOString()));
    expect((await listEvidence(db, '')).map((r) => r.id)).toEqual([row?.id]);
    expect(await queued()).toEqual([]);
  });

  it('pasted: after pruning frees room the capture is stored directly and the notice says what went', async () => {
    disk.full = true;
    disk.freedByDelete = true;
    disk.tables = ['evidence'];
    const key = ticketKey(ticket('3', ''));
    const added = await call('evidence.add', { ticketKey: key, text: 'WARN retry 1/5 for order.created', via: 'paste' });
    expect(added.ok).toBe(true);
    expect((await listEvidence(db, key)).map((r) => r.evidence.text)).toEqual(['WARN retry 1/5 for order.created']);
    expect((await notice())?.removed.tickets).toBe(2);
    expect(await queued()).toEqual([]);
  });

  it('refuses clearly once the fallback queue is full, keeping what is queued', async () => {
    await nothingToPrune();
    disk.full = true;
    disk.tables = ['evidence'];
    for (let i = 0; i < MAX_QUEUED; i++) expect((await call('evidence.add', { ticketKey: '', text: `line ${i}`, via: 'paste' })).ok).toBe(true);
    const over = await call('evidence.add', { ticketKey: '', text: 'one too many', via: 'paste' });
    expect(over).toEqual({ ok: false, error: expect.stringMatching(/^Storage is full: the capture "pasted text" of .* UTC \(the queue of unsaved drafts and captures is full too\) was not saved\./) });
    expect(await queued()).toHaveLength(MAX_QUEUED);
  });
});
