import { DEFAULT_KPI_TARGETS, type KpiReport, type KpiTargets, type KpiWindow, type MetricResult } from '../schema/kpi';
import type { TicketSnapshot } from '../schema/ticket';
import { deriveFacts, type KpiData, type TicketFacts } from './facts';
import { solvedIn, touched } from './metric';
import { METRICS } from './registry';
import { evaluateTargets } from './targets';
import { DAY_MS, dayRanges, trendDays, windowRange, type Range } from './window';

export interface KpiOptions {
  window: KpiWindow;
  now: Date;
  targets?: KpiTargets;
  /** Prefer the helpdesk's business-hours minutes. @default false */
  businessHours?: boolean;
  /** Minutes east of UTC that "today" and trend days follow. @default the runtime's zone at `now` */
  utcOffsetMinutes?: number;
}

type Day = { day: string; range: { start: number; end: number } };

/** Each day's tickets (touched or solved that day), so a trend point reads only its own. */
function dayBuckets(facts: readonly TicketFacts[], days: readonly Day[]): TicketFacts[][] {
  const buckets: TicketFacts[][] = days.map(() => []);
  const first = days[0]?.range.start;
  if (first === undefined) return buckets;
  const index = (t: number | null): number => {
    if (t === null || t < first) return -1;
    const i = Math.floor((t - first) / DAY_MS);
    const d = days[i];
    return d && t <= d.range.end ? i : -1;
  };
  for (const f of facts) {
    const a = index(f.capturedMs);
    const b = f.solved ? index(f.solvedPlaceMs) : -1;
    if (a >= 0) buckets[a]?.push(f);
    if (b >= 0 && b !== a) buckets[b]?.push(f);
  }
  return buckets;
}

/**
 * Every KPI over the given tickets for one window, with daily trend points and targets. Pure:
 * the background runs it over what loadKpiTickets read, the CLI over an export.
 */
export function computeKpis(data: KpiData | readonly TicketSnapshot[], opts: KpiOptions): KpiReport {
  const input: KpiData = Array.isArray(data) ? { tickets: data as readonly TicketSnapshot[] } : (data as KpiData);
  const now = opts.now.getTime();
  const offset = opts.utcOffsetMinutes ?? -opts.now.getTimezoneOffset();
  const range: Range = windowRange(opts.window, now, offset);
  const days = dayRanges(trendDays(opts.window), now, offset);
  const since = range === null ? null : Math.min(range.start, days[0]?.range.start ?? range.start);
  const facts = deriveFacts(input, opts.businessHours ?? false, since);
  const inWindow = range === null ? facts : facts.filter((f) => touched(f, range) || solvedIn(f, range));
  const buckets = dayBuckets(facts, days);
  // The backlog's days only need tickets open now or solved since the span began.
  const backlog = facts.filter((f) => !f.solved || (since !== null && f.solvedPlaceMs !== null && f.solvedPlaceMs >= since));
  const metrics: MetricResult[] = METRICS.map((m) => ({
    id: m.id,
    label: m.label,
    definition: m.definition,
    value: m.compute(m.scope === 'all' ? backlog : inWindow, range, now),
    trend: days.map((d, i) => ({ day: d.day, value: m.trendValue(m.compute(m.scope === 'all' ? backlog : (buckets[i] ?? []), d.range, now)) })),
  }));
  const anyTouched = inWindow.some((f) => touched(f, range));
  return {
    window: opts.window,
    start: range === null ? null : new Date(range.start).toISOString(),
    end: opts.now.toISOString(),
    now: opts.now.toISOString(),
    enoughData: anyTouched,
    reason: anyTouched ? null : 'Not enough data yet: no ticket was captured in this window.',
    metrics,
    targets: evaluateTargets(metrics, opts.targets ?? DEFAULT_KPI_TARGETS),
  };
}
