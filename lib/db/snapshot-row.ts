import { nextBreach, isSolved, solvedTime } from '../kpi/status';
import { ticketKey } from '../schema/snapshot-base';
import type { TicketSnapshot } from '../schema/ticket';
import type { SnapshotRow } from './database';

/** An ISO time as UTC with milliseconds, so index strings compare as times; undefined if unusable. */
function utc(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** The row fields derived from a snapshot that KPI queries use as indexes. */
export function snapshotIndexFields(s: TicketSnapshot): Omit<SnapshotRow, 'key' | 'site' | 'host' | 'ticketId' | 'snapshot'> {
  const solved = isSolved(s);
  const solvedAt = solvedTime(s);
  const fields: Omit<SnapshotRow, 'key' | 'site' | 'host' | 'ticketId' | 'snapshot'> = {
    status: s.status,
    capturedAt: utc(s.capturedAt) ?? s.capturedAt,
    open: solved ? 0 : 1,
  };
  const createdAt = utc(s.createdAt);
  const updatedAt = utc(s.updatedAt);
  // A solved ticket with no solve time is placed at its last update, as the KPIs do.
  const resolvedAt = solved ? (solvedAt === null ? updatedAt : new Date(solvedAt).toISOString()) : undefined;
  const breach = utc(nextBreach(s)?.at);
  if (createdAt) fields.createdAt = createdAt;
  if (resolvedAt) fields.resolvedAt = resolvedAt;
  if (breach) fields.nextBreachAt = breach;
  return fields;
}

/** The stored row of a snapshot. */
export function snapshotRow(s: TicketSnapshot): SnapshotRow {
  return { key: ticketKey(s), site: s.site, host: s.host, ticketId: s.ticketId, ...snapshotIndexFields(s), snapshot: s };
}
