import { describe, expect, it } from 'vitest';
import { buildPackage, completeness } from '@/lib/escalation';
import { parseEvidence } from '@/lib/evidence';
import type { EscalationPackage } from '@/lib/schema/escalation';
import { snapshot } from '../snapshot-factory';

const full: EscalationPackage = buildPackage(
  snapshot({
    subject: 'Checkout fails',
    description: 'Expected: the order is placed.\nActual: error 500 on submit.\n\nSteps to reproduce:\n1. Add an item\n2. Click Pay\n\nAll customers are affected, we are losing revenue. Chrome 131 on macOS 14.',
    comments: [{ id: 'c1', authorRole: 'end-user', authorName: 'Ana', public: true, createdAt: '2026-11-20T09:00:00Z', text: 'Still failing.' }],
    createdAt: '2026-11-20T08:00:00Z',
  }),
  [parseEvidence('2026-11-20T08:59:00Z ERROR POST /pay 500', { capturedAt: '2026-11-20T10:00:00Z' })],
);

describe('completeness', () => {
  it('scores 5 when every element is there', () => {
    expect(completeness(full)).toMatchObject({ score: 5, missing: [] });
  });

  it('names each missing element and lowers the score with each', () => {
    const noEvidence = { ...full, evidence: [] };
    expect(completeness(noEvidence)).toMatchObject({ score: 4, missing: ['evidence'] });
    const thin = { ...full, evidence: [], steps: [], expected: ' ', environment: { browsers: [], os: [], appVersions: [], userAgents: [] } };
    expect(completeness(thin)).toMatchObject({ score: 3, missing: ['expected behaviour', 'steps to reproduce', 'environment', 'evidence'] });
  });

  it('scores 1 for a package with nearly nothing', () => {
    const empty = buildPackage(snapshot({ subject: null }), []);
    const c = completeness({ ...empty, summary: '' });
    expect(c.score).toBe(1);
    expect(c.missing).toEqual(['summary', 'expected behaviour', 'actual behaviour', 'steps to reproduce', 'impact', 'environment', 'evidence', 'timeline']);
    expect(c.present).toEqual(['severity']);
  });

  it('counts KB articles and similar tickets only where those features supplied them', () => {
    expect(completeness({ ...full, kbArticles: [] }).missing).toEqual(['linked KB articles']);
    expect(completeness({ ...full, kbArticles: [{ title: 'Payments FAQ', url: null }], similarTickets: [] }).missing).toEqual(['similar tickets']);
  });
});
