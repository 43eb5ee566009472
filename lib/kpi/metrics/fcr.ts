import type { Metric } from '../metric';
import { rate, rateTrend, solvedIn } from '../metric';

/** First-contact resolution. */
export const fcrMetric: Metric = {
  id: 'fcr',
  label: 'First-contact resolution',
  definition:
    'Share of tickets solved in the window with exactly one public agent reply, never reopened and never escalated; tickets whose replies or reopens are unknown are left out.',
  scope: 'window',
  compute: (facts, range) => {
    let yes = 0;
    let judged = 0;
    let excluded = 0;
    for (const f of facts) {
      if (!solvedIn(f, range)) continue;
      // An escalated ticket is not first-contact whatever else is unknown.
      if (f.escalated) {
        judged++;
        continue;
      }
      if (f.replies === null || f.reopened === null) {
        // One known disqualifier is enough to judge it.
        if ((f.replies !== null && f.replies !== 1) || f.reopened === true) judged++;
        else excluded++;
        continue;
      }
      judged++;
      if (f.replies === 1 && !f.reopened) yes++;
    }
    return rate(yes, judged, excluded, 'No solved ticket in this window can be judged yet.');
  },
  trendValue: rateTrend,
};
