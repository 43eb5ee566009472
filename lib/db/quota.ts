// Storage running out: recognising the browser's refusal and making room by the retention rule.
import type { Pruned } from '../schema/storage';
import type { DesksideDb } from './database';
import { dropDerivedKb } from './kb';
import { pruneExpired, pruneOldHistory } from './retention';

/**
 * True when `e` is the browser refusing to store more. IndexedDB reports it as a DOMException named
 * QuotaExceededError; Dexie wraps it (a Dexie error of the same name with the DOMException as
 * `inner`) and, when it aborts a transaction, as an AbortError whose `inner` is the quota error.
 */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    cur = inner ?? cause;
  }
  return false;
}

/**
 * Makes room, removing only what the retention rule allows or Deskside can derive again, in this
 * order: tickets captured before the retention window (with their history and links), history
 * entries older than the window, then the persisted KB index and live-search article cache.
 * Escalation drafts, captured evidence, imported articles and feedback are never touched.
 */
export async function pruneForSpace(db: DesksideDb, retentionDays: number, now: Date): Promise<Pruned> {
  const expired = await pruneExpired(db, retentionDays, now);
  const history = await pruneOldHistory(db, retentionDays, now);
  const kb = await dropDerivedKb(db);
  return {
    tickets: expired.tickets,
    historyEntries: history.entries,
    kbIndex: kb.kbIndex,
    liveArticles: kb.liveArticles,
    bytes: expired.bytes + history.bytes + kb.bytes,
  };
}
