import { describe, expect, it } from 'vitest';
import { comment, metrics, ticket } from './kpi-factory';
import { kpi } from './values';

const created = '2026-11-25T08:00:00Z';
const solved = (id: number, fields: Parameters<typeof ticket>[1] = {}) =>
  ticket(id, { status: 'solved', createdAt: created, resolvedAt: '2026-11-25T12:00:00Z', ...fields });

describe('first-contact resolution', () => {
  it('is solved with exactly one public agent reply, never reopened, never escalated', () => {
    const tickets = [
      solved(1, { metrics: metrics({ replies: 1, reopens: 0 }) }), // yes
      solved(2, { metrics: metrics({ replies: 2, reopens: 0 }) }), // two replies
      solved(3, { metrics: metrics({ replies: 1, reopens: 1 }) }), // reopened
      solved(4, { metrics: metrics({ replies: 1, reopens: 0 }), tags: ['Escalated-L2'] }), // escalated by tag
      solved(5, { metrics: metrics({ replies: 1, reopens: 0 }) }), // escalated by link (below)
      solved(6, { metrics: metrics({ replies: 0, reopens: 0 }) }), // solved without a reply
      ticket(7, { status: 'open', metrics: metrics({ replies: 1, reopens: 0 }) }), // not solved
    ];
    const links = [{ ticketKey: 'zendesk:acme.zendesk.com:5', kind: 'escalation' as const }];
    expect(kpi({ tickets, links }, 'fcr', 'rate')).toMatchObject({ numerator: 1, denominator: 6, excluded: 0 });
  });

  it('counts replies from a complete conversation and reopens from transitions when there are no metrics', () => {
    const conversation = [comment(created, { authorRole: 'end-user' }), comment('2026-11-25T09:00:00Z', { public: false }), comment('2026-11-25T10:00:00Z')];
    const yes = solved(1, { fieldSources: { comments: 'api', transitions: 'api' }, comments: conversation });
    const reopened = solved(2, {
      fieldSources: { comments: 'api' },
      comments: conversation,
      transitions: [{ field: 'status', from: 'solved', to: 'open', at: '2026-11-25T11:00:00Z' }],
    });
    expect(kpi([yes, reopened], 'fcr', 'rate')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
  });

  it('leaves out solved tickets it cannot judge, but judges one a known fact disqualifies', () => {
    const unknown = solved(1); // no metrics, no comments, no transitions
    const twoReplies = solved(2, { metrics: metrics({ replies: 2 }) }); // reopens unknown, still not FCR
    const v = kpi([unknown, twoReplies], 'fcr', 'rate');
    expect(v).toMatchObject({ value: 0, numerator: 0, denominator: 1, excluded: 1 });
    const none = kpi([unknown], 'fcr', 'rate');
    expect(none.value).toBeNull();
    expect(none.reason).toMatch(/1 lacked/);
  });
});

describe('reopen rate', () => {
  it("reads Zendesk's reopens count and status transitions alike", () => {
    const tickets = [
      solved(1, { metrics: metrics({ reopens: 2 }) }),
      solved(2, { metrics: metrics({ reopens: 0 }) }),
      solved(3, { fieldSources: { transitions: 'api' }, transitions: [{ field: 'status', from: 'Resolved', to: 'Reopened', at: '2026-11-25T10:00:00Z' }] }),
      // Solved -> closed is not a reopen.
      solved(4, { fieldSources: { transitions: 'api' }, transitions: [{ field: 'status', from: 'solved', to: 'closed', at: '2026-11-25T10:00:00Z' }] }),
    ];
    expect(kpi(tickets, 'reopen-rate', 'rate')).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
  });

  it("uses the history Deskside recorded when the ticket's own transitions are missing", () => {
    const history = [
      { key: 'zendesk:acme.zendesk.com:1', at: '2026-11-24T10:00:00Z', changes: [{ field: 'status' as const, from: 'solved', to: 'open' }] },
      { key: 'zendesk:acme.zendesk.com:2', at: '2026-11-24T10:00:00Z', changes: [{ field: 'status' as const, from: null, to: 'open' }] },
      { key: 'zendesk:acme.zendesk.com:2', at: '2026-11-24T12:00:00Z', changes: [{ field: 'status' as const, from: 'open', to: 'solved' }] },
      // Seen once, already solved: whether it was reopened before is unknown.
      { key: 'zendesk:acme.zendesk.com:3', at: '2026-11-24T10:00:00Z', changes: [{ field: 'status' as const, from: null, to: 'solved' }] },
    ];
    const v = kpi({ tickets: [solved(1), solved(2), solved(3)], history }, 'reopen-rate', 'rate');
    expect(v).toMatchObject({ numerator: 1, denominator: 2, excluded: 1 });
  });
});

describe('escalation rate', () => {
  it('counts touched tickets with an escalat* tag or a linked escalation', () => {
    const tickets = [ticket(1, { tags: ['escalation_l2'] }), ticket(2), ticket(3), ticket(4, { tags: ['not-escalated'] })];
    const links = [{ ticketKey: 'zendesk:acme.zendesk.com:2', kind: 'escalation' as const }];
    expect(kpi({ tickets, links }, 'escalation-rate', 'rate')).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
  });
});
