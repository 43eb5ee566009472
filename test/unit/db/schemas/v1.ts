// Deskside's database as version 1 declared it (lib/db/database.ts at 8e781fe, the foundation).
// Frozen: never edit. Version 2 rows gained KPI index fields; version 1 rows had only these.
import type { PastVersion } from './past-version';

export const V1: PastVersion = {
  version: 1,
  stores: {
    snapshots: 'key, capturedAt, [site+status], host',
    history: '++id, [key+at], at',
  },
  rowFields: { snapshots: ['key', 'site', 'host', 'ticketId', 'status', 'capturedAt', 'snapshot'] },
};
