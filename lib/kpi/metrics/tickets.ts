import type { Metric } from '../metric';
import { touched } from '../metric';

/** Tickets touched: how many tickets the agent worked on in the window. */
export const ticketsMetric: Metric = {
  id: 'tickets',
  label: 'Tickets touched',
  definition: 'Tickets Deskside captured in the window (with deskside kpi: every ticket in the file).',
  scope: 'window',
  compute: (facts, range) => {
    let n = 0;
    for (const f of facts) if (touched(f, range)) n++;
    return { kind: 'count', value: n, reason: n === 0 ? 'No ticket was captured in this window yet.' : null };
  },
  trendValue: (v) => (v.kind === 'count' ? v.value : null),
};
