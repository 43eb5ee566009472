import type { KpiTargets, MetricId, MetricResult, MetricValue, TargetResult } from '../schema/kpi';

interface TargetRule {
  metric: MetricId;
  label: string;
  comparison: '<' | '>=';
  target: (t: KpiTargets) => number;
  value: (v: MetricValue) => number | null;
}

const median = (v: MetricValue): number | null => (v.kind === 'duration' ? v.median : null);
const share = (v: MetricValue): number | null => (v.kind === 'rate' ? v.value : null);

// Medians are what a target is held against: one slow outlier should not colour the popup red.
const RULES: readonly TargetRule[] = [
  { metric: 'first-response', label: 'Median first response under', comparison: '<', target: (t) => t.firstResponseMinutes, value: median },
  { metric: 'resolution-p2', label: 'Median P2 resolution under (minutes)', comparison: '<', target: (t) => t.p2ResolutionHours * 60, value: median },
  { metric: 'sla-compliance', label: 'SLA compliance at least', comparison: '>=', target: (t) => t.slaCompliance, value: share },
  { metric: 'reopen-rate', label: 'Reopen rate under', comparison: '<', target: (t) => t.reopenRate, value: share },
  { metric: 'fcr', label: 'First-contact resolution at least', comparison: '>=', target: (t) => t.fcrRate, value: share },
];

/** Each target against its metric: met, missed, or null when the metric has no value yet. */
export function evaluateTargets(metrics: readonly MetricResult[], targets: KpiTargets): TargetResult[] {
  return RULES.map((r) => {
    const m = metrics.find((x) => x.id === r.metric);
    const value = m ? r.value(m.value) : null;
    const target = r.target(targets);
    const met = value === null ? null : r.comparison === '<' ? value < target : value >= target;
    return { metric: r.metric, label: r.label, comparison: r.comparison, target, value, met };
  });
}
