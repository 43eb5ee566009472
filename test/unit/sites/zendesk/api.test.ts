import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TicketSnapshot } from '../../../../lib/schema/ticket';
import { snapshotFromApi, type ApiInput } from '../../../../lib/sites/zendesk/api';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/zendesk/api');
// The real payloads sit beside the repository, in the shared folder of this workspace.
const REAL = path.resolve(__dirname, '../../../../../shared/realdata/api');

const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
const real = (name: string): unknown => JSON.parse(readFileSync(path.join(REAL, name), 'utf8'));

function build(id: string, parts: Omit<ApiInput, 'host' | 'ticketId' | 'url' | 'capturedAt'>, capturedAt = '2026-11-27T12:00:00Z') {
  const host = 'acme-support.zendesk.com';
  const r = snapshotFromApi({ host, ticketId: id, url: `https://${host}/agent/tickets/${id}`, capturedAt, ...parts });
  TicketSnapshot.parse(r.snapshot);
  return r;
}

const full = (id: string, commentPages = [`comments-${id}.json`]) => ({
  ticket: fixture(`ticket-${id}.json`),
  comments: commentPages.map(fixture),
  metrics: fixture(`metrics-${id}.json`),
});

describe('snapshotFromApi over our fixtures', () => {
  it('reads ticket 4101 with names from the sideloads and no SLA section', () => {
    const { snapshot: s, errors } = build('4101', full('4101'));
    expect(errors).toEqual([]);
    expect(s).toMatchObject({
      subject: 'Cannot log in with SSO after IdP certificate rotation',
      status: 'open',
      priority: 'high',
      type: 'incident',
      tags: ['sso', 'saml', 'login'],
      requester: { id: '381000000111', name: 'Dana Whitfield', organization: 'Northwind Logistics' },
      assignee: { id: '381000000221', name: 'Sam Ortega' },
      group: { id: '360020000201', name: 'Tier 2' },
      createdAt: '2026-11-24T08:12:31Z',
      commentCount: 3,
      sla: [],
      sources: ['api'],
    });
    expect(s.comments.map((c) => [c.authorRole, c.public])).toEqual([
      ['end-user', true],
      ['agent', false],
      ['agent', true],
    ]);
    expect(s.description).toContain('SAML response signature is invalid');
    expect(s.customFields).toEqual([
      { id: '360011000001', label: null, value: 'sso_login' },
      { id: '360011000002', label: null, value: 'enterprise' },
    ]);
    // No slas key: SLAs are unknown, so the field is not marked as read.
    expect(s.fieldSources.sla).toBeUndefined();
    expect(s.fieldSources.subject).toBe('api');
  });

  it('never copies contact details from the sideloaded users', () => {
    for (const id of ['4101', '4102', '4103']) {
      const text = JSON.stringify(build(id, full(id)).snapshot);
      expect(text).not.toContain('@');
      expect(text).not.toContain('phone');
    }
  });

  it('joins the two comment pages of 4102 and counts all seven', () => {
    const { snapshot: s } = build('4102', full('4102', ['comments-4102.json', 'comments-4102-page2.json']));
    expect(s.comments).toHaveLength(7);
    expect(s.commentCount).toBe(7);
    expect(s.comments[6]).toMatchObject({ id: '41020007', authorRole: 'end-user', authorName: 'Priya Raman' });
    expect(s.comments[6]?.text).toContain('req_b2290f13');
    expect(s.metrics).toEqual({
      firstReplyMinutes: { calendar: 42, business: 42 },
      fullResolutionMinutes: null,
      reopens: 1,
      replies: 3,
      solvedAt: null,
    });
  });

  it('leaves commentCount unknown when the last page read says more follow', () => {
    const { snapshot: s } = build('4102', full('4102'));
    expect(s.comments).toHaveLength(4);
    expect(s.commentCount).toBeNull();
    expect(s.fieldSources.comments).toBe('api');
  });

  it('maps SLA stages, and an active metric past its breach time to breached', () => {
    const before = build('4102', full('4102'), '2026-11-27T12:00:00Z').snapshot.sla;
    expect(before).toEqual([
      { policy: null, metric: 'first_reply_time', stage: 'achieved', breachAt: null },
      { policy: null, metric: 'next_reply_time', stage: 'active', breachAt: '2026-11-27T15:00:00Z' },
    ]);
    const after = build('4102', full('4102'), '2026-11-27T15:30:00Z').snapshot.sla;
    expect(after[1]?.stage).toBe('breached');
  });

  it('reads 4103: no assignee, the Billing group, text from body when plain_body is empty', () => {
    const { snapshot: s } = build('4103', full('4103'));
    expect(s).toMatchObject({ status: 'open', priority: 'normal', type: 'question', assignee: null });
    expect(s.group).toEqual({ id: '360020000203', name: 'Billing' });
    expect(s.requester).toMatchObject({ name: 'Jonas Berg', organization: 'Fjord Analytics' });
    expect(s.tags).toEqual(['billing', 'export']);
    expect(s.comments[0]?.text).toContain('INV-2026-1187');
    expect(s.metrics).toMatchObject({ firstReplyMinutes: null, replies: 0, reopens: 0 });
  });
});

describe('snapshotFromApi over the real Zendesk payloads', () => {
  it('keeps the real nulls: priority and type null, no tags, ids without sideloads', () => {
    const { snapshot: s, errors } = build('2', { ticket: real('zendesk/go-zendesk__ticket.json') });
    expect(errors).toEqual([]);
    expect(s).toMatchObject({ status: 'solved', priority: null, type: null, tags: [], customFields: [] });
    expect(s.requester).toEqual({ id: '377922500012', name: null, organization: null });
    expect(s.group).toEqual({ id: '360004077472', name: null });
  });

  it('reads the real comments page: text from body, more pages pending', () => {
    const { snapshot: s } = build('2', {
      ticket: real('zendesk/go-zendesk__ticket.json'),
      comments: [real('zendesk/go-zendesk__ticket_comments.json')],
    });
    expect(s.comments.map((c) => c.text)).toEqual([
      'Mail to create fixture ticket for testing',
      'Mail to create fixture ticket for testing',
    ]);
    // The author is the ticket's requester, known as a customer even without the users sideload.
    expect(s.comments[0]?.authorRole).toBe('end-user');
    expect(s.commentCount).toBeNull();
  });

  it.each([
    ['a Jira issue', 'jira/openapi__getIssue_v3.json', 'ticket: missing'],
    ['a search result', 'zendesk/go-zendesk__search_ticket.json', 'ticket: missing'],
    ['a user', 'zendesk/go-zendesk__user.json', 'ticket: missing'],
  ])('rejects %s as a ticket with a message naming the path', (_what, file, message) => {
    const { snapshot: s, errors } = build('1', { ticket: real(file) });
    expect(errors).toEqual([{ part: 'ticket', message: expect.stringContaining(message) }]);
    expect(s.subject).toBeNull();
    expect(s.sources).toEqual([]);
  });
});

describe('snapshotFromApi edge cases', () => {
  const page = (comments: object[], extra: object = {}) => ({ comments, ...extra });
  const comment = (id: number, author_id: number, extra: object = {}) => ({
    id, type: 'Comment', body: `c${id}`, html_body: '', plain_body: '', public: true, author_id,
    attachments: [], created_at: '2026-11-20T10:00:00Z', ...extra,
  });

  it('tells system, agent and end-user authors apart', () => {
    const users = [{ id: 7, name: 'Ada Admin', role: 'admin' }, { id: 8, name: 'Eve', role: 'end-user' }];
    const { snapshot: s } = build('1', {
      comments: [page([comment(1, -1), comment(2, 7, { via: { channel: 'rule' } }), comment(3, 7), comment(4, 8), comment(5, 99)], { users })],
    });
    expect(s.comments.map((c) => c.authorRole)).toEqual(['system', 'system', 'agent', 'end-user', 'agent']);
    expect(s.comments[2]?.authorName).toBe('Ada Admin');
  });

  it('keeps good pages when one page is malformed, and reports it by page', () => {
    const { snapshot: s, errors } = build('1', { comments: [page([comment(1, 5)]), { nope: true }] });
    expect(s.comments).toHaveLength(1);
    expect(s.commentCount).toBeNull();
    expect(errors).toEqual([{ part: 'comments', message: expect.stringMatching(/^page 2: comments: missing/) }]);
  });

  it('treats an offset-style next_page as more to come', () => {
    const next = { next_page: 'https://acme-support.zendesk.com/api/v2/tickets/1/comments.json?page=2' };
    expect(build('1', { comments: [page([comment(1, 5)], next)] }).snapshot.commentCount).toBeNull();
    expect(build('1', { comments: [page([comment(1, 5)], { next_page: null })] }).snapshot.commentCount).toBe(1);
  });

  it('survives odd values: bad dates become null, rich custom values become JSON text', () => {
    const ticket = { ticket: { id: 1, status: 'new', created_at: 'yesterday', custom_fields: [{ id: 3, value: { a: 1 } }] } };
    const { snapshot: s } = build('1', { ticket, metrics: { ticket_metric: 'x' } });
    expect(s.createdAt).toBeNull();
    expect(s.customFields).toEqual([{ id: '3', label: null, value: '{"a":1}' }]);
    expect(s.metrics).toBeNull();
  });
});
