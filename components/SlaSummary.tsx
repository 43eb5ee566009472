import { nextBreach, slaMetricLabel } from '@/lib/format/sla';
import { formatRelative } from '@/lib/format/time';
import type { SlaMetric } from '@/lib/schema';

/** The SLA metric to act on first, how long until it breaches (or since it did), and any paused. */
export function SlaSummary({ sla, now }: { sla: SlaMetric[]; now: Date }) {
  const next = nextBreach(sla);
  const paused = sla.filter((m) => m.stage === 'paused');
  const pausedText = paused.length ? `${paused.map((m) => slaMetricLabel(m.metric)).join(', ')} paused` : '';
  if (!next) return <span>{pausedText || (sla.length ? 'All SLA targets met' : '')}</span>;
  const breached = next.stage === 'breached' || (next.breachAt !== null && Date.parse(next.breachAt) <= now.getTime());
  const when = next.breachAt ? formatRelative(next.breachAt, now) : '';
  const at = next.breachAt
    ? new Date(next.breachAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    : '';
  return (
    <span>
      <span className={breached ? 'sla breached' : 'sla'} title={at} data-testid="sla-next">
        {slaMetricLabel(next.metric)} {breached ? `breached ${when}` : `breaches ${when}`}
      </span>
      {pausedText && <span className="sla-paused" data-testid="sla-paused">{` · ${pausedText}`}</span>}
    </span>
  );
}
