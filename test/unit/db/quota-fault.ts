// A full disk for tests: a Dexie DBCore middleware that refuses writes the way IndexedDB does when
// the origin is over quota (the request fails with a DOMException named QuotaExceededError; Dexie
// wraps it on the way up). Deletes always work, as in browsers, and free room.
import type { DBCoreMutateRequest, DBCoreTable, Dexie } from 'dexie';

export interface Disk {
  /** Refuse every add and put while true. */
  full: boolean;
  /** A deletion (pruning) makes room: the disk stops being full. */
  freedByDelete: boolean;
  /** Only these tables refuse writes (all when empty). */
  tables: string[];
  /** How many writes were refused, per table. */
  refused: Record<string, number>;
  deletes: number;
}

export function fullDisk(db: Dexie, init: Partial<Disk> = {}): Disk {
  const disk: Disk = { full: true, freedByDelete: false, tables: [], refused: {}, deletes: 0, ...init };
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) => {
            if (req.type === 'delete' || req.type === 'deleteRange') {
              disk.deletes++;
              if (disk.freedByDelete) disk.full = false;
            } else if (disk.full && (!disk.tables.length || disk.tables.includes(name))) {
              disk.refused[name] = (disk.refused[name] ?? 0) + 1;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return disk;
}
