import type { TimedValue } from '../durations';
import type { Metric } from '../metric';
import { solvedIn } from '../metric';
import { durationValue, medianTrend } from './duration';

/** P2 resolution, for the "P2 resolved within 8 business hours" target. */
export const resolutionP2Metric: Metric = {
  id: 'resolution-p2',
  label: 'P2 time to resolution',
  definition:
    'Minutes to resolution of high-priority (P2) tickets solved in the window, in business minutes wherever the helpdesk gives them.',
  scope: 'window',
  compute: (facts, range) => {
    const values: TimedValue[] = [];
    for (const f of facts) if (f.p2 && f.resolutionBusiness && solvedIn(f, range)) values.push(f.resolutionBusiness);
    return durationValue(values, 'No high-priority ticket was solved in this window.');
  },
  trendValue: medianTrend,
};
