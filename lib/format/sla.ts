import type { SlaMetric } from '../schema/ticket';

/** An SLA metric name as the helpdesk UI writes it: first_reply_time -> "First reply time". */
export function slaMetricLabel(metric: string): string {
  const words = metric.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The SLA metric a specialist must act on first: a breached one, else the active one with the
 * nearest breach. Achieved and paused metrics never come first.
 */
export function nextBreach(sla: SlaMetric[]): SlaMetric | null {
  const live = sla
    .filter((m) => m.stage === 'active' || m.stage === 'breached')
    .flatMap((m) => (m.breachAt === null ? [] : [{ m, at: Date.parse(m.breachAt) }]))
    .sort((a, b) => a.at - b.at)
    .map(({ m }) => m);
  return live[0] ?? sla.find((m) => m.stage === 'breached') ?? null;
}
