import { Dexie, type EntityTable } from 'dexie';
import type { HistoryEntry, TicketSnapshot } from '../schema';

/** A cached ticket: the latest snapshot, keyed by site, host and ticket id. */
export interface SnapshotRow {
  key: string;
  site: TicketSnapshot['site'];
  host: string;
  ticketId: string;
  status: string | null;
  /** When the snapshot was taken (ISO); retention and "recently touched" queries use it. */
  capturedAt: string;
  snapshot: TicketSnapshot;
}

export interface HistoryRow extends HistoryEntry {
  id?: number;
}

/** Deskside's IndexedDB database. Opened by the background only (see ARCHITECTURE.md). */
export class DesksideDb extends Dexie {
  snapshots!: EntityTable<SnapshotRow, 'key'>;
  history!: EntityTable<HistoryRow, 'id'>;

  constructor(name = 'deskside') {
    super(name);
    // Only what a where() uses is indexed; snapshot bodies are never indexed.
    this.version(1).stores({
      snapshots: 'key, capturedAt, [site+status], host',
      history: '++id, [key+at], at',
    });
  }
}

let instance: DesksideDb | undefined;

/** The background's single database connection. */
export function getDb(): DesksideDb {
  instance ??= new DesksideDb();
  return instance;
}
