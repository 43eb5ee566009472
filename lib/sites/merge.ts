import { TRACKED_FIELDS, type TrackedField } from '../schema/snapshot-base';
import type { Source, TicketSnapshot } from '../schema/ticket';

function hasValue(s: TicketSnapshot, field: TrackedField): boolean {
  const v = s[field];
  if (v === null || v === undefined) return false;
  if (Array.isArray(v)) return v.length > 0;
  return v !== '';
}

/**
 * Lays `top` over `base` field by field: a field `top` read wins; a field only `base` has is kept,
 * with the provenance `base` gave it (or `baseAs`, e.g. 'cache' for an older stored snapshot).
 * Comments are the exception: the longer list wins, since the page shows only the loaded ones.
 */
export function mergeSnapshots(
  base: TicketSnapshot,
  top: TicketSnapshot,
  baseAs?: Source,
): TicketSnapshot {
  const out: TicketSnapshot = { ...top, fieldSources: { ...top.fieldSources } };
  const writable = out as Record<TrackedField, unknown>;
  for (const field of TRACKED_FIELDS) {
    const takeBase =
      field === 'comments'
        ? base.comments.length > top.comments.length
        : !hasValue(top, field) && hasValue(base, field);
    if (!takeBase) continue;
    writable[field] = base[field];
    const from = baseAs ?? base.fieldSources[field];
    if (from) out.fieldSources[field] = from;
  }
  out.commentCount = top.commentCount ?? base.commentCount;
  const sources = new Set<Source>(top.sources);
  for (const s of Object.values(out.fieldSources)) if (s) sources.add(s);
  if (!baseAs) base.sources.forEach((s) => sources.add(s));
  out.sources = [...sources].sort();
  // A stored snapshot's notices are stale; between two halves of one read, both count.
  const candidates = baseAs ? top.notices : [...base.notices, ...top.notices];
  // A notice about a field stands until another source reads that field afresh: the page failing
  // to show the status is moot once the API gave it, but the API's own "only 4 of 7 comments"
  // stands even though the API did read some comments.
  const readBy = out.fieldSources as Partial<Record<string, Source>>;
  out.notices = candidates.filter((n, i, all) => {
    const by = readBy[n.part];
    const answered = by !== undefined && by !== 'cache' && by !== n.source;
    return !answered && all.findIndex((m) => m.part === n.part && m.source === n.source) === i;
  });
  return out;
}
