import { Dexie } from 'dexie';
import { mergeSnapshots } from '../sites/merge';
import { TicketSnapshot, ticketKey, type HistoryEntry } from '../schema';
import type { DesksideDb } from './database';
import { diffSnapshots } from './history';
import { snapshotRow } from './snapshot-row';

/**
 * Stores a fresh snapshot over the cached one, in one transaction so two tabs saving the same
 * ticket cannot lose a history entry. Parts the fresh snapshot lacks keep their cached values,
 * marked 'cache'. Returns what is now stored.
 */
export async function saveSnapshot(db: DesksideDb, fresh: TicketSnapshot): Promise<TicketSnapshot> {
  const parsed = TicketSnapshot.parse(fresh);
  const key = ticketKey(parsed);
  return db.transaction('rw', db.snapshots, db.history, async () => {
    const cached = (await db.snapshots.get(key))?.snapshot;
    const merged = cached ? mergeSnapshots(cached, parsed, 'cache') : parsed;
    const changes = diffSnapshots(cached, merged);
    if (changes.length) await db.history.add({ key, at: merged.capturedAt, changes });
    // A full put: index fields of the previous version must not linger (e.g. nextBreachAt once solved).
    await db.snapshots.put(snapshotRow(merged));
    return merged;
  });
}

/** The cached snapshot of a ticket, if any. */
export async function loadSnapshot(db: DesksideDb, key: string): Promise<TicketSnapshot | undefined> {
  return (await db.snapshots.get(key))?.snapshot;
}

/** A ticket's history, oldest first. */
export async function loadHistory(db: DesksideDb, key: string): Promise<HistoryEntry[]> {
  const rows = await db.history.where('[key+at]').between([key, Dexie.minKey], [key, Dexie.maxKey]).toArray();
  return rows.map(({ key: k, at, changes }) => ({ key: k, at, changes }));
}
