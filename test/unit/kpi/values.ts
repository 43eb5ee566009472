import { computeKpis, type KpiOptions } from '@/lib/kpi/compute';
import type { KpiData } from '@/lib/kpi/facts';
import type { MetricId, MetricValue } from '@/lib/schema/kpi';
import type { TicketSnapshot } from '@/lib/schema';
import { NOW } from './kpi-factory';

/** One metric's value over the given tickets (30-day window at NOW, UTC days, unless said). */
export function kpi<K extends MetricValue['kind']>(
  data: KpiData | TicketSnapshot[],
  id: MetricId,
  kind: K,
  opts: Partial<KpiOptions> = {},
): Extract<MetricValue, { kind: K }> {
  const r = computeKpis(data, { window: '30d', now: NOW, utcOffsetMinutes: 0, ...opts });
  const v = r.metrics.find((m) => m.id === id)?.value;
  if (v?.kind !== kind) throw new Error(`${id} is not a ${kind}`);
  return v as Extract<MetricValue, { kind: K }>;
}
