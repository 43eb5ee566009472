import { Dexie } from 'dexie';
import type { DesksideDb } from './database';

/**
 * Deletes snapshots captured more than `days` before `now`, with their history and escalation
 * links. Captured evidence and escalation drafts are the user's own work and stay until deleted.
 * Returns how many tickets were purged.
 */
export async function purgeOlderThan(db: DesksideDb, days: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return db.transaction('rw', db.snapshots, db.history, db.links, async () => {
    const keys = (await db.snapshots.where('capturedAt').below(cutoff).primaryKeys()) as string[];
    for (const key of keys) {
      await db.history.where('[key+at]').between([key, Dexie.minKey], [key, Dexie.maxKey]).delete();
      await db.links.where('ticketKey').equals(key).delete();
    }
    await db.snapshots.bulkDelete(keys);
    return keys.length;
  });
}
