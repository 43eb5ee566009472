import { describe, expect, it } from 'vitest';
import { comment, metrics, ticket } from './kpi-factory';
import { kpi } from './values';

const created = '2026-11-25T08:00:00Z';

describe('time to resolution', () => {
  it("uses Zendesk's full resolution minutes on the chosen clock, for solved tickets only", () => {
    const tickets = [
      ticket(1, { status: 'solved', createdAt: created, metrics: metrics({ fullResolutionMinutes: { calendar: 600, business: 240 }, solvedAt: '2026-11-25T18:00:00Z' }) }),
      ticket(2, { status: 'closed', createdAt: created, metrics: metrics({ fullResolutionMinutes: { calendar: 1200, business: 480 }, solvedAt: '2026-11-25T18:00:00Z' }) }),
      // Reopened and open again: its earlier resolution time is not a resolution now.
      ticket(3, { status: 'open', createdAt: created, metrics: metrics({ fullResolutionMinutes: { calendar: 5, business: 5 } }) }),
    ];
    expect(kpi(tickets, 'resolution', 'duration')).toMatchObject({ median: 900, n: 2, method: 'helpdesk', clock: 'calendar' });
    expect(kpi(tickets, 'resolution', 'duration', { businessHours: true })).toMatchObject({ median: 360, clock: 'business' });
  });

  it('computes from resolvedAt, or else the last change into a solved status, when the helpdesk gives no figure', () => {
    const byResolved = ticket('SUP-1', { site: 'jira', status: 'Done', createdAt: created, resolvedAt: '2026-11-25T12:30:00Z' });
    const byTransition = ticket(2, {
      status: 'solved',
      createdAt: created,
      transitions: [
        { field: 'status', from: 'open', to: 'solved', at: '2026-11-25T09:00:00Z' },
        { field: 'status', from: 'solved', to: 'open', at: '2026-11-25T10:00:00Z' },
        { field: 'status', from: 'open', to: 'solved', at: '2026-11-25T11:00:00Z' },
      ],
    });
    const v = kpi([byResolved, byTransition], 'resolution', 'duration');
    expect(v).toMatchObject({ n: 2, method: 'computed', clock: 'calendar' });
    expect(v.median).toBe((270 + 180) / 2);
  });

  it('holds P2 (high priority) to business minutes even when the setting is calendar', () => {
    const tickets = [
      ticket(1, { status: 'solved', priority: 'high', createdAt: created, metrics: metrics({ fullResolutionMinutes: { calendar: 900, business: 300 }, solvedAt: '2026-11-25T23:00:00Z' }) }),
      ticket(2, { status: 'solved', priority: 'normal', createdAt: created, metrics: metrics({ fullResolutionMinutes: { calendar: 50, business: 50 }, solvedAt: '2026-11-25T09:00:00Z' }) }),
    ];
    expect(kpi(tickets, 'resolution-p2', 'duration')).toMatchObject({ median: 300, n: 1, clock: 'business' });
  });

  it('a solved ticket with no solve time anywhere has no resolution time, and says so', () => {
    const v = kpi([ticket(1, { status: 'solved', createdAt: created, updatedAt: '2026-11-26T08:00:00Z', comments: [comment(created)] })], 'resolution', 'duration');
    expect(v.median).toBeNull();
    expect(v.reason).toMatch(/resolution time/);
  });
});
