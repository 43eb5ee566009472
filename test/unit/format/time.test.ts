import { describe, expect, it } from 'vitest';
import { nextBreach, slaMetricLabel } from '@/lib/format/sla';
import { formatDuration, formatRelative } from '@/lib/format/time';

describe('time formatting', () => {
  it('reads durations the way a specialist says them', () => {
    expect(formatDuration(30_000)).toBe('under 1 min');
    expect(formatDuration(42 * 60_000)).toBe('42 min');
    expect(formatDuration(130 * 60_000)).toBe('2 h 10 min');
    expect(formatDuration((26 * 60 + 5) * 60_000)).toBe('1 d 2 h');
  });
  it('says whether a time is ahead or past', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    expect(formatRelative('2026-11-27T14:10:00Z', now)).toBe('in 2 h 10 min');
    expect(formatRelative('2026-11-27T11:40:00Z', now)).toBe('20 min ago');
  });
});

describe('SLA', () => {
  it('puts a breached metric first, then the nearest active breach, never achieved or paused ones', () => {
    const sla = [
      { policy: null, metric: 'first_reply_time', stage: 'achieved' as const, breachAt: '2026-11-27T09:00:00Z' },
      { policy: null, metric: 'next_reply_time', stage: 'active' as const, breachAt: '2026-11-27T15:00:00Z' },
      { policy: null, metric: 'periodic_update_time', stage: 'breached' as const, breachAt: '2026-11-27T11:00:00Z' },
      { policy: null, metric: 'requester_wait_time', stage: 'paused' as const, breachAt: null },
    ];
    expect(nextBreach(sla)?.metric).toBe('periodic_update_time');
    expect(nextBreach(sla.slice(0, 2))?.metric).toBe('next_reply_time');
    expect(nextBreach([sla[0]!, sla[3]!])).toBeNull();
    expect(slaMetricLabel('next_reply_time')).toBe('Next reply time');
  });
});
