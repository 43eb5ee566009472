import type { DesksideDb } from '@/lib/db/database';

/**
 * Remembers computed results until the data under them changes: any write to the tickets, their
 * history or their links bumps a revision, and a cached value from an older revision is not served.
 * Lets the popup open on an instant answer while nothing has changed since it last opened.
 */
export class KpiCache<T> {
  private revision = 0;
  private entries = new Map<string, { revision: number; at: number; value: T }>();

  constructor(db: DesksideDb, private maxAgeMs = 60_000) {
    const bump = () => {
      this.revision++;
    };
    for (const table of [db.snapshots, db.history, db.links]) {
      table.hook('creating', bump);
      table.hook('updating', bump);
      table.hook('deleting', bump);
    }
  }

  /** Forgets everything (table.clear() and whole-database imports fire no Dexie hooks). */
  invalidate(): void {
    this.revision++;
  }

  /** The cached value for `key`, or a freshly computed one (then cached). */
  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    // Relative values ("breaches in 2 h", today's window) age: recompute after maxAgeMs regardless.
    if (hit && hit.revision === this.revision && Date.now() - hit.at < this.maxAgeMs) return hit.value;
    const revision = this.revision;
    const value = await compute();
    this.entries.set(key, { revision, at: Date.now(), value });
    return value;
  }
}
