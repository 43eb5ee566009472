import { Dexie } from 'dexie';
import type { DesksideDb } from './database';

const DAY = 86_400_000;

/** The oldest capture time the retention setting keeps. */
export const retentionCutoff = (days: number, now: Date): string => new Date(now.getTime() - days * DAY).toISOString();

/** About how much a row takes, in bytes of JSON (what the options page reports as usage too). */
export const rowBytes = (row: unknown): number => JSON.stringify(row).length;

export interface Expired {
  tickets: number;
  historyEntries: number;
  bytes: number;
}

/**
 * Deletes snapshots captured more than `days` before `now`, with their history and escalation
 * links. Captured evidence and escalation drafts are the user's own work and stay until deleted.
 */
export async function pruneExpired(db: DesksideDb, days: number, now: Date): Promise<Expired> {
  const cutoff = retentionCutoff(days, now);
  return db.transaction('rw', db.snapshots, db.history, db.links, async () => {
    const rows = await db.snapshots.where('capturedAt').below(cutoff).toArray();
    let bytes = 0;
    let historyEntries = 0;
    for (const { key } of rows) {
      const history = await db.history.where('[key+at]').between([key, Dexie.minKey], [key, Dexie.maxKey]).toArray();
      const links = await db.links.where('ticketKey').equals(key).toArray();
      for (const r of [...history, ...links]) bytes += rowBytes(r);
      await db.history.bulkDelete(history.map((r) => r.id ?? -1));
      await db.links.bulkDelete(links.map((r) => r.id ?? -1));
      historyEntries += history.length;
    }
    for (const r of rows) bytes += rowBytes(r);
    await db.snapshots.bulkDelete(rows.map((r) => r.key));
    return { tickets: rows.length, historyEntries, bytes };
  });
}

/** pruneExpired, answering how many tickets were purged (the daily alarm). */
export async function purgeOlderThan(db: DesksideDb, days: number, now: Date): Promise<number> {
  return (await pruneExpired(db, days, now)).tickets;
}

/**
 * Deletes history entries recorded before the retention window of tickets that are still kept
 * (their snapshot was captured since). Returns how many and about how many bytes.
 */
export async function pruneOldHistory(db: DesksideDb, days: number, now: Date): Promise<{ entries: number; bytes: number }> {
  const cutoff = retentionCutoff(days, now);
  return db.transaction('rw', db.history, async () => {
    const old = await db.history.where('at').below(cutoff).toArray();
    await db.history.bulkDelete(old.map((r) => r.id ?? -1));
    return { entries: old.length, bytes: old.reduce((n, r) => n + rowBytes(r), 0) };
  });
}
