import { Dexie } from 'dexie';

/**
 * A released database version, frozen as it shipped, so the upgrade test can create a database
 * exactly as that release left it. Bumping DesksideDb's version means adding the version before it
 * here (one file, copied from lib/db/database.ts before the bump) and listing it in index.ts.
 */
export interface PastVersion {
  version: number;
  /** Every table and index the version declared (cumulative, as Dexie opened it). */
  stores: Record<string, string>;
  /**
   * For tables whose rows had fewer fields then than the current code writes: the fields that
   * release stored. Rows are cut back to these before they are written. Absent: written as today.
   */
  rowFields: Record<string, readonly string[]>;
}

/** A Dexie database declaring exactly that version and nothing later. */
export function openPast(v: PastVersion, name: string): Dexie {
  const db = new Dexie(name);
  db.version(v.version).stores(v.stores);
  return db;
}
