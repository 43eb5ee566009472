import { describe, expect, it } from 'vitest';
import { agent, ago, customer, fired, findingsOf, jira, note, settings, zendesk } from './helpers';

const sla = (stage: 'active' | 'paused' | 'achieved' | 'breached', breachAt: string | null, metric = 'first_reply_time') => ({
  policy: null,
  metric,
  stage,
  breachAt,
});

describe('sla-at-risk', () => {
  it('warns before a Zendesk target breaches and names the time left', () => {
    const [f] = findingsOf('sla-at-risk', zendesk({ sla: [sla('active', ago(-12))] }));
    expect(f).toMatchObject({ severity: 'error', evidence: { field: 'sla' } });
    expect(f?.message).toBe('The first reply time target breaches in 12 min.');
  });
  it('reports a breached target and ignores safe, paused and achieved ones', () => {
    expect(findingsOf('sla-at-risk', zendesk({ sla: [sla('breached', ago(90))] }))[0]?.message).toContain('breached 1 h 30 min ago');
    expect(fired(zendesk({ sla: [sla('active', ago(-240)), sla('paused', ago(-5)), sla('achieved', ago(500))] }))).toEqual([]);
  });
  it('uses the window setting and reads JSM SLAs by remaining time', () => {
    const s = settings({ rules: { 'sla-at-risk': { params: { withinMinutes: 300 } } } });
    expect(fired(zendesk({ sla: [sla('active', ago(-240))] }), { settings: s })).toEqual(['sla-at-risk']);
    const t = jira({ sla: [{ ...sla('active', null, 'Time to first response'), remainingMinutes: 8 }] });
    expect(findingsOf('sla-at-risk', t)[0]?.message).toBe('The time to first response target breaches in 8 min.');
  });
  it('does not report SLAs of solved tickets', () => {
    const t = zendesk({ status: 'solved', tags: ['resolution_fixed'], sla: [sla('active', ago(10))], comments: [customer('ok thanks, fixed', 40), note('done', 35)] });
    expect(fired(t)).not.toContain('sla-at-risk');
  });
});

describe('stale-update', () => {
  it('flags an urgent Zendesk ticket whose last public update is over an hour old', () => {
    const t = zendesk({ priority: 'urgent', comments: [customer('App crashes', 300), agent('We will update you soon.', 150), note('still checking', 10)] });
    const [f] = findingsOf('stale-update', t);
    expect(f?.message).toBe('The last public update was 2 h 30 min ago, on a urgent ticket.');
    expect(f?.evidence.commentId).toBe(t.comments[1]?.id);
  });
  it('flags a Highest Jira issue never answered in public', () => {
    expect(fired(jira({ priority: 'Highest', createdAt: ago(200), comments: [customer('Orders stuck', 200)] }))).toEqual(['stale-update']);
  });
  it('passes recent updates, normal priorities and pending tickets', () => {
    expect(fired(zendesk({ priority: 'high', comments: [agent('I will update you by 13:00.', 20)] }))).toEqual([]);
    expect(fired(zendesk({ priority: 'normal', comments: [agent('I will update you by 13:00.', 500)] }))).toEqual([]);
    expect(fired(jira({ priority: 'High', status: 'Waiting for customer', comments: [agent('Could you send the logs?', 500)] }))).toEqual([]);
  });
  it('falls back to the last update when the export has no conversation', () => {
    const t = zendesk({ priority: 'urgent', comments: [], commentCount: null, fieldSources: {}, updatedAt: ago(120) });
    expect(findingsOf('stale-update', t)[0]?.message).toContain('last updated 2 h ago');
  });
});

describe('premature-closure', () => {
  const solved = { status: 'solved', tags: ['resolution_fixed'] };
  it('flags a ticket solved minutes after the agent reply with no word from the requester', () => {
    const t = zendesk({ ...solved, updatedAt: ago(55), comments: [customer('Sync stopped', 300), note('known issue', 70), agent('Please re-authorise the calendar.', 60)] });
    const [f] = findingsOf('premature-closure', t);
    expect(f?.message).toBe('Solved 5 min after the last agent reply, with no confirmation from the requester.');
  });
  it('passes when the requester confirmed, or when the ticket waited for an answer', () => {
    const confirmed = zendesk({ ...solved, updatedAt: ago(55), comments: [customer('Sync stopped', 300), note('known', 250), agent('Try again?', 200), customer('Works now, thanks!', 100), agent('Great, closing.', 60)] });
    expect(fired(confirmed)).toEqual([]);
    const waited = zendesk({ ...solved, resolvedAt: ago(10), comments: [customer('Sync stopped', 5000), note('known', 4900), agent('Does it work now?', 4800)] });
    expect(fired(waited)).toEqual([]);
  });
  it('does not take "thanks, but still broken" as a confirmation (Jira)', () => {
    const t = jira({ status: 'Resolved', customFields: [{ id: 'resolution', label: 'Resolution', value: 'Done' }], resolvedAt: ago(25), comments: [customer('Thanks, but it is still broken', 100), note('retried', 40), agent('Cleared the cache for you.', 30)] });
    expect(fired(t)).toEqual(['premature-closure']);
  });
});
