import { describe, expect, it } from 'vitest';
import { agent, customer, fired, findingsOf, jira, note, settings, zendesk } from './helpers';

describe('priority-vs-impact', () => {
  it('suggests urgent on Zendesk when a normal ticket reports an outage', () => {
    const t = zendesk({ subject: 'Checkout broken', comments: [customer('Since 9:00 we have payment failures on every order.'), agent('I will update you by 13:00.')] });
    const [f] = findingsOf('priority-vs-impact', t);
    expect(f?.message).toBe('Priority is normal but a comment says "payment failures".');
    expect(f?.fix).toContain('urgent');
    expect(f?.evidence).toMatchObject({ field: 'comments', commentId: t.comments[0]?.id });
  });
  it('suggests Highest on Jira from the description', () => {
    const [f] = findingsOf('priority-vs-impact', jira({ priority: 'Low', description: 'Production is down for all users.' }));
    expect(f?.evidence.field).toBe('description');
    expect(f?.fix).toContain('Highest');
  });
  it('ignores negated words, high priorities, and words not in the list setting', () => {
    expect(fired(zendesk({ description: 'This is not an outage, just one slow page.' }))).toEqual([]);
    expect(fired(zendesk({ priority: 'urgent', description: 'Total outage.' }))).toEqual([]);
    const s = settings({ rules: { 'priority-vs-impact': { params: { words: ['blocked'] } } } });
    expect(fired(zendesk({ description: 'Total outage.' }), { settings: s })).toEqual([]);
    expect(fired(zendesk({ description: 'We are blocked.' }), { settings: s })).toEqual(['priority-vs-impact']);
  });
});

describe('no-internal-note', () => {
  it('flags an escalated ticket (tag) with no internal note', () => {
    const [f] = findingsOf('no-internal-note', zendesk({ tags: ['billing', 'escalated_tier2'] }));
    expect(f?.message).toBe('The ticket is escalated but has no internal note.');
  });
  it('flags a Jira issue in an escalation status, and a solved one', () => {
    expect(fired(jira({ status: 'Escalated to L2' }))).toEqual(['no-internal-note']);
    const done = jira({ status: 'Done', customFields: [{ id: 'resolution', label: 'Resolution', value: 'Done' }], comments: [customer('ok, thanks, fixed')] });
    expect(fired(done)).toEqual(['no-internal-note']);
  });
  it('passes with an internal note, and when the export has no conversation', () => {
    expect(fired(zendesk({ tags: ['escalated'], comments: [note('Tried a resync; engineering owns it now.')] }))).toEqual([]);
    expect(fired(zendesk({ tags: ['escalated'], comments: [], commentCount: null, fieldSources: {} }))).toEqual([]);
  });
  it('uses the escalation tags setting', () => {
    const s = settings({ rules: { 'no-internal-note': { params: { escalationTags: ['tier3'] } } } });
    expect(fired(zendesk({ tags: ['escalated'] }), { settings: s })).toEqual([]);
    expect(fired(zendesk({ tags: ['tier3'] }), { settings: s })).toEqual(['no-internal-note']);
  });
});

describe('missing-resolution', () => {
  const solved = { status: 'solved', comments: [customer('Works, thanks', 100), note('Fixed config', 90)] };
  it('flags a solved Zendesk ticket without a resolution field or tag', () => {
    expect(findingsOf('missing-resolution', zendesk(solved))[0]?.message).toBe('The ticket is solved without a resolution or root cause.');
    expect(fired(zendesk({ ...solved, tags: ['resolution_config_change'] }))).toEqual([]);
  });
  it('reads the configured custom field', () => {
    const s = settings({ rules: { 'missing-resolution': { params: { fields: ['360022'] } } } });
    expect(fired(zendesk({ ...solved, customFields: [{ id: '360022', label: null, value: 'config' }] }), { settings: s })).toEqual([]);
    expect(fired(zendesk({ ...solved, customFields: [{ id: '360022', label: null, value: null }] }), { settings: s })).toEqual(['missing-resolution']);
  });
  it('reads the Jira resolution', () => {
    const done = { status: 'Done', comments: solved.comments };
    expect(fired(jira(done))).toEqual(['missing-resolution']);
    expect(fired(jira({ ...done, customFields: [{ id: 'resolution', label: 'Resolution', value: 'Fixed' }] }))).toEqual([]);
  });
});

describe('no-next-step', () => {
  it('flags a pending ticket whose last reply says nothing about what happens next', () => {
    const t = zendesk({ status: 'pending', comments: [customer('Sync failed'), agent('The sync job has been restarted and finished normally.')] });
    const [f] = findingsOf('no-next-step', t);
    expect(f).toMatchObject({ severity: 'info', evidence: { commentId: t.comments[1]?.id } });
  });
  it('accepts a commitment, a time, or a question to the customer (both sites)', () => {
    for (const text of ['I will check with the team.', 'Expect a fix by Friday.', 'Could you send the HAR file?', 'Next update within 2 hours.']) {
      expect(fired(zendesk({ comments: [agent(text)] }))).toEqual([]);
      expect(fired(jira({ comments: [agent(text)] }))).toEqual([]);
    }
  });
  it('accepts extra phrases from the settings', () => {
    const s = settings({ rules: { 'no-next-step': { params: { extraPhrases: ['monitoring'] } } } });
    expect(fired(jira({ comments: [agent('Deployed; we are monitoring.')] }), { settings: s })).toEqual([]);
    expect(fired(jira({ comments: [agent('Deployed.')] }))).toEqual(['no-next-step']);
  });
});
