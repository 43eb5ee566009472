import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DesksideDb } from '@/lib/db/database';
import { addEscalationLink } from '@/lib/db/links';
import { saveSnapshot } from '@/lib/db/snapshots';
import { computeKpis } from '@/lib/kpi/compute';
import { breachingSoon, loadKpiTickets } from '@/lib/kpi/load';
import { kpiReport } from '@/lib/kpi/report';
import { DEFAULT_KPI_TARGETS, KpiReport } from '@/lib/schema/kpi';
import type { SlaMetric } from '@/lib/schema';
import { metrics, NOW, ticket } from './kpi-factory';

let db: DesksideDb;
let n = 0;
beforeEach(() => {
  db = new DesksideDb(`kpi-load-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const active = (breachAt: string, metric = 'first_reply_time'): SlaMetric => ({ policy: null, metric, stage: 'active', breachAt });

async function seed() {
  await saveSnapshot(db, ticket(1, { status: 'solved', createdAt: '2026-11-27T08:00:00Z', capturedAt: '2026-11-27T09:00:00Z', metrics: metrics({ solvedAt: '2026-11-27T09:00:00Z', replies: 1, reopens: 0 }) }));
  // Solved long ago, captured long ago: no window needs it.
  await saveSnapshot(db, ticket(2, { status: 'closed', createdAt: '2026-08-01T08:00:00Z', capturedAt: '2026-08-02T09:00:00Z', resolvedAt: '2026-08-02T09:00:00Z' }));
  // Open and untouched for 50 days: only the backlog needs it.
  await saveSnapshot(db, ticket(3, { status: 'pending', createdAt: '2026-10-01T08:00:00Z', capturedAt: '2026-10-08T09:00:00Z' }));
  await saveSnapshot(db, ticket(4, { status: 'open', createdAt: '2026-11-27T10:00:00Z', capturedAt: '2026-11-27T10:00:00Z', sla: [active('2026-11-27T14:00:00Z')] }));
  await saveSnapshot(db, ticket(5, { status: 'new', createdAt: '2026-11-27T11:00:00Z', capturedAt: '2026-11-27T11:00:00Z', subject: 'Payroll down', sla: [active('2026-11-27T12:30:00Z'), active('2026-11-27T20:00:00Z', 'next_reply_time')] }));
  await addEscalationLink(db, { ticketKey: 'zendesk:acme.zendesk.com:1', target: 'ENG-9', at: '2026-11-27T09:30:00Z' });
  await addEscalationLink(db, { ticketKey: 'zendesk:acme.zendesk.com:1', target: 'ENG-9', at: '2026-11-27T09:40:00Z' });
}

describe('loadKpiTickets', () => {
  it("reads the window's tickets and every open one through indexes, never a full scan", async () => {
    await seed();
    const where = vi.spyOn(db.snapshots, 'where');
    const toArray = vi.spyOn(db.snapshots, 'toArray');
    const toCollection = vi.spyOn(db.snapshots, 'toCollection');
    const data = await loadKpiTickets(db, 'today', NOW, 0);
    expect(data.tickets.map((t) => t.ticketId).sort()).toEqual(['1', '4', '5']);
    // Ticket 3 is read from index keys alone: the backlog needs only its age.
    expect(data.backlog?.map((b) => b.key)).toEqual(['zendesk:acme.zendesk.com:3']);
    expect(toArray).not.toHaveBeenCalled();
    expect(toCollection).not.toHaveBeenCalled();
    expect(new Set(where.mock.calls.map((c) => c[0]))).toEqual(new Set(['capturedAt', 'open', 'resolvedAt', '[open+createdAt]']));
    expect(data.links).toHaveLength(1); // the same escalation linked twice is one link

    const r = computeKpis(data, { window: 'today', now: NOW, utcOffsetMinutes: 0 });
    const get = (id: string) => r.metrics.find((m) => m.id === id)?.value;
    expect(get('tickets')).toMatchObject({ value: 3 });
    expect(get('solved')).toMatchObject({ value: 1 });
    // Ticket 1 had one reply and no reopen, but it was escalated.
    expect(get('fcr')).toMatchObject({ value: 0, denominator: 1 });
    expect(get('backlog')).toMatchObject({ lt1d: 2, gt7d: 1 });
  });

  it('loads history for reopens where the metrics do not say', async () => {
    await saveSnapshot(db, ticket(6, { status: 'solved', capturedAt: '2026-11-26T09:00:00Z', resolvedAt: '2026-11-26T09:00:00Z' }));
    await saveSnapshot(db, ticket(6, { status: 'open', capturedAt: '2026-11-26T10:00:00Z', resolvedAt: null }));
    await saveSnapshot(db, ticket(6, { status: 'solved', capturedAt: '2026-11-26T11:00:00Z', resolvedAt: '2026-11-26T11:00:00Z' }));
    const data = await loadKpiTickets(db, '7d', NOW, 0);
    const r = computeKpis(data, { window: '7d', now: NOW, utcOffsetMinutes: 0 });
    expect(r.metrics.find((m) => m.id === 'reopen-rate')?.value).toMatchObject({ value: 1, denominator: 1 });
  });
  it('gives the same backlog bands and trend as computing over every cached ticket', async () => {
    const DAY = 86_400_000;
    const t = NOW.getTime();
    const ages = [0, 1, DAY - 1, DAY, DAY + 1, 3 * DAY, 7 * DAY - 1, 7 * DAY, 7 * DAY + 1, 12 * DAY, 40 * DAY, -5 * 60_000];
    const all = ages.map((age, i) => ticket(100 + i, { createdAt: new Date(t - age).toISOString(), capturedAt: '2026-09-01T00:00:00Z' }));
    all.push(ticket(200, { createdAt: null, capturedAt: '2026-09-01T00:00:00Z' }));
    // Solved within the trend: open at the ends of the days before.
    all.push(ticket(201, { status: 'solved', createdAt: '2026-11-10T00:00:00Z', resolvedAt: '2026-11-24T05:00:00Z', capturedAt: '2026-11-24T06:00:00Z' }));
    for (const s of all) await saveSnapshot(db, s);
    for (const window of ['today', '7d', '30d'] as const) {
      for (const offset of [0, 330]) {
        const loaded = computeKpis(await loadKpiTickets(db, window, NOW, offset), { window, now: NOW, utcOffsetMinutes: offset });
        const direct = computeKpis(all, { window, now: NOW, utcOffsetMinutes: offset });
        const backlog = (r: typeof loaded) => r.metrics.find((m) => m.id === 'backlog');
        expect(backlog(loaded)).toEqual(backlog(direct));
      }
    }
    const bands = computeKpis(await loadKpiTickets(db, 'today', NOW, 0), { window: 'today', now: NOW, utcOffsetMinutes: 0 });
    expect(bands.metrics.find((m) => m.id === 'backlog')?.value).toMatchObject({ lt1d: 4, d1to7: 5, gt7d: 3, unknownAge: 1 });
  });
});

describe('breachingSoon', () => {
  it('lists open tickets by their soonest running SLA breach, overdue ones first, skipping solved ones', async () => {
    await seed();
    await saveSnapshot(db, ticket(7, { status: 'solved', sla: [active('2026-11-27T12:10:00Z')] }));
    const list = await breachingSoon(db, NOW, 5);
    expect(list.map((b) => [b.ticketId, b.metric, b.breachAt, b.overdue])).toEqual([
      ['5', 'first_reply_time', '2026-11-27T12:30:00.000Z', false],
      ['4', 'first_reply_time', '2026-11-27T14:00:00.000Z', false],
    ]);
    expect(list[0]).toMatchObject({ url: 'https://acme.zendesk.com/agent/tickets/5', subject: 'Payroll down' });
    const later = await breachingSoon(db, new Date('2026-11-27T13:00:00Z'), 1);
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ ticketId: '5', overdue: true });
  });

  it('drops a ticket from the list once it is solved', async () => {
    await seed();
    await saveSnapshot(db, ticket(5, { status: 'solved', capturedAt: '2026-11-27T11:30:00Z' }));
    expect((await breachingSoon(db, NOW, 5)).map((b) => b.ticketId)).toEqual(['4']);
  });
});

describe('kpiReport', () => {
  it("answers the popup: the window's KPIs with the user's targets, valid against the report schema", async () => {
    await seed();
    const r = await kpiReport(db, 'today', NOW, { targets: { ...DEFAULT_KPI_TARGETS, fcrRate: 0 } }, 0);
    expect(KpiReport.parse(r)).toEqual(r);
    expect(r.enoughData).toBe(true);
    expect(r.targets.find((t) => t.metric === 'fcr')).toMatchObject({ target: 0, met: true, value: 0 });
  });
});
