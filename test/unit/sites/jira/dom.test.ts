// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TicketSnapshot } from '../../../../lib/schema/ticket';
import { page, read, selectCard, URLS } from './pages';

describe('readJiraDom on the issue view (/browse/SUP-101)', () => {
  const s = read(page('issue-view.html'), 'SUP-101', URLS.issue);

  it('reads what the agent sees, as a valid snapshot from the page', () => {
    expect(TicketSnapshot.parse(s)).toEqual(s);
    expect(s).toMatchObject({
      site: 'jira', ticketId: 'SUP-101', sources: ['dom'], notices: [],
      subject: 'Checkout fails with 502 when the cart has more than 50 items',
      status: 'In Progress', priority: 'High', type: 'Bug', tags: ['checkout', 'payments-api'],
      requester: { id: null, name: 'Lena Fischer', organization: null },
      assignee: { id: null, name: 'Marco Rossi', organization: null },
    });
  });

  it('reads names once, never the doubled screen-reader text', () => {
    const names = [s.requester?.name, s.assignee?.name, ...s.comments.map((c) => c.authorName)];
    for (const n of names) expect(n).toMatch(/^(Lena Fischer|Marco Rossi)$/);
  });

  it('keeps the description structure: paragraphs, numbered steps, tables, code', () => {
    expect(s.description).toContain('Customers with large carts get a 502 Bad Gateway from POST /api/checkout');
    expect(s.description).toContain('1. Add 51 items to a cart\n2. Open checkout\n3. Pay with a saved card');
    expect(s.description).toContain('| 51 | 502 | 30.0 s |');
    expect(s.description).toContain('"trace_id": "9f2c1a7e5b"');
    expect(s.description).toContain('Reported by @Lena Fischer');
  });

  it('lists comments oldest first with their ids; the restricted one is internal', () => {
    expect(s.comments.map((c) => c.id)).toEqual(['10201', '10202', '10203', '10204', '10205']);
    expect(s.comments.map((c) => c.public)).toEqual([true, true, false, true, true]);
    expect(s.comments[3]?.text).toBe('Any ETA? @Marco Rossi');
    expect(s.commentCount).toBe(5);
  });

  it('keeps relative times as display text only, never as a made-up timestamp', () => {
    expect(s.comments.every((c) => c.createdAt === null)).toBe(true);
    expect(s.createdAt).toBeNull();
    expect(s.updatedAt).toBeNull();
    expect(s.customFields).toEqual([
      { id: 'created', label: 'Created', value: 'November 20, 2026 at 10:15 AM' },
      { id: 'updated', label: 'Updated', value: '19 hours ago' },
    ]);
  });

  it('takes an absolute time when the page gives one', () => {
    const doc = page('issue-view.html');
    doc.querySelector('[data-testid="created-date.ui.read.meta-date"] span')!.innerHTML = '<time datetime="2026-11-20T09:15:00.000+0000">Nov 20</time>';
    expect(read(doc, 'SUP-101', URLS.issue).createdAt).toBe('2026-11-20T09:15:00.000Z');
  });

  it('says older comments are not loaded instead of guessing a count', () => {
    const doc = page('issue-view.html');
    const more = doc.createElement('button');
    more.setAttribute('data-testid', 'issue.activity.common.component.load-more-button.loading-button');
    doc.querySelector('[data-testid="issue.activity.comments-list"]')!.after(more);
    expect(read(doc, 'SUP-101', URLS.issue).commentCount).toBeNull();
  });

  it('reads an unassigned issue as no assignee, not "Unassigned"', () => {
    const s102 = read(page('board.html'), 'SUP-102', URLS.board('SUP-102'));
    expect(s102.assignee).toBeNull();
    expect(s102.fieldSources.assignee).toBe('dom');
  });

  it('reads the issue type from an older "Change issue type" label and priority from the icon alt', () => {
    const doc = page('issue-view.html');
    doc.querySelector('[data-testid="issue.views.issue-base.foundation.change-issue-type.button"]')!.setAttribute('aria-label', 'Story - Change issue type');
    doc.querySelector('[data-testid="issue-field-priority-readview-full.ui.priority.wrapper"] span')!.remove();
    const r = read(doc, 'SUP-101', URLS.issue);
    expect(r.type).toBe('Story');
    expect(r.priority).toBe('High');
  });

  it('names each part it could not read and never throws', () => {
    const doc = page('issue-view.html');
    for (const t of ['issue.views.issue-base.foundation.status.status-field-wrapper', 'issue.views.field.user.assignee', 'issue.activity.comments-list']) {
      doc.querySelector(`[data-testid="${t}"]`)!.remove();
    }
    doc.querySelector('[data-testid="issue.issue-view-layout.issue-view-assignee-field.assignee"]')!.remove();
    const r = read(doc, 'SUP-101', URLS.issue);
    expect(r.notices.map((n) => n.part).sort()).toEqual(['assignee', 'comments', 'status']);
    expect(r.notices[0]).toMatchObject({ source: 'dom', message: expect.stringMatching(/^Couldn't read the \w+ on this page$/) });
    expect(r.subject).toBe('Checkout fails with 502 when the cart has more than 50 items');
  });

  it('reports a page without the issue instead of reading another one', () => {
    const r = read(page('issue-view.html'), 'SUP-999', 'https://acme.atlassian.net/browse/SUP-999');
    expect(r.notices).toEqual([{ source: 'dom', part: 'page', message: "Couldn't find issue SUP-999 on this page" }]);
    expect(r.subject).toBeNull();
    expect(r.sources).toEqual([]);
  });

  it('falls back to a lone summary heading when the breadcrumb hooks are gone', () => {
    const doc = page('issue-view.html');
    doc.querySelector('[data-testid$="breadcrumb-current-issue-container"]')!.remove();
    expect(read(doc, 'SUP-101', URLS.issue).subject).toMatch(/^Checkout fails/);
  });
});

describe('readJiraDom on a board with the side panel', () => {
  it('reads the selected issue from the panel, not the cards behind it', () => {
    const s = read(page('board.html'), 'SUP-102', URLS.board('SUP-102'));
    expect(s).toMatchObject({ subject: 'Password reset emails arrive 30 minutes late', status: 'To Do', priority: 'Medium', type: 'Task', tags: ['email'], notices: [] });
    expect(s.comments.map((c) => c.id)).toEqual(['10301', '10302']);
  });

  it('follows a card click: the panel now shows SUP-101', () => {
    const doc = page('board.html');
    selectCard(doc, 'SUP-101');
    const s = read(doc, 'SUP-101', URLS.board('SUP-101'));
    expect(s).toMatchObject({ subject: 'Checkout fails with 502 when the cart has more than 50 items', status: 'In Progress', tags: ['checkout', 'payments-api'] });
    expect(s.comments).toHaveLength(5);
  });

  it('does not pass the previous issue off as the new one while the panel is still loading', () => {
    // The URL already says SUP-101; the panel still shows SUP-102.
    const s = read(page('board.html'), 'SUP-101', URLS.board('SUP-101'));
    expect(s.subject).toBeNull();
    expect(s.notices).toEqual([{ source: 'dom', part: 'page', message: "Couldn't find issue SUP-101 on this page" }]);
  });
});

describe('readJiraDom on a JSM queue (HELP-7)', () => {
  const s = read(page('queue.html'), 'HELP-7', URLS.queue);
  it('reads the request as the agent sees it; the customer is the end-user', () => {
    expect(s).toMatchObject({ subject: 'VPN drops every 10 minutes on macOS 15', status: 'Waiting for support', priority: 'High', type: '[System] Incident', requester: { name: 'Noor Haddad' }, assignee: { name: 'Priya Natarajan' }, notices: [] });
    expect(s.comments.map((c) => [c.id, c.authorRole, c.public])).toEqual([
      ['10401', 'end-user', true],
      ['10402', 'agent', false],
      ['10403', 'agent', true],
    ]);
  });
  it('leaves request type and SLAs to the API (no selectors exist for them)', () => {
    expect(s.requestType).toBeNull();
    expect(s.sla).toEqual([]);
  });
});

describe('readJiraDom on the JSM portal (HELP-7)', () => {
  const s = read(page('portal.html'), 'HELP-7', URLS.portal);
  it('reads the read-only request view with public comments only', () => {
    expect(TicketSnapshot.parse(s)).toEqual(s);
    expect(s).toMatchObject({
      subject: 'VPN drops every 10 minutes on macOS 15', status: 'Waiting for support', requestType: 'Report a system problem',
      requester: { name: 'Noor Haddad' }, description: 'Since the update my VPN disconnects every 10 minutes.\n\nClient version 5.2.1.',
      commentCount: null, notices: [],
    });
    expect(s.comments.map((c) => [c.id, c.authorRole, c.authorName, c.public])).toEqual([
      ['10401', 'end-user', 'Noor Haddad', true],
      ['10403', 'agent', 'Priya Natarajan', true],
    ]);
  });
  it('says so when the activity list is missing, rather than showing no comments', () => {
    const doc = page('portal.html');
    doc.querySelector('.vp-activity-list')!.remove();
    const r = read(doc, 'HELP-7', URLS.portal);
    expect(r.fieldSources.comments).toBeUndefined();
    expect(r.notices).toEqual([{ source: 'dom', part: 'comments', message: "Couldn't read the comments on this page" }]);
  });
});
