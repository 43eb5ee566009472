import { z } from 'zod';
import { HistoryEntry } from './messages';
import { TicketLink } from './kpi';
import { defineMethod } from './rpc';
import { Settings } from './settings';
import { IsoTime, TicketSnapshot } from './ticket';

export const BACKUP_FORMAT = 'deskside-backup';
export const BACKUP_VERSION = 1;

/** A row of a table this file does not know by name (a later feature's): any JSON object. */
const AnyRow = z.record(z.string(), z.unknown());

/**
 * Everything Deskside stores, as one JSON file. Snapshot rows are stored as the snapshot alone:
 * their index fields are derived again on import, so a backup outlives index changes.
 */
export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoTime,
  /** The database schema version that wrote it; a newer one than the reader's is refused. */
  schemaVersion: z.number().int().positive(),
  settings: Settings,
  tables: z
    .object({
      snapshots: z.array(TicketSnapshot),
      history: z.array(HistoryEntry.extend({ id: z.number().int().optional() })),
      links: z.array(TicketLink).default([]),
    })
    .catchall(z.array(AnyRow)),
});
export type Backup = z.infer<typeof Backup>;

/** Rows and approximate size of one table, for the options page. */
export const TableUsage = z.object({ name: z.string(), count: z.number().int(), bytes: z.number().int() });
/** How much is stored, per table and in all. */
export const StorageUsage = z.object({ tables: z.array(TableUsage), totalBytes: z.number().int(), totalRows: z.number().int() });
export type StorageUsage = z.infer<typeof StorageUsage>;

/** Options page: everything stored, as one backup object (the page saves it as a .json file). */
export const exportDataMethod = defineMethod('data.export', z.object({}), Backup);

/**
 * Options page: replace everything with a backup. The file's JSON goes as is: the background
 * validates it (parseBackup) so the error names the bad path, and an invalid file changes nothing.
 */
export const importDataMethod = defineMethod(
  'data.import',
  z.object({ backup: z.unknown() }),
  z.object({ counts: z.record(z.string(), z.number().int()) }),
);

/** Options page: erase every stored row, after the user confirmed. */
export const eraseDataMethod = defineMethod('data.erase', z.object({ confirm: z.literal(true) }), z.object({ erased: z.literal(true) }));

/** Options page: how much is stored. */
export const storageUsageMethod = defineMethod('data.usage', z.object({}), StorageUsage);
