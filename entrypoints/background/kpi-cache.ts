import type { DesksideDb } from '@/lib/db/database';

/** How long after the last change the popup's answers are computed again, ahead of its next open. */
const REWARM_AFTER_MS = 2_000;

/**
 * Remembers computed results until the data under them changes: any write to the tickets, their
 * history or their links bumps a revision, and a cached value from an older revision is not served.
 * Once writes pause, the answers asked for before are computed again in the background, so the
 * popup opens on a fresh answer instead of waiting for it.
 */
export class KpiCache<T> {
  private revision = 0;
  private entries = new Map<string, { revision: number; at: number; value: T }>();
  private computes = new Map<string, () => Promise<T>>();
  private rewarm: ReturnType<typeof setTimeout> | undefined;

  constructor(
    db: DesksideDb,
    private maxAgeMs = 60_000,
    private rewarmAfterMs = REWARM_AFTER_MS,
  ) {
    const bump = () => this.invalidate();
    for (const table of [db.snapshots, db.history, db.links]) {
      table.hook('creating', bump);
      table.hook('updating', bump);
      table.hook('deleting', bump);
    }
  }

  /** Forgets everything (table.clear() and whole-database imports fire no Dexie hooks). */
  invalidate(): void {
    this.revision++;
    clearTimeout(this.rewarm);
    // A short debounce in the worker, not an alarm: alarms fire at most every 30 s.
    this.rewarm = setTimeout(() => void this.warm(), this.rewarmAfterMs);
  }

  private async warm(): Promise<void> {
    // A copy: get() moves the key to the end of the map, which would revisit it forever.
    for (const [key, compute] of [...this.computes]) {
      await this.get(key, compute).catch(() => undefined);
    }
  }

  /** The cached value for `key`, or a freshly computed one (then cached, and kept warm). */
  async get(key: string, compute: () => Promise<T>): Promise<T> {
    this.computes.delete(key);
    this.computes.set(key, compute);
    // Keep only the most recent few answers warm (older keys were for settings since changed).
    if (this.computes.size > 6) this.computes.delete(this.computes.keys().next().value as string);
    const hit = this.entries.get(key);
    // Relative values ("breaches in 2 h", today's window) age: recompute after maxAgeMs regardless.
    if (hit && hit.revision === this.revision && Date.now() - hit.at < this.maxAgeMs) return hit.value;
    const revision = this.revision;
    const value = await compute();
    this.entries.set(key, { revision, at: Date.now(), value });
    return value;
  }
}
