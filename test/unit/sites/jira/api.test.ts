import { describe, expect, it } from 'vitest';
import { TicketSnapshot } from '../../../../lib/schema/ticket';
import { snapshotFromJiraApi } from '../../../../lib/sites/jira/api';
import { base, fixture, real } from './api-files';

const sup101 = () =>
  snapshotFromJiraApi({
    ...base('SUP-101'),
    issue: fixture('issue-SUP-101.json'),
    comments: [fixture('comments-SUP-101-page1.json'), fixture('comments-SUP-101-page2.json')],
    changelog: [fixture('changelog-SUP-101-page1.json'), fixture('changelog-SUP-101-page2.json')],
  });

describe('snapshotFromJiraApi on SUP-101 (v3)', () => {
  const { snapshot: s, errors } = sup101();
  it('reads the issue fields with absolute UTC times', () => {
    expect(errors).toEqual([]);
    expect(TicketSnapshot.parse(s)).toEqual(s);
    expect(s).toMatchObject({
      site: 'jira', ticketId: 'SUP-101', subject: 'Checkout fails with 502 when the cart has more than 50 items',
      status: 'In Progress', priority: 'High', type: 'Bug', tags: ['checkout', 'payments-api'], requestType: null,
      requester: { id: '712020:4c1f0e2a-8d3b-4f6e-9a51-2b7c3d9e1f04', name: 'Lena Fischer', organization: null },
      assignee: { name: 'Marco Rossi' }, createdAt: '2026-11-20T09:15:00.000Z', updatedAt: '2026-11-26T16:40:12.345Z',
      resolvedAt: null, sources: ['api'], sla: [],
    });
  });
  it('never copies contact details', () => {
    expect(JSON.stringify(s)).not.toContain('@acme.example');
  });
  it('turns the ADF description into structured text', () => {
    expect(s.description).toContain('## What happens');
    expect(s.description).toContain('**502 Bad Gateway** from `POST /api/checkout`');
    expect(s.description).toContain('1. Add 51 items to a cart\n2. Open [checkout](https://shop.acme.example/checkout)');
    expect(s.description).toContain('```json\n{\n  "error": "upstream timeout"');
    expect(s.description).toContain('> **Warning:** Affects **all** EU stores');
  });
  it('reads both comment pages in order, with the restricted one internal', () => {
    expect(s.comments.map((c) => [c.id, c.authorRole, c.public])).toEqual([
      ['10201', 'agent', true], ['10202', 'end-user', true], ['10203', 'agent', false], ['10204', 'end-user', true], ['10205', 'agent', true],
    ]);
    expect(s.comments[0]?.createdAt).toBe('2026-11-20T10:02:11.000Z');
    expect(s.commentCount).toBe(5);
  });
  it('turns the changelog into status, priority and assignee transitions, oldest first', () => {
    expect(s.transitions).toEqual([
      { field: 'assignee', from: null, to: 'Marco Rossi', at: '2026-11-20T09:20:00.000Z' },
      { field: 'status', from: 'To Do', to: 'In Progress', at: '2026-11-20T10:00:00.000Z' },
      { field: 'priority', from: 'Medium', to: 'High', at: '2026-11-20T11:31:00.000Z' },
    ]);
  });
  it('leaves commentCount unknown when the last page says more follow', () => {
    const { snapshot } = snapshotFromJiraApi({ ...base('SUP-101'), comments: [fixture('comments-SUP-101-page1.json')] });
    expect(snapshot.comments).toHaveLength(3);
    expect(snapshot.commentCount).toBeNull();
  });
  it('uses the comments embedded in the issue when no pages are given', () => {
    const { snapshot } = snapshotFromJiraApi({ ...base('SUP-101'), issue: fixture('issue-SUP-101.json') });
    expect(snapshot.comments).toHaveLength(5);
    expect(snapshot.commentCount).toBe(5);
  });
});

describe('snapshotFromJiraApi on the v2 variant (wiki markup, expand=changelog)', () => {
  const { snapshot: s, errors } = snapshotFromJiraApi({ ...base('SUP-101'), issue: fixture('issue-SUP-101.v2.json'), comments: [fixture('comments-SUP-101.v2.json')] });
  it('reads the same issue as v3', () => {
    const v3 = sup101().snapshot;
    expect(errors).toEqual([]);
    for (const k of ['subject', 'status', 'priority', 'type', 'tags', 'requester', 'assignee', 'createdAt', 'transitions'] as const) expect(s[k]).toEqual(v3[k]);
    expect(s.comments.map((c) => [c.id, c.public, c.authorRole])).toEqual(v3.comments.map((c) => [c.id, c.public, c.authorRole]));
  });
  it('converts the wiki-markup bodies to the same readable structure', () => {
    expect(s.description).toContain('## What happens');
    expect(s.description).toContain('**502 Bad Gateway** from `POST /api/checkout`');
    expect(s.description).toContain('[checkout](https://shop.acme.example/checkout)');
    expect(s.description).toContain('```json\n{\n  "error": "upstream timeout"');
    expect(s.description).toContain('| Cart size | Result | Time |');
    expect(s.comments[1]?.text).toBe('Customer is **Northwind**; they are losing orders.');
  });
});

describe('snapshotFromJiraApi on HELP-7 (JSM)', () => {
  const { snapshot: s, errors } = snapshotFromJiraApi({
    ...base('HELP-7'),
    issue: fixture('issue-HELP-7.json'),
    comments: [fixture('comments-HELP-7.json')],
    request: fixture('request-HELP-7.json'),
    requestComments: [fixture('request-comments-HELP-7.json')],
    sla: [fixture('sla-HELP-7.json')],
  });
  it('adds the request type; the customer is the end-user, the internal note is not public', () => {
    expect(errors).toEqual([]);
    expect(TicketSnapshot.parse(s)).toEqual(s);
    expect(s).toMatchObject({ requestType: 'Report a system problem', status: 'Waiting for support', requester: { name: 'Noor Haddad' } });
    expect(s.comments.map((c) => [c.id, c.authorRole, c.public])).toEqual([['10401', 'end-user', true], ['10402', 'agent', false], ['10403', 'agent', true]]);
  });
  it('maps one breached and one paused SLA with goals, times and completed cycles', () => {
    expect(s.sla).toEqual([
      { policy: null, metric: 'Time to first response', stage: 'breached', breachAt: '2026-11-26T09:00:00.000Z', goalMinutes: 120, elapsedMinutes: 1740, remainingMinutes: -1620, completedCycles: [] },
      {
        policy: null, metric: 'Time to resolution', stage: 'paused', breachAt: '2026-11-27T18:20:00.000Z', goalMinutes: 480, elapsedMinutes: 40, remainingMinutes: 440,
        completedCycles: [{ breached: false, startedAt: '2026-11-26T07:00:00.000Z', stoppedAt: '2026-11-26T10:20:00.000Z', breachAt: '2026-11-26T15:00:00.000Z' }],
      },
    ]);
  });
  it('reads JSM comments alone when the platform comments are missing', () => {
    const { snapshot } = snapshotFromJiraApi({ ...base('HELP-7'), request: fixture('request-HELP-7.json'), requestComments: [fixture('request-comments-HELP-7.json')] });
    expect(snapshot.comments.map((c) => [c.authorRole, c.public, c.createdAt])).toEqual([
      ['end-user', true, '2026-11-26T07:05:00.000Z'], ['agent', false, '2026-11-26T10:15:00.000Z'], ['agent', true, '2026-11-26T10:20:00.000Z'],
    ]);
    expect(snapshot.commentCount).toBe(3);
  });
});

describe('snapshotFromJiraApi on the real reference payloads', () => {
  it('reads the trimmed jira-cli v3 issue', () => {
    const { snapshot: s, errors } = snapshotFromJiraApi({ ...base('TEST-1'), issue: real('jira/jira-cli__issue_v3_adf.json') });
    expect(errors).toEqual([]);
    expect(s).toMatchObject({ subject: 'Bug summary', description: 'Test description', status: 'To Do', priority: 'Medium', type: 'Bug', tags: [], assignee: null, requester: { id: null, name: 'Person A' }, createdAt: '2020-12-03T13:05:20.974Z' });
  });
  it('reads the OpenAPI getIssue example, its odd `updated: 1` and bare comment array included', () => {
    const { snapshot: s, errors } = snapshotFromJiraApi({ ...base('ED-1'), issue: real('jira/openapi__getIssue_v3.json') });
    expect(errors).toEqual([]);
    expect(s.description).toBe('Main order flow broken');
    expect(s.updatedAt).toBeNull();
    expect(s.comments).toEqual([{ id: '10000', authorRole: 'agent', authorName: 'Mia Krystof', public: false, createdAt: '2021-01-17T12:34:00.000Z', text: expect.stringMatching(/^Lorem ipsum/) }]);
    expect(s.commentCount).toBe(1); // a bare array is the whole list
  });
  it('reads the real comments and changelog pages (no tracked field changed there)', () => {
    const { snapshot: s, errors } = snapshotFromJiraApi({ ...base('ED-1'), comments: [real('jira/openapi__getComments_v3.json')], changelog: [real('jira/openapi__getChangeLogs_v3.json')] });
    expect(errors).toEqual([]);
    expect(s.commentCount).toBe(1);
    expect(s.transitions).toEqual([]);
    expect(s.fieldSources.transitions).toBeUndefined(); // isLast false and nothing read: unknown, not "none"
  });
  it('reads the real JSM request, comments and SLA pages', () => {
    const { snapshot: s, errors } = snapshotFromJiraApi({
      ...base('HELPDESK-1'), request: real('jsm/openapi__getCustomerRequestByIdOrKey.json'),
      requestComments: [real('jsm/openapi__getRequestComments.json')], sla: [real('jsm/openapi__getSlaInformation.json')],
    });
    expect(errors).toEqual([]);
    expect(s).toMatchObject({ status: 'Waiting for Support', requester: { name: 'Fred F. User' }, createdAt: '2015-10-08T07:42:00.000Z' });
    expect(s.comments).toEqual([{ id: '1000', authorRole: 'end-user', authorName: 'Fred F. User', public: true, createdAt: '2015-10-09T03:22:00.000Z', text: 'Hello there' }]);
    expect(s.commentCount).toBeNull();
    expect(s.sla.map((m) => [m.metric, m.stage, m.goalMinutes, m.completedCycles?.map((c) => c.breached)])).toEqual([
      ['Time To First Response', 'active', 240, [false, true]],
      ['Time To Resolution', 'active', 1200, [false, true]],
      ['Time To Retrospective', 'active', 2400, [false, true]],
    ]);
  });
  it('reports a Zendesk ticket or random JSON as the wrong shape, part by part', () => {
    const { snapshot, errors } = snapshotFromJiraApi({ ...base('X-1'), issue: real('zendesk/go-zendesk__ticket.json'), comments: [{ hello: 1 }], sla: [[]] });
    expect(errors.map((e) => e.part)).toEqual(['issue', 'comments', 'sla']);
    expect(errors[0]?.message).toMatch(/^key: missing \(a Jira issue response has a top-level "key"\)/);
    expect(errors[1]?.message).toMatch(/comments: missing/);
    expect(snapshot.sources).toEqual([]);
  });
});
