import { nextBreach, slaMetricLabel } from '@/lib/format/sla';
import { formatRelative } from '@/lib/format/time';
import type { SlaMetric } from '@/lib/schema';

/** The SLA metric to act on first, and how long until it breaches (or since it did). */
export function SlaSummary({ sla, now }: { sla: SlaMetric[]; now: Date }) {
  const next = nextBreach(sla);
  if (!next) {
    const paused = sla.find((m) => m.stage === 'paused');
    if (paused) return <span>{slaMetricLabel(paused.metric)} paused</span>;
    return sla.length ? <span>All SLA targets met</span> : null;
  }
  const breached = next.breachAt !== null && Date.parse(next.breachAt) <= now.getTime();
  const when = next.breachAt ? formatRelative(next.breachAt, now) : '';
  const at = next.breachAt
    ? new Date(next.breachAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    : '';
  return (
    <span className={breached ? 'sla breached' : 'sla'} title={at}>
      {slaMetricLabel(next.metric)} {breached ? `breached ${when}` : `breaches ${when}`}
    </span>
  );
}
