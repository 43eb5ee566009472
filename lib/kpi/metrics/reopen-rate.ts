import type { Metric } from '../metric';
import { rate, rateTrend, solvedIn } from '../metric';

/** Reopen rate. */
export const reopenRateMetric: Metric = {
  id: 'reopen-rate',
  label: 'Reopen rate',
  definition:
    "Share of tickets solved in the window that were reopened at least once (Zendesk's reopens count, or a status change from solved back to open); tickets with neither are left out.",
  scope: 'window',
  compute: (facts, range) => {
    let yes = 0;
    let judged = 0;
    let excluded = 0;
    for (const f of facts) {
      if (!solvedIn(f, range)) continue;
      if (f.reopened === null) excluded++;
      else {
        judged++;
        if (f.reopened) yes++;
      }
    }
    return rate(yes, judged, excluded, 'No solved ticket in this window says whether it was reopened.');
  },
  trendValue: rateTrend,
};
