// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TicketSnapshot } from '../../../../lib/schema/ticket';
import { activeZendeskTicketId } from '../../../../lib/sites/zendesk/dom';
import { buildAgentWorkspace } from '../../../fixtures/zendesk/build-workspace';
import { activate, loadWorkspace, parse, read, removeIn, showOlder } from './workspace';

const roles = (s: TicketSnapshot) => s.comments.map((c) => `${c.authorRole}${c.public ? '' : ' (internal)'}`);

describe('readZendeskDom on agent-workspace.html', () => {
  it('reads ticket 4101 as the agent sees it', () => {
    const s = read(loadWorkspace('4101'), '4101');
    expect(TicketSnapshot.parse(s)).toEqual(s);
    expect(s).toMatchObject({
      subject: 'Cannot log in with SSO after IdP certificate rotation',
      status: 'open',
      priority: 'high',
      type: 'incident',
      tags: ['sso', 'saml', 'login'],
      requester: { id: null, name: 'Dana Whitfield', organization: 'Northwind Logistics' },
      assignee: { id: null, name: 'Sam Ortega', organization: null },
      group: { id: null, name: 'Tier 2' },
      sla: [],
      commentCount: 3,
      sources: ['dom'],
      notices: [],
    });
    expect(roles(s)).toEqual(['end-user', 'agent (internal)', 'agent']);
    expect(s.comments.map((c) => c.authorName)).toEqual(['Dana Whitfield', 'Sam Ortega', 'Sam Ortega']);
    expect(s.comments.map((c) => c.createdAt)).toEqual(['2026-11-24T08:12:31Z', '2026-11-24T08:40:05Z', '2026-11-24T08:47:19Z']);
    // Paragraphs stay apart; a <br> inside one stays a line break.
    expect(s.comments[0]?.text).toMatch(/^Hello,\n\nSince this morning none of our warehouse staff/);
    expect(s.comments[0]?.text).toMatch(/\n\nDana Whitfield\nIT Operations, Northwind Logistics$/);
    expect(s.description).toBe(s.comments[0]?.text);
    expect(s.customFields).toEqual([
      { id: '360011000001', label: 'Product area', value: 'SSO login' },
      { id: '360011000002', label: 'Plan', value: 'Enterprise' },
    ]);
    for (const f of ['subject', 'status', 'priority', 'type', 'tags', 'requester', 'assignee', 'group', 'comments', 'description', 'customFields'] as const) {
      expect(s.fieldSources[f], f).toBe('dom');
    }
    expect(s.fieldSources.sla).toBeUndefined();
  });

  it('reads ticket 4102 with its SLA badge and only the loaded comments', () => {
    const s = read(loadWorkspace('4102'), '4102');
    expect(TicketSnapshot.parse(s)).toEqual(s);
    expect(s).toMatchObject({
      subject: 'Webhooks stopped firing for order.created since Tuesday',
      status: 'pending',
      priority: 'urgent',
      type: 'problem',
      tags: ['webhooks', 'api', 'urgent_customer'],
      requester: { name: 'Priya Raman', organization: 'Brightline Foods' },
      assignee: { name: 'Alex Kim' },
      group: { name: 'Integrations' },
      sla: [{ policy: null, metric: 'next_reply_time', stage: 'active', breachAt: '2026-11-27T15:00:00Z' }],
      notices: [],
    });
    expect(roles(s)).toEqual(['agent', 'agent', 'end-user']);
    expect(s.comments[2]?.createdAt).toBe('2026-11-26T15:00:00Z');
    // Older comments are behind "Show more": the first shown is not the description, the total is unknown.
    expect(s.description).toBeNull();
    expect(s.fieldSources.description).toBeUndefined();
    expect(s.commentCount).toBeNull();
  });

  it('reads the whole conversation of 4102 once the older comments are shown', () => {
    const doc = loadWorkspace('4102');
    showOlder(doc);
    const s = read(doc, '4102');
    expect(roles(s)).toEqual(['end-user', 'agent', 'agent (internal)', 'end-user', 'agent', 'agent', 'end-user']);
    expect(s.commentCount).toBe(7);
    expect(s.description).toMatch(/^Hi,\n\nSince Tuesday afternoon our endpoint/);
  });

  it('marks the SLA breached once its time has passed', () => {
    const s = read(loadWorkspace('4102'), '4102', '2026-11-27T15:00:01Z');
    expect(s.sla[0]?.stage).toBe('breached');
  });

  it('reads ticket 4103: no assignee is a value read, not a failure', () => {
    const s = read(loadWorkspace('4103'), '4103');
    expect(s).toMatchObject({
      subject: 'Invoice PDF export shows wrong VAT rate',
      status: 'open',
      priority: 'normal',
      type: 'question',
      tags: ['billing', 'export'],
      requester: { name: 'Jonas Berg', organization: 'Fjord Analytics' },
      assignee: null,
      group: { id: null, name: 'Billing' },
      commentCount: 2,
      notices: [],
    });
    expect(s.fieldSources.assignee).toBe('dom');
    expect(roles(s)).toEqual(['end-user', 'agent (internal)']);
    expect(s.comments[1]?.authorName).toBe('Mei Tanaka');
  });
});

describe('several mounted tickets', () => {
  // Words that belong to one ticket only.
  const OWN: Record<string, string[]> = {
    '4101': ['Cannot log in with SSO', 'Dana Whitfield', 'Northwind', 'Sam Ortega', 'saml', 'Tier 2'],
    '4102': ['Webhooks stopped firing', 'Priya Raman', 'Brightline', 'Alex Kim', 'urgent_customer', 'Integrations'],
    '4103': ['Invoice PDF export', 'Jonas Berg', 'Fjord', 'Mei Tanaka', 'billing', 'Billing'],
  };
  const ids = Object.keys(OWN);

  it.each(ids)('never reads another ticket while %s is active', (active) => {
    const doc = loadWorkspace(active);
    for (const id of ids) {
      const text = JSON.stringify(read(doc, id));
      for (const other of ids.filter((o) => o !== id)) {
        for (const word of OWN[other] ?? []) expect(text, `${id} read with ${active} active`).not.toContain(word);
      }
      expect(text).toContain(OWN[id]?.[0]);
    }
  });

  it('finds a ticket by data-ticket-id when the side-conversations anchor is gone', () => {
    const doc = loadWorkspace('4102');
    doc.querySelectorAll('[data-side-conversations-anchor-id]').forEach((el) => el.removeAttribute('data-side-conversations-anchor-id'));
    expect(read(doc, '4101').subject).toBe('Cannot log in with SSO after IdP certificate rotation');
    expect(read(doc, '4102').status).toBe('pending');
  });

  it('without ticket ids on the page, reads only the active pane, and only for the ticket its tab names', () => {
    const doc = loadWorkspace('4103');
    for (const attr of ['data-side-conversations-anchor-id', 'data-ticket-id']) {
      doc.querySelectorAll(`[${attr}]`).forEach((el) => el.removeAttribute(attr));
    }
    expect(read(doc, '4103').subject).toBe('Invoice PDF export shows wrong VAT rate');
    const inactive = read(doc, '4101');
    expect(inactive.notices).toEqual([{ source: 'dom', part: 'page', message: "Couldn't find ticket #4101 on this page" }]);
    expect(inactive.subject).toBeNull();
    expect(inactive.sources).toEqual([]);
    expect(inactive.fieldSources).toEqual({});
  });

  it('names the active ticket from the selected header tab', () => {
    const doc = loadWorkspace('4101');
    expect(activeZendeskTicketId(doc)).toBe('4101');
    activate(doc, '4103');
    expect(activeZendeskTicketId(doc)).toBe('4103');
  });

  it('says plainly when the ticket is not on the page', () => {
    const s = read(loadWorkspace(), '9999');
    expect(s.notices).toEqual([{ source: 'dom', part: 'page', message: "Couldn't find ticket #9999 on this page" }]);
    expect(TicketSnapshot.parse(s)).toEqual(s);
  });
});

describe('notices for parts the page does not show', () => {
  const cases: [string, string[]][] = [
    ['subject', ['input[data-test-id="omni-header-subject"]']],
    ['status', ['[data-test-id="ticket-fields-status-view"]', 'div[data-cy-test-id="status-badge-state"]', '[data-test-id="submit_button-menu-button"]']],
    ['priority', ['[data-test-id="ticket-fields-priority-select"]']],
    ['type', ['[data-test-id="ticket-fields-type-select"]']],
    ['tags', ['div[data-test-id="ticket-fields-tags"]']],
    ['requester', ['[data-test-id="ticket-system-field-requester-select"]']],
    ['assignee', ['[data-test-id="assignee-field"]']],
    ['comments', ['div[data-test-id="omni-log-container"]']],
  ];

  it.each(cases)('names the %s when it is missing, and still reads the rest', (part, selectors) => {
    const doc = loadWorkspace('4102');
    selectors.forEach((sel) => removeIn(doc, '4102', sel));
    const s = read(doc, '4102');
    expect(s.notices).toEqual([{ source: 'dom', part, message: `Couldn't read the ${part} on this page` }]);
    expect(s.fieldSources[part as keyof typeof s.fieldSources]).toBeUndefined();
    expect(Object.keys(s.fieldSources).length).toBeGreaterThan(5);
    expect(s.sources).toEqual(['dom']);
  });

  it('falls back from the status field to the header badge, then to the submit button', () => {
    const doc = loadWorkspace('4102');
    removeIn(doc, '4102', '[data-test-id="ticket-fields-status-view"]');
    expect(read(doc, '4102').status).toBe('pending');
    removeIn(doc, '4102', 'div[data-cy-test-id="status-badge-state"]');
    expect(read(doc, '4102').status).toBe('pending');
    expect(read(doc, '4102').notices).toEqual([]);
  });

  it('reads the subject from the ARIA label when the test hook is renamed', () => {
    const doc = loadWorkspace('4101');
    doc.querySelectorAll('[data-test-id="omni-header-subject"]').forEach((el) => el.removeAttribute('data-test-id'));
    expect(read(doc, '4101').subject).toBe('Cannot log in with SSO after IdP certificate rotation');
  });
});

describe('values as the page holds them', () => {
  it("reads the subject input's live value, not its stale attribute", () => {
    const doc = loadWorkspace('4101');
    const input = doc.querySelector<HTMLInputElement>('[data-side-conversations-anchor-id="4101"] input[data-test-id="omni-header-subject"]');
    input!.value = 'SSO broken after cert rotation (edited)';
    expect(read(doc, '4101').subject).toBe('SSO broken after cert rotation (edited)');
  });

  it('turns unreadable comment times into null, and zoned times into UTC', () => {
    const doc = loadWorkspace('4101');
    const times = doc.querySelectorAll('[data-side-conversations-anchor-id="4101"] time[data-test-id="timestamp-relative"]');
    times[0]?.setAttribute('datetime', 'yesterday');
    times[1]?.setAttribute('datetime', '2026-11-24T08:40:05'); // no zone: ambiguous
    times[2]?.setAttribute('datetime', '2026-11-24T09:47:19+01:00');
    const s = read(doc, '4101');
    expect(s.comments.map((c) => c.createdAt)).toEqual([null, null, '2026-11-24T08:47:19Z']);
    expect(s.comments.map((c) => c.id)).toEqual(['dom-0', 'dom-1', '2026-11-24T08:47:19Z']);
    expect(TicketSnapshot.parse(s)).toEqual(s);
  });
});

describe('a generated 200-comment workspace', () => {
  it('reads all 200 comments of the active ticket, with text escaped as data', () => {
    const doc = parse(buildAgentWorkspace({ commentCount: 200 }));
    const s = read(doc, '4102');
    expect(s.comments).toHaveLength(200);
    expect(s.commentCount).toBe(200);
    expect(s.notices).toEqual([]);
    expect(s.comments[0]?.text).toBe(
      'Update 1: the export of <accounts> & invoices for tenant t-1000 timed out again.\n\nWe retried with a smaller page size.\nThe job still stopped after 30 minutes.',
    );
    expect(s.comments[9]?.text).toMatch(/\n\n2026-11-02 08:09 ERROR export timeout\nat batch 9$/);
    expect(s.description).toBe(s.comments[0]?.text);
    expect(TicketSnapshot.parse(s)).toEqual(s);
    // The other mounted tickets stay apart.
    expect(read(doc, '4103').comments).toHaveLength(2);
    expect(read(doc, '4103').subject).toBe('Other mounted ticket 4103');
  });

  it('honours the ticket id it is given', () => {
    const s = read(parse(buildAgentWorkspace({ commentCount: 3, ticketId: '5200' })), '5200');
    expect(s.comments).toHaveLength(3);
    expect(s.subject).toMatch(/^Bulk export/);
  });
});
