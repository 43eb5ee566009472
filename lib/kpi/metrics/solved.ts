import type { Metric } from '../metric';
import { solvedIn } from '../metric';

/** Tickets solved in the window. */
export const solvedMetric: Metric = {
  id: 'solved',
  label: 'Solved',
  definition:
    'Tickets whose status is solved, closed, resolved or done (or that have a resolution time when the status is unknown), solved in the window.',
  scope: 'window',
  compute: (facts, range) => {
    let n = 0;
    for (const f of facts) if (solvedIn(f, range)) n++;
    return { kind: 'count', value: n, reason: null };
  },
  trendValue: (v) => (v.kind === 'count' ? v.value : null),
};
