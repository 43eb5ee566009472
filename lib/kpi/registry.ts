import type { MetricId } from '../schema/kpi';
import type { Metric } from './metric';
import { backlogMetric } from './metrics/backlog';
import { escalationRateMetric } from './metrics/escalation-rate';
import { fcrMetric } from './metrics/fcr';
import { firstResponseMetric } from './metrics/first-response';
import { reopenRateMetric } from './metrics/reopen-rate';
import { resolutionP2Metric } from './metrics/resolution-p2';
import { resolutionMetric } from './metrics/resolution';
import { slaComplianceMetric } from './metrics/sla-compliance';
import { solvedMetric } from './metrics/solved';
import { ticketsMetric } from './metrics/tickets';

/** Every KPI, in the order the popup and the CLI show them. */
export const METRICS: readonly Metric[] = [
  ticketsMetric,
  solvedMetric,
  firstResponseMetric,
  resolutionMetric,
  resolutionP2Metric,
  slaComplianceMetric,
  fcrMetric,
  reopenRateMetric,
  escalationRateMetric,
  backlogMetric,
];

/** A KPI's definition by id. */
export function metricById(id: MetricId): Metric {
  const m = METRICS.find((x) => x.id === id);
  if (!m) throw new Error(`unknown KPI ${id}`);
  return m;
}
