import type { MetricValue } from '../../schema/kpi';
import type { TimedValue } from '../durations';
import { medianP90 } from '../stats';

/** Median and p90 of per-ticket durations, saying which method and clock they came from. */
export function durationValue(values: readonly TimedValue[], empty: string): MetricValue {
  const helpdesk = values.filter((v) => v.method === 'helpdesk').length;
  const computed = values.length - helpdesk;
  const business = values.filter((v) => v.clock === 'business').length;
  const { median, p90 } = medianP90(values.map((v) => v.minutes));
  const n = values.length;
  return {
    kind: 'duration',
    median,
    p90,
    n,
    method: n === 0 ? null : computed === 0 ? 'helpdesk' : helpdesk === 0 ? 'computed' : 'mixed',
    methods: { helpdesk, computed },
    clock: n === 0 ? null : business === n ? 'business' : business === 0 ? 'calendar' : 'mixed',
    reason: n === 0 ? empty : null,
  };
}

/** A duration's trend point: the day's median. */
export const medianTrend = (v: MetricValue): number | null => (v.kind === 'duration' ? v.median : null);
