import type { TimedValue } from '../durations';
import type { Metric } from '../metric';
import { touched } from '../metric';
import { durationValue, medianTrend } from './duration';

/** Time to first response, median and p90. */
export const firstResponseMetric: Metric = {
  id: 'first-response',
  label: 'Time to first response',
  definition:
    "Minutes from creation to the first public agent reply on tickets touched in the window: the helpdesk's own figure (Zendesk reply time, a finished JSM first-response SLA) when it has one, else computed from comment times.",
  scope: 'window',
  compute: (facts, range) => {
    const values: TimedValue[] = [];
    for (const f of facts) if (f.firstResponse && touched(f, range)) values.push(f.firstResponse);
    return durationValue(values, 'No ticket in this window has a first reply yet.');
  },
  trendValue: medianTrend,
};
