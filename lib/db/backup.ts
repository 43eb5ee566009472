import { Backup, BACKUP_FORMAT, BACKUP_VERSION, type StorageUsage } from '../schema/backup';
import { describeZodError } from '../schema/messages';
import type { Settings } from '../schema/settings';
import type { DesksideDb, SnapshotRow } from './database';
import { snapshotRow } from './snapshot-row';

/** A backup file that cannot be imported; the message names the path and the problem. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Where `v` holds something JSON would silently change (a Date, typed array, Map, NaN...), or null. */
function notJson(v: unknown, path: string): string | null {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? null : path;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const bad = notJson(v[i], `${path}.${i}`);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return path;
  for (const [k, x] of Object.entries(v)) {
    const bad = x === undefined ? null : notJson(x, `${path}.${k}`);
    if (bad) return bad;
  }
  return null;
}

/**
 * Tables that hold only what Deskside derives again by itself (the persisted KB search index, sync
 * cursors): left out of backups, so an import clears them and they are rebuilt on next use.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['kbMeta']);

/** Everything stored, as one JSON-ready object; every table is listed, including ones added later. */
export async function exportAll(db: DesksideDb, settings: Settings): Promise<Backup> {
  return db.transaction('r', db.tables, async () => {
    const tables: Record<string, unknown[]> = {};
    for (const table of db.tables) {
      if (DERIVED_TABLES.has(table.name)) continue;
      const rows = (await table.toArray()) as unknown[];
      tables[table.name] = table.name === 'snapshots' ? (rows as SnapshotRow[]).map((r) => r.snapshot) : rows;
      // A table holding values JSON cannot carry needs its own codec here; never export it altered.
      rows.forEach((row, i) => {
        const bad = table.name === 'snapshots' ? null : notJson(row, `tables.${table.name}.${i}`);
        if (bad) throw new BackupError(`${bad}: a value JSON cannot hold; the export needs a codec for this table`);
      });
    }
    return Backup.parse({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      schemaVersion: db.verno,
      settings,
      tables,
    });
  });
}

/** Validates a backup (JSON text or parsed); throws BackupError naming the first bad paths. */
export function parseBackup(json: unknown): Backup {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (e) {
      throw new BackupError(`not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const r = Backup.safeParse(value);
  if (!r.success) throw new BackupError(`not a Deskside backup: ${describeZodError(r.error)}`);
  return r.data;
}

/**
 * A row the database refused (no usable key, a key twice), as a BackupError naming the table and row:
 * the schema checks known tables' rows, but another table's rows are only checked by storing them.
 */
function rowError(table: string, e: unknown): BackupError {
  const err = e as { name?: string; message?: string; failuresByPos?: Record<string, { name?: string }> };
  const [pos, first] = Object.entries(err.failuresByPos ?? {})[0] ?? [];
  const kind = first?.name ?? err.name;
  const why =
    kind === 'ConstraintError' ? 'a row with the same key as another row'
    : kind === 'DataError' ? 'a row without a usable key'
    : `a row the database refused (${err.message ?? String(e)})`;
  return new BackupError(`tables.${table}${pos === undefined ? '' : `.${pos}`}: ${why}`);
}

/**
 * Replaces everything stored with the backup: validated in full first, then every table cleared
 * and refilled in one transaction, so a bad file or a failed write changes nothing. Replace, not
 * merge: a restore should give back exactly what was saved. Returns the backup's settings for the
 * caller to store (they live in extension storage) and the rows written per table.
 */
export async function importAll(db: DesksideDb, json: unknown): Promise<{ settings: Settings; counts: Record<string, number> }> {
  const backup = parseBackup(json);
  if (backup.schemaVersion > db.verno) {
    throw new BackupError(`made by a newer Deskside (database version ${backup.schemaVersion}, this one has ${db.verno})`);
  }
  const known = new Set(db.tables.map((t) => t.name));
  const unknown = Object.keys(backup.tables).filter((n) => !known.has(n));
  if (unknown.length) throw new BackupError(`tables.${unknown[0]}: not a table this version of Deskside has`);
  const counts: Record<string, number> = {};
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    for (const [name, rows] of Object.entries(backup.tables)) {
      const table = db.table(name);
      const out = name === 'snapshots' ? backup.tables.snapshots.map(snapshotRow) : rows;
      await table.bulkAdd(out).catch((e: unknown) => {
        throw rowError(name, e);
      });
      counts[name] = out.length;
    }
  });
  return { settings: backup.settings, counts };
}

/** Deletes every stored row in every table (settings live elsewhere and are the caller's). */
export async function eraseAll(db: DesksideDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

/** Rows and approximate bytes (UTF-8 of each row's JSON) per table. */
export async function storageUsage(db: DesksideDb): Promise<StorageUsage> {
  const encoder = new TextEncoder();
  const tables: StorageUsage['tables'] = [];
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) {
      let bytes = 0;
      let count = 0;
      await table.each((row: unknown) => {
        count++;
        bytes += encoder.encode(JSON.stringify(row)).length;
      });
      tables.push({ name: table.name, count, bytes });
    }
  });
  return {
    tables,
    totalBytes: tables.reduce((a, t) => a + t.bytes, 0),
    totalRows: tables.reduce((a, t) => a + t.count, 0),
  };
}
