import { describe, expect, it } from 'vitest';
import { customerTier, recommendSeverity } from '@/lib/escalation';
import type { SlaMetric } from '@/lib/schema/ticket';

const NOW = '2026-11-24T17:00:00Z';
const rec = (text: string, priority: string | null, sla: SlaMetric[] = [], tier: string | null = null) =>
  recommendSeverity({ text, priority, sla, tier, now: NOW });
const breached: SlaMetric = { policy: null, metric: 'next_reply_time', stage: 'breached', breachAt: '2026-11-24T16:00:00Z' };

describe('severity recommendation', () => {
  it('reads outage words as SEV1 and says which words', () => {
    const r = rec('The whole site is down for everyone since 9am', 'normal');
    expect(r.recommended).toBe('SEV1');
    expect(r.reasons[0]).toBe('impact words "site is down" suggest SEV1');
  });

  it('maps priority when the text says little', () => {
    expect(rec('Please check', 'low')).toEqual({ recommended: 'SEV4', reasons: ['priority "low" maps to SEV4'] });
    expect(rec('Please check', 'Urgent').recommended).toBe('SEV2');
    expect(rec('Please check', null)).toEqual({ recommended: 'SEV3', reasons: ['no impact words or known priority: default SEV3'] });
  });

  it('takes the more severe of impact words and priority', () => {
    const r = rec('Customers cannot check out', 'low');
    expect(r.recommended).toBe('SEV2');
    expect(r.reasons).toEqual(['impact words "cannot" suggest SEV2', 'priority "low" maps to SEV4']);
  });

  it('raises one level for a breached SLA and one for a high customer tier, naming both', () => {
    const r = rec('Reports are slow', 'normal', [breached], 'enterprise');
    expect(r.recommended).toBe('SEV2');
    expect(r.reasons).toContain('SLA breached (next_reply_time): one level up');
    expect(r.reasons).toContain('customer tier "enterprise": one level up');
  });

  it('never raises to SEV1 without outage-level impact', () => {
    const r = rec('Exports are blocked', 'high', [breached], 'vip');
    expect(r.recommended).toBe('SEV2');
    expect(r.reasons.at(-1)).toBe('SEV1 is kept for outage-level impact: capped at SEV2');
  });

  it('mentions an SLA about to breach without raising', () => {
    const soon: SlaMetric = { policy: null, metric: 'first_reply_time', stage: 'active', breachAt: '2026-11-24T17:30:00Z' };
    const r = rec('Question about invoices', 'normal', [soon]);
    expect(r.recommended).toBe('SEV3');
    expect(r.reasons).toContain('SLA first_reply_time breaches within the hour');
  });

  it('finds the customer tier in tags', () => {
    expect(customerTier(['billing', 'Tier_1'])).toEqual({ tier: 'tier1', tag: 'Tier_1' });
    expect(customerTier(['vip'])?.tier).toBe('vip');
    expect(customerTier(['tier3'])?.tier).toBe('tier3');
    expect(customerTier(['billing'])).toBeNull();
    // tier3 is a tier but does not raise severity.
    expect(rec('Reports are slow', 'normal', [], 'tier3').recommended).toBe('SEV3');
  });
});
