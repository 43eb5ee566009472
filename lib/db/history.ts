import type { HistoryChange, TicketSnapshot } from '../schema';

/** The fields whose changes are kept as history (for KPIs and escalations). */
function watched(s: TicketSnapshot): Record<HistoryChange['field'], string | number | null> {
  return {
    status: s.status,
    priority: s.priority,
    assignee: s.assignee?.name ?? s.assignee?.id ?? null,
    commentCount: s.commentCount ?? (s.comments.length || null),
  };
}

/**
 * What changed between two snapshots of one ticket, in the watched fields only.
 * A value that became unknown (null) is not a change: one source may simply not show it.
 */
export function diffSnapshots(
  before: TicketSnapshot | undefined,
  after: TicketSnapshot,
): HistoryChange[] {
  const next = watched(after);
  const prev = before ? watched(before) : undefined;
  const changes: HistoryChange[] = [];
  for (const field of Object.keys(next) as HistoryChange['field'][]) {
    const to = next[field];
    const from = prev ? prev[field] : null;
    if (to === null || to === from) continue;
    changes.push({ field, from, to });
  }
  return changes;
}
