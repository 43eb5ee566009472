import type { Metric } from '../metric';
import { rate, rateTrend, touched } from '../metric';

/** Share of finished SLA targets met. */
export const slaComplianceMetric: Metric = {
  id: 'sla-compliance',
  label: 'SLA compliance',
  definition:
    'Share of finished SLA targets met on tickets touched in the window: each achieved target or completed JSM cycle not breached counts as met, each breached one as missed; running targets are not counted.',
  scope: 'window',
  compute: (facts, range) => {
    let met = 0;
    let missed = 0;
    for (const f of facts) {
      if (!touched(f, range)) continue;
      met += f.slaMet;
      missed += f.slaMissed;
    }
    return rate(met, met + missed, 0, 'No SLA target finished on the tickets in this window.');
  },
  trendValue: rateTrend,
};
