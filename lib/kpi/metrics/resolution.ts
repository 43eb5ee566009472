import type { TimedValue } from '../durations';
import type { Metric } from '../metric';
import { solvedIn } from '../metric';
import { durationValue, medianTrend } from './duration';

/** Time to resolution, median and p90. */
export const resolutionMetric: Metric = {
  id: 'resolution',
  label: 'Time to resolution',
  definition:
    "Minutes from creation to resolution of tickets solved in the window: the helpdesk's own figure (Zendesk full resolution time, a finished JSM resolution SLA) when it has one, else from the solve time.",
  scope: 'window',
  compute: (facts, range) => {
    const values: TimedValue[] = [];
    for (const f of facts) if (f.resolution && solvedIn(f, range)) values.push(f.resolution);
    return durationValue(values, 'No ticket solved in this window has a resolution time.');
  },
  trendValue: medianTrend,
};
