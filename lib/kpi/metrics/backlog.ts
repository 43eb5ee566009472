import type { Metric } from '../metric';
import { DAY_MS } from '../window';

/** Backlog aging. */
export const backlogMetric: Metric = {
  id: 'backlog',
  label: 'Backlog aging',
  definition:
    'Open (not solved) tickets by age since creation: under 1 day, 1 to 7 days (both ends included), over 7 days.',
  scope: 'all',
  compute: (facts, range, now) => {
    // Today's backlog is every open ticket; a past day's is what was open at its end.
    const asOf = range === null ? now : Math.min(range.end, now);
    const past = asOf < now;
    let lt1d = 0;
    let d1to7 = 0;
    let gt7d = 0;
    let unknownAge = 0;
    for (const f of facts) {
      const open = f.solved ? past && f.solvedPlaceMs !== null && f.solvedPlaceMs > asOf : true;
      if (!open) continue;
      if (f.createdMs === null) {
        if (!past) unknownAge++;
        continue;
      }
      if (f.createdMs > asOf && past) continue;
      const age = asOf - f.createdMs;
      if (age < DAY_MS) lt1d++;
      else if (age <= 7 * DAY_MS) d1to7++;
      else gt7d++;
    }
    const total = lt1d + d1to7 + gt7d + unknownAge;
    return { kind: 'bands', lt1d, d1to7, gt7d, unknownAge, total, reason: null };
  },
  trendValue: (v) => (v.kind === 'bands' ? v.total : null),
};
