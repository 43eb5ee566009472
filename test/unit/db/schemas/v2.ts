// Deskside's database as version 2 declared it (lib/db/database.ts at e7ea793: KPI indexes, links).
// Frozen: never edit. Version 3 added tables only.
import type { PastVersion } from './past-version';

export const V2: PastVersion = {
  version: 2,
  stores: {
    snapshots: 'key, capturedAt, [site+status], host, resolvedAt, open, [open+createdAt], nextBreachAt',
    history: '++id, [key+at], at',
    links: '++id, ticketKey, at, &[ticketKey+kind+target]',
  },
  rowFields: {},
};
