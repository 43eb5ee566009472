import type { MetricId, MetricValue } from '../schema/kpi';
import type { TicketFacts } from './facts';
import type { Range } from './window';

/** One KPI, defined once: what the UI shows about it and how it is computed. */
export interface Metric {
  id: MetricId;
  label: string;
  /** One sentence the popup and `deskside kpi` show next to the value. */
  definition: string;
  /** 'window': reads only tickets touched or solved in the range; 'all': every ticket (backlog). */
  scope: 'window' | 'all';
  compute: (facts: readonly TicketFacts[], range: Range, now: number) => MetricValue;
  /** The number a daily trend point plots. */
  trendValue: (v: MetricValue) => number | null;
}

/** Builds a rate, null with a reason when nothing could be judged. */
export function rate(numerator: number, denominator: number, excluded: number, empty: string): MetricValue {
  const reason = denominator === 0 ? (excluded > 0 ? `${empty} (${excluded} lacked the data to judge)` : empty) : null;
  return { kind: 'rate', value: denominator === 0 ? null : numerator / denominator, numerator, denominator, excluded, reason };
}

/** A rate's trend point: the share itself. */
export const rateTrend = (v: MetricValue): number | null => (v.kind === 'rate' ? v.value : null);

/** Tickets touched in the range: captured in it (every ticket when there is no range). */
export const touched = (f: TicketFacts, range: Range): boolean => range === null || (f.capturedMs >= range.start && f.capturedMs <= range.end);

/** Tickets solved in the range. */
export const solvedIn = (f: TicketFacts, range: Range): boolean =>
  f.solved && (range === null || (f.solvedPlaceMs !== null && f.solvedPlaceMs >= range.start && f.solvedPlaceMs <= range.end));
