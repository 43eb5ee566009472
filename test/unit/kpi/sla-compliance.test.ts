import { describe, expect, it } from 'vitest';
import type { SlaMetric } from '@/lib/schema';
import { ticket } from './kpi-factory';
import { kpi } from './values';

const m = (stage: SlaMetric['stage'], extra: Partial<SlaMetric> = {}): SlaMetric => ({ policy: null, metric: 'first_reply_time', stage, breachAt: null, ...extra });
const cycle = (breached: boolean) => ({ breached, startedAt: null, stoppedAt: null, breachAt: null });

describe('SLA compliance', () => {
  it('counts achieved targets as met and breached ones as missed; running ones not at all', () => {
    const tickets = [
      ticket(1, { sla: [m('achieved'), m('active', { breachAt: '2026-11-28T00:00:00Z' })] }),
      ticket(2, { sla: [m('breached'), m('paused'), m('achieved', { metric: 'next_reply_time' })] }),
    ];
    expect(kpi(tickets, 'sla-compliance', 'rate')).toMatchObject({ value: 2 / 3, numerator: 2, denominator: 3 });
  });

  it('counts each completed JSM cycle once, met unless breached', () => {
    const t = ticket('SUP-1', { site: 'jira', sla: [m('achieved', { metric: 'Time to resolution', completedCycles: [cycle(true), cycle(false), cycle(false)] })] });
    expect(kpi([t], 'sla-compliance', 'rate')).toMatchObject({ value: 2 / 3, denominator: 3 });
  });

  it('is null with a reason when no target finished', () => {
    const v = kpi([ticket(1, { sla: [m('active')] })], 'sla-compliance', 'rate');
    expect(v.value).toBeNull();
    expect(v.reason).toMatch(/SLA/);
  });
});
