import { describe, expect, it } from 'vitest';
import { fired, findingsOf, jira, settings, zendesk, ago } from './helpers';

describe('clean tickets', () => {
  it('trip no rule on either site', () => {
    expect(fired(zendesk())).toEqual([]);
    expect(fired(jira())).toEqual([]);
  });
});

describe('missing-type', () => {
  it('flags a Zendesk ticket without a type', () => {
    const [f] = findingsOf('missing-type', zendesk({ type: null }));
    expect(f).toMatchObject({ severity: 'warning', evidence: { field: 'type' } });
    expect(f?.message).toContain('no type');
  });
  it('accepts a JSM request type or a configured category field instead', () => {
    expect(fired(jira({ type: null, requestType: 'Get IT help' }))).toEqual([]);
    expect(fired(jira({ type: null, requestType: null }))).toEqual(['missing-type']);
    const s = settings({ rules: { 'missing-type': { params: { alsoAccept: ['Category'] } } } });
    const t = zendesk({ type: null, customFields: [{ id: '360011', label: 'Category', value: 'billing' }] });
    expect(fired(t, { settings: s })).toEqual([]);
  });
});

describe('missing-priority', () => {
  it('flags open tickets with no priority on both sites, and Jira "None"', () => {
    expect(fired(zendesk({ priority: null }))).toEqual(['missing-priority']);
    expect(fired(jira({ priority: 'None' }))).toEqual(['missing-priority']);
    expect(fired(jira({ priority: 'Low' }))).toEqual([]);
  });
  it('checks solved and closed tickets too (reports group by priority)', () => {
    expect(fired(zendesk({ priority: null, status: 'closed', tags: ['resolution_fixed'], comments: [] }))).toContain('missing-priority');
  });
});

describe('missing-tags', () => {
  it('flags no tags (Zendesk) and no labels (Jira)', () => {
    expect(findingsOf('missing-tags', zendesk({ tags: [] }))[0]?.message).toContain('no tags');
    expect(findingsOf('missing-tags', jira({ tags: [] }))[0]?.message).toContain('no labels');
  });
  it('reports tags outside the configured taxonomy by name', () => {
    const s = settings({ rules: { 'missing-tags': { params: { taxonomy: ['billing', 'sso'] } } } });
    expect(fired(zendesk({ tags: ['billing'] }), { settings: s })).toEqual([]);
    const [f] = findingsOf('missing-tags', zendesk({ tags: ['billing', 'vip_customer'] }), { settings: s });
    expect(f?.message).toContain('vip_customer');
  });
});

describe('unassigned', () => {
  it('flags an old ticket with neither assignee nor group', () => {
    const [f] = findingsOf('unassigned', zendesk({ assignee: null, group: null, createdAt: ago(180) }));
    expect(f?.message).toMatch(/no assignee or group 3 h/);
  });
  it('lets a new ticket wait for triage; a group queue counts only when the setting says so', () => {
    expect(fired(zendesk({ assignee: null, group: null, createdAt: ago(20) }))).toEqual([]);
    expect(findingsOf('unassigned', zendesk({ assignee: null, createdAt: ago(600) }))[0]?.message).toBe(
      'The ticket has no assignee (group Billing) 10 h after it was created.',
    );
    const queue = settings({ rules: { unassigned: { params: { groupCounts: true } } } });
    expect(fired(zendesk({ assignee: null, createdAt: ago(600) }), { settings: queue })).toEqual([]);
  });
  it('flags an unassigned Jira issue, not a resolved one', () => {
    expect(fired(jira({ assignee: null, createdAt: ago(2000) }))).toEqual(['unassigned']);
    expect(fired(jira({ assignee: null, status: 'Done', customFields: [{ id: 'resolution', label: 'Resolution', value: 'Done' }], comments: [] }))).not.toContain('unassigned');
  });
});
