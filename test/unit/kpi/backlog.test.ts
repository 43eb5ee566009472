import { describe, expect, it } from 'vitest';
import { computeKpis } from '@/lib/kpi/compute';
import { NOW, ticket } from './kpi-factory';
import { kpi } from './values';

const DAY = 86_400_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

describe('backlog aging', () => {
  it('puts open tickets in bands by age at now, 1 and 7 days falling in the middle band', () => {
    const tickets = [
      ticket(1, { createdAt: ago(DAY - 1) }), // just under a day
      ticket(2, { createdAt: ago(DAY) }), // exactly one day
      ticket(3, { createdAt: ago(7 * DAY) }), // exactly seven days
      ticket(4, { createdAt: ago(7 * DAY + 1) }), // just over seven days
      ticket(5, { createdAt: ago(40 * DAY), status: 'pending' }),
      ticket(6, { createdAt: null, status: 'hold' }), // age unknown: counted apart, not guessed
      ticket(7, { createdAt: ago(2 * DAY), status: 'solved' }), // not open
      ticket(8, { createdAt: ago(2 * DAY), status: 'closed' }),
    ];
    expect(kpi(tickets, 'backlog', 'bands')).toEqual({
      kind: 'bands', lt1d: 1, d1to7: 2, gt7d: 2, unknownAge: 1, total: 6, reason: null,
    });
  });

  it("trends what was open at each day's end: a ticket solved later was open before", () => {
    const tickets = [
      ticket(1, { createdAt: '2026-11-20T10:00:00Z', status: 'solved', resolvedAt: '2026-11-24T10:00:00Z' }),
      ticket(2, { createdAt: '2026-11-23T10:00:00Z' }),
    ];
    const r = kpi(tickets, 'backlog', 'bands');
    expect(r.total).toBe(1);
    const trend = computeKpis(tickets, { window: '7d', now: NOW, utcOffsetMinutes: 0 }).metrics.find((m) => m.id === 'backlog')?.trend;
    expect(trend).toEqual([
      { day: '2026-11-21', value: 1 },
      { day: '2026-11-22', value: 1 },
      { day: '2026-11-23', value: 2 },
      { day: '2026-11-24', value: 1 },
      { day: '2026-11-25', value: 1 },
      { day: '2026-11-26', value: 1 },
      { day: '2026-11-27', value: 1 },
    ]);
  });
});
