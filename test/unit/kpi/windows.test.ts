import { describe, expect, it } from 'vitest';
import { computeKpis } from '@/lib/kpi/compute';
import { evaluateTargets } from '@/lib/kpi/targets';
import { DEFAULT_KPI_TARGETS, KpiReport } from '@/lib/schema/kpi';
import { metrics, NOW, ticket } from './kpi-factory';
import { kpi } from './values';

const tickets = [
  ticket(1, { capturedAt: '2026-11-27T08:00:00Z' }),
  ticket(2, { capturedAt: '2026-11-23T10:00:00Z' }),
  ticket(3, { capturedAt: '2026-11-05T10:00:00Z' }),
  ticket(4, { capturedAt: '2026-10-01T10:00:00Z' }),
];

describe('windows and trends', () => {
  it('counts tickets touched today, in the last 7 days and in the last 30 days', () => {
    expect(kpi(tickets, 'tickets', 'count', { window: 'today' }).value).toBe(1);
    expect(kpi(tickets, 'tickets', 'count', { window: '7d' }).value).toBe(2);
    expect(kpi(tickets, 'tickets', 'count', { window: '30d' }).value).toBe(3);
    expect(kpi(tickets, 'tickets', 'count', { window: 'all' }).value).toBe(4);
  });

  it("follows the user's day: at 22:00 in UTC+10, a ticket from 01:00 local is today's", () => {
    const t = [ticket(1, { capturedAt: '2026-11-26T15:00:00Z' })];
    expect(kpi(t, 'tickets', 'count', { window: 'today', utcOffsetMinutes: 600 }).value).toBe(1);
    expect(kpi(t, 'tickets', 'count', { window: 'today', utcOffsetMinutes: 0 }).value).toBe(0);
  });

  it('gives one trend point per day: 7 for today and 7 days, 30 for 30 days', () => {
    const week = computeKpis(tickets, { window: '7d', now: NOW, utcOffsetMinutes: 0 });
    const touched = week.metrics.find((m) => m.id === 'tickets')?.trend;
    expect(touched?.map((p) => p.value)).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(touched?.[0]?.day).toBe('2026-11-21');
    expect(computeKpis(tickets, { window: 'today', now: NOW }).metrics.every((m) => m.trend.length === 7)).toBe(true);
    const month = computeKpis(tickets, { window: '30d', now: NOW, utcOffsetMinutes: 0 });
    expect(month.metrics.every((m) => m.trend.length === 30)).toBe(true);
    // A day with nothing to measure is null, not 0.
    expect(month.metrics.find((m) => m.id === 'first-response')?.trend.every((p) => p.value === null)).toBe(true);
  });

  it('says plainly when there is not enough data, with every value null and a reason', () => {
    const r = computeKpis([], { window: 'today', now: NOW });
    expect(KpiReport.parse(r)).toEqual(r);
    expect(r.enoughData).toBe(false);
    expect(r.reason).toMatch(/Not enough data/);
    for (const m of r.metrics) {
      if (m.value.kind === 'rate') expect([m.value.value, typeof m.value.reason]).toEqual([null, 'string']);
      if (m.value.kind === 'duration') expect([m.value.median, typeof m.value.reason]).toEqual([null, 'string']);
    }
    expect(r.targets.every((t) => t.met === null)).toBe(true);
  });
});

describe('targets', () => {
  const created = '2026-11-26T08:00:00Z';
  const withReply = (minutes: number) =>
    [ticket(1, { createdAt: created, metrics: metrics({ firstReplyMinutes: { calendar: minutes, business: minutes } }) })];

  it('holds the median first response strictly under 60 minutes by default', () => {
    const at = (minutes: number) => computeKpis(withReply(minutes), { window: '7d', now: NOW }).targets.find((t) => t.metric === 'first-response');
    expect(at(59)).toMatchObject({ met: true, value: 59, target: 60, comparison: '<' });
    expect(at(60)?.met).toBe(false);
  });

  it('meets "at least" targets on the boundary and uses the targets given', () => {
    const r = computeKpis(withReply(10), { window: '7d', now: NOW });
    const sla = r.metrics.map((m) => (m.id === 'sla-compliance' ? { ...m, value: { kind: 'rate' as const, value: 0.95, numerator: 19, denominator: 20, excluded: 0, reason: null } } : m));
    expect(evaluateTargets(sla, DEFAULT_KPI_TARGETS).find((t) => t.metric === 'sla-compliance')?.met).toBe(true);
    expect(evaluateTargets(sla, { ...DEFAULT_KPI_TARGETS, slaCompliance: 0.96 }).find((t) => t.metric === 'sla-compliance')?.met).toBe(false);
    expect(evaluateTargets(r.metrics, { ...DEFAULT_KPI_TARGETS, firstResponseMinutes: 5 }).find((t) => t.metric === 'first-response')?.met).toBe(false);
  });
});
