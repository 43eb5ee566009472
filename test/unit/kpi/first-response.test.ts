import { describe, expect, it } from 'vitest';
import { computeKpis } from '@/lib/kpi/compute';
import type { DurationValue, MetricId } from '@/lib/schema/kpi';
import type { TicketSnapshot } from '@/lib/schema';
import { comment, metrics, NOW, ticket } from './kpi-factory';

function value(tickets: TicketSnapshot[], id: MetricId, businessHours = false): DurationValue {
  const r = computeKpis(tickets, { window: '30d', now: NOW, businessHours, utcOffsetMinutes: 0 });
  const v = r.metrics.find((m) => m.id === id)?.value;
  if (v?.kind !== 'duration') throw new Error('not a duration');
  return v;
}

const created = '2026-11-26T08:00:00Z';

describe('time to first response', () => {
  it("uses Zendesk's calendar minutes, or business minutes when the setting says business hours", () => {
    const tickets = [
      ticket(1, { createdAt: created, metrics: metrics({ firstReplyMinutes: { calendar: 100, business: 40 } }) }),
      ticket(2, { createdAt: created, metrics: metrics({ firstReplyMinutes: { calendar: 20, business: 10 } }) }),
      ticket(3, { createdAt: created, metrics: metrics({ firstReplyMinutes: { calendar: 60, business: 30 } }) }),
    ];
    expect(value(tickets, 'first-response')).toMatchObject({ median: 60, n: 3, method: 'helpdesk', clock: 'calendar' });
    expect(value(tickets, 'first-response', true)).toMatchObject({ median: 30, method: 'helpdesk', clock: 'business' });
  });

  it('computes from the first public agent comment after creation when the helpdesk gives no figure', () => {
    const t = ticket(1, {
      createdAt: created,
      fieldSources: { comments: 'api' },
      comments: [
        comment(created, { authorRole: 'end-user' }), // the description
        comment('2026-11-26T08:10:00Z', { public: false }), // internal note: not a response
        comment('2026-11-26T08:20:00Z', { authorRole: 'end-user' }),
        comment('2026-11-26T08:45:00Z'),
        comment('2026-11-26T09:30:00Z'),
      ],
    });
    expect(value([t], 'first-response')).toMatchObject({ median: 45, method: 'computed', clock: 'calendar', methods: { helpdesk: 0, computed: 1 } });
  });

  it("does not count an agent's own ticket description as a reply", () => {
    const t = ticket(1, {
      createdAt: created,
      fieldSources: { comments: 'api' },
      comments: [comment(created), comment('2026-11-26T10:00:00Z')],
    });
    expect(value([t], 'first-response').median).toBe(120);
  });

  it('is not computed from a partial conversation (the page loaded only the latest comments)', () => {
    const t = ticket(1, { createdAt: created, commentCount: 9, fieldSources: { comments: 'dom' }, comments: [comment('2026-11-26T10:00:00Z')] });
    const v = value([t], 'first-response');
    expect(v.median).toBeNull();
    expect(v.reason).toMatch(/first reply/);
  });

  it("uses a finished JSM first-response SLA: its cycles' wall time, or its own elapsed time in business mode", () => {
    const t = ticket('SUP-1', {
      site: 'jira',
      createdAt: created,
      sla: [{
        policy: null, metric: 'Time to first response', stage: 'achieved', breachAt: null, elapsedMinutes: 25,
        completedCycles: [{ breached: false, startedAt: created, stoppedAt: '2026-11-26T09:00:00Z', breachAt: null }],
      }],
      comments: [comment('2026-11-26T08:05:00Z')],
      fieldSources: { comments: 'api' },
    });
    expect(value([t], 'first-response')).toMatchObject({ median: 60, method: 'helpdesk', clock: 'calendar' });
    expect(value([t], 'first-response', true)).toMatchObject({ median: 25, method: 'helpdesk', clock: 'business' });
  });

  it('says how many values came from the helpdesk and how many were computed, and gives the p90', () => {
    const api = [10, 20, 30, 40].map((m, i) => ticket(i, { createdAt: created, metrics: metrics({ firstReplyMinutes: { calendar: m, business: m } }) }));
    const computed = ticket(9, { createdAt: created, fieldSources: { comments: 'api' }, comments: [comment(created, { authorRole: 'end-user' }), comment('2026-11-26T09:40:00Z')] });
    const v = value([...api, computed], 'first-response');
    expect(v).toMatchObject({ median: 30, n: 5, method: 'mixed', methods: { helpdesk: 4, computed: 1 } });
    // Linear interpolation: sorted 10,20,30,40,100 -> position 3.6 -> 40 + 0.6 * 60.
    expect(v.p90).toBeCloseTo(76);
  });

  it('is null with a reason, never 0, when no ticket has a reply', () => {
    const v = value([ticket(1, { createdAt: created })], 'first-response');
    expect(v).toMatchObject({ median: null, p90: null, n: 0, method: null });
    expect(v.reason).toBeTruthy();
  });
});
