import type { Metric } from '../metric';
import { rate, rateTrend, touched } from '../metric';

/** Escalation rate. */
export const escalationRateMetric: Metric = {
  id: 'escalation-rate',
  label: 'Escalation rate',
  definition:
    'Share of tickets touched in the window that have a linked escalation or a tag or label starting with "escalat".',
  scope: 'window',
  compute: (facts, range) => {
    let yes = 0;
    let n = 0;
    for (const f of facts) {
      if (!touched(f, range)) continue;
      n++;
      if (f.escalated) yes++;
    }
    return rate(yes, n, 0, 'No ticket was captured in this window yet.');
  },
  trendValue: rateTrend,
};
