// Saves that survive a full disk. When IndexedDB refuses a write (QuotaExceededError), room is made
// by the retention rule (lib/db/quota.ts) and the save is tried once more; the user is told through
// a persisted notice the sidebar and popup show; a draft or capture that still cannot be written is
// kept in a small queue in storage.local and written on the next successful save or daily alarm.
import { browser } from 'wxt/browser';
import type { DesksideDb } from '@/lib/db/database';
import { loadDraft, saveDraft, saveEvidence } from '@/lib/db/evidence';
import { isQuotaError, pruneForSpace } from '@/lib/db/quota';
import { STORAGE_ACTION } from '@/lib/format/storage-notice';
import type { EscalationDraft } from '@/lib/schema/escalation';
import type { EvidenceRowData } from '@/lib/schema/evidence-rpc';
import {
  FallbackItem, STORAGE_FALLBACK_KEY, STORAGE_NOTICE_KEY, StorageNotice, fallbackId, type Pruned,
} from '@/lib/schema/storage';
import { loadSettings } from './settings';

/** At most this many items, and about this many bytes, wait in the queue (storage.local holds 10 MB). */
export const MAX_QUEUED = 20;
export const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

/** A save that failed for lack of space even after pruning, and was not kept anywhere. */
export class StorageFullError extends Error {
  constructor(what: string) {
    super(`Storage is full: ${what} was not saved. ${STORAGE_ACTION}`);
    this.name = 'StorageFullError';
  }
}

// Queue and notice updates are read-modify-write on storage.local: one at a time.
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}
/** False once a read found neither notice nor queue, so a normal save costs no storage read. */
let mayHaveState = true;

interface Queue {
  items: FallbackItem[];
  /** Stored entries that no longer parse: kept as they are, never dropped silently. */
  unreadable: unknown[];
}

async function readState(): Promise<{ queue: Queue; notice: StorageNotice | null }> {
  const got = await browser.storage.local.get([STORAGE_FALLBACK_KEY, STORAGE_NOTICE_KEY]);
  const raw: unknown = got[STORAGE_FALLBACK_KEY];
  const queue: Queue = { items: [], unreadable: [] };
  for (const entry of Array.isArray(raw) ? raw : []) {
    const r = FallbackItem.safeParse(entry);
    if (r.success) queue.items.push(r.data);
    else queue.unreadable.push(entry);
  }
  const n = StorageNotice.safeParse(got[STORAGE_NOTICE_KEY]);
  return { queue, notice: n.success ? n.data : null };
}

async function writeQueue(q: Queue): Promise<void> {
  const all = [...q.unreadable, ...q.items];
  if (all.length) await browser.storage.local.set({ [STORAGE_FALLBACK_KEY]: all });
  else await browser.storage.local.remove(STORAGE_FALLBACK_KEY);
}

async function writeNotice(n: StorageNotice | null): Promise<void> {
  if (n) await browser.storage.local.set({ [STORAGE_NOTICE_KEY]: n });
  else await browser.storage.local.remove(STORAGE_NOTICE_KEY);
}

const sum = (a: Pruned, b: Pruned): Pruned => ({
  tickets: a.tickets + b.tickets,
  historyEntries: a.historyEntries + b.historyEntries,
  kbIndex: a.kbIndex || b.kbIndex,
  liveArticles: a.liveArticles + b.liveArticles,
  bytes: a.bytes + b.bytes,
});
const removedAnything = (p: Pruned) => p.tickets + p.historyEntries + p.liveArticles > 0 || p.kbIndex;
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

async function recordIncident(removed: Pruned, retentionDays: number, outcome: { queued?: string; unsaved?: string }): Promise<void> {
  mayHaveState = true;
  await serial(async () => {
    const { notice } = await readState();
    await writeNotice({
      at: new Date().toISOString(),
      retentionDays,
      removed: notice ? sum(notice.removed, removed) : removed,
      unsaved: union(notice?.unsaved ?? [], outcome.unsaved ? [outcome.unsaved] : []),
      queued: union(notice?.queued ?? [], outcome.queued ? [outcome.queued] : []),
    });
  });
}

async function enqueue(item: FallbackItem): Promise<void> {
  mayHaveState = true;
  await serial(async () => {
    const { queue } = await readState();
    const items = [...queue.items.filter((i) => fallbackId(i) !== fallbackId(item)), item];
    if (items.length > MAX_QUEUED || JSON.stringify(items).length > MAX_QUEUED_BYTES) {
      throw new StorageFullError(`${item.label} (the queue of unsaved drafts and captures is full too)`);
    }
    await writeQueue({ ...queue, items });
  });
}

async function writeItem(db: DesksideDb, item: FallbackItem): Promise<void> {
  if (item.kind === 'capture') {
    await saveEvidence(db, item.row);
    return;
  }
  // A newer draft saved meanwhile wins over the queued one.
  const stored = await loadDraft(db, item.ticketKey);
  if (stored.updatedAt && stored.updatedAt >= item.at) return;
  await saveDraft(db, item.ticketKey, item.draft, item.at);
}

/**
 * Writes queued drafts and captures to IndexedDB, oldest first, stopping at the first that still
 * does not fit. Clears what the notice said about them, and the notice itself once nothing in it
 * is left to say (storage works again and nothing was removed). Returns how many were written.
 */
export async function flushFallback(db: DesksideDb, supersededId?: string): Promise<number> {
  if (!mayHaveState) return 0;
  return serial(async () => {
    const { queue, notice } = await readState();
    let items = supersededId ? queue.items.filter((i) => fallbackId(i) !== supersededId) : queue.items;
    const written: FallbackItem[] = [];
    for (const item of items) {
      try {
        await writeItem(db, item);
        written.push(item);
      } catch (e) {
        if (isQuotaError(e)) break;
        console.error(`Deskside: could not write ${item.label} from the fallback queue: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    items = items.filter((i) => !written.includes(i));
    if (items.length !== queue.items.length) await writeQueue({ ...queue, items });
    let noticeLeft = false;
    if (notice) {
      const waiting = new Set(items.map((i) => i.label));
      const next = { ...notice, unsaved: [], queued: notice.queued.filter((l) => waiting.has(l)) };
      noticeLeft = removedAnything(next.removed) || next.queued.length > 0;
      if (!noticeLeft) await writeNotice(null);
      else if (JSON.stringify(next) !== JSON.stringify(notice)) await writeNotice(next);
    }
    mayHaveState = items.length + queue.unreadable.length > 0 || noticeLeft;
    return written.length;
  });
}

/** How a save is kept when IndexedDB still refuses it: the queued item and what the caller gets back. */
export interface Fallback<T> {
  item: FallbackItem;
  result: () => T;
}

/**
 * Runs `save`; on a quota error prunes by retention, records the notice and tries once more. If
 * that fails too, a `fallback` item is queued (and its result returned); without one the save fails
 * with a StorageFullError saying what was not saved. Any other error is the caller's, unchanged.
 * `label` names what is saved, for the user ("the escalation draft of ticket 4102").
 */
export async function guardedSave<T>(db: DesksideDb, label: string, save: () => Promise<T>, fallback?: Fallback<T>): Promise<T> {
  const supersedes = fallback && fallbackId(fallback.item);
  let result: T;
  try {
    result = await save();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    const { retentionDays } = await loadSettings();
    const removed = await pruneForSpace(db, retentionDays, new Date());
    try {
      result = await save();
    } catch (again) {
      if (!isQuotaError(again)) throw again;
      if (!fallback) {
        await recordIncident(removed, retentionDays, { unsaved: label });
        throw new StorageFullError(label);
      }
      await enqueue(fallback.item);
      await recordIncident(removed, retentionDays, { queued: label });
      return fallback.result();
    }
    await recordIncident(removed, retentionDays, {});
  }
  await flushFallback(db, supersedes);
  return result;
}

/** A queued draft of the ticket, newer than what IndexedDB has: what the escalation panel shows. */
export async function pendingDraft(ticketKey: string): Promise<EscalationDraft | null> {
  if (!mayHaveState) return null;
  const { queue } = await readState();
  const item = queue.items.find((i) => i.kind === 'draft' && i.ticketKey === ticketKey);
  return item?.kind === 'draft' ? { ...item.draft, updatedAt: item.at } : null;
}

/** Queued captures of a ticket ('' = unattached), shown with the stored ones until written. */
export async function pendingCaptures(ticketKey: string): Promise<EvidenceRowData[]> {
  if (!mayHaveState) return [];
  const { queue } = await readState();
  return queue.items.flatMap((i) => (i.kind === 'capture' && i.row.ticketKey === ticketKey ? [i.row] : []));
}

/** For tests: forget what this worker knows (a restarted service worker). */
export function resetStorageGuard(): void {
  mayHaveState = true;
  chain = Promise.resolve();
}

/** Stores a capture through guardedSave, queued if it still does not fit. */
export function guardCapture(db: DesksideDb, row: EvidenceRowData): Promise<EvidenceRowData> {
  const label = `the capture "${row.evidence.source.title ?? row.evidence.source.url ?? 'selected text'}" of ${row.capturedAt.slice(0, 16).replace('T', ' ')} UTC`;
  return guardedSave(db, label, () => saveEvidence(db, row), { item: { kind: 'capture', row, label }, result: () => row });
}
