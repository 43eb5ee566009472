// @vitest-environment happy-dom
// Small fragments for older UI generations and odd markup, composed from shared/realdata/SELECTORS.md
// (2026-11): each legacy selector in lib/sites/zendesk/selectors.ts gets one here.
import { describe, expect, it } from 'vitest';
import { TicketSnapshot } from '../../../../lib/schema/ticket';
import { activeZendeskTicketId } from '../../../../lib/sites/zendesk/dom';
import { FIXTURE_HTML, parse, read } from './workspace';

/** A page with one ticket (id 7) whose anchor wraps `inner`. */
const page = (inner: string) => parse(`<div data-side-conversations-anchor-id="7">${inner}</div>`);

describe('older selector generations', () => {
  it.each([
    ['ticket-pane-subject (LR, pre omni header)', '<input data-test-id="ticket-pane-subject" value="Old pane subject">'],
    ['aria-label Subject', '<input aria-label="Subject" value="Old pane subject">'],
    ['.ticket .editable input[name=subject] (pre-Workspace)', '<div class="ticket"><div class="editable"><input name="subject" value="Old pane subject"></div></div>'],
  ])('reads the subject from %s', (_gen, html) => {
    expect(read(page(html), '7').subject).toBe('Old pane subject');
  });

  it.each([
    ['span.ticket_status_label', '<span class="ticket_status_label">On-hold</span>', 'hold'],
    ['the submit button', '<button data-test-id="submit_button-menu-button">Submit as <span>Solved</span></button>', 'solved'],
    ['the status badge', '<div data-cy-test-id="status-badge-state">New</div>', 'new'],
  ])('reads the status from %s, in the API vocabulary', (_gen, html, status) => {
    expect(read(page(html), '7').status).toBe(status);
  });

  it('reads tags from the system multiselect (CL 2024-11) and the loose tags spans (userscript)', () => {
    const multiselect =
      '<div data-test-id="ticket-system-field-tags-multiselect"><div data-test-id="ticket-system-field-tags-item-selected">vip</div><div data-test-id="ticket-system-field-tags-item-selected">Renewal</div></div>';
    expect(read(page(multiselect), '7').tags).toEqual(['vip', 'renewal']);
    const loose = '<div data-test-id="sidebar-tags"><span>alpha</span><span><span>beta</span></span><span>alpha</span></div>';
    expect(read(page(loose), '7').tags).toEqual(['alpha', 'beta']);
  });

  it('reads an empty tags field as no tags, without a notice', () => {
    const s = read(page('<div data-test-id="ticket-fields-tags"><label>Tags</label></div>'), '7');
    expect(s.tags).toEqual([]);
    expect(s.fieldSources.tags).toBe('dom');
    expect(s.notices.map((n) => n.part)).not.toContain('tags');
  });

  it('finds the active pane flagged by class (CL 2024-11) when no ticket ids are on the page', () => {
    const doc = parse('<div class="ticket-panes-grid-layout active"><input data-test-id="omni-header-subject" value="Class-flagged"></div>');
    expect(read(doc, '7').subject).toBe('Class-flagged');
  });

  it('keeps the whole pane when it links to other tickets, but not when it holds another ticket', () => {
    const priority = '<div data-test-id="ticket-fields-priority-select"><div data-garden-id="dropdowns.combobox.value">Low</div></div>';
    const linked = parse(`<div class="ticket-panes-grid-layout" data-is-active="true">
      <div data-side-conversations-anchor-id="7"><input data-test-id="omni-header-subject" value="Seven"></div>
      <aside><a data-ticket-id="8" href="/agent/tickets/8">Linked incident #8</a>${priority}</aside></div>`);
    expect(read(linked, '7')).toMatchObject({ subject: 'Seven', priority: 'low' });
    const two = parse(`<div class="ticket-panes-grid-layout">
      <div data-side-conversations-anchor-id="7"><input data-test-id="omni-header-subject" value="Seven"></div>
      <div data-side-conversations-anchor-id="8">${priority}</div></div>`);
    expect(read(two, '7')).toMatchObject({ subject: 'Seven', priority: null });
    expect(read(two, '7').notices.map((n) => n.part)).toContain('priority');
  });

  it('names the active ticket from the 2021 header (data-selected + data-entity-id)', () => {
    expect(activeZendeskTicketId(parse('<header><div data-selected="true" data-entity-id="321">Tab</div></header>'))).toBe('321');
    expect(activeZendeskTicketId(parse('<header><div data-selected="true" data-entity-id="x1">Tab</div></header>'))).toBeNull();
    expect(activeZendeskTicketId(parse('<div class="ticket-panes-grid-layout" data-is-active="true"><div data-side-conversations-anchor-id="55"></div></div>'))).toBe('55');
    expect(activeZendeskTicketId(parse('<p>nothing</p>'))).toBeNull();
  });
});

describe('odd but real-looking values', () => {
  it('keeps only the name of a requester shown with an email address', () => {
    const field = (v: string) =>
      `<div data-test-id="ticket-system-field-requester-select"><div data-garden-id="dropdowns.combobox.value">${v}</div></div>`;
    expect(read(page(field('Dana Whitfield &lt;dana@northwind.example&gt;')), '7').requester?.name).toBe('Dana Whitfield');
    expect(read(page(field('dana@northwind.example')), '7').requester).toBeNull();
  });

  it('splits "Group/Agent" at the last slash, and reads "-" as unassigned', () => {
    const field = (v: string) => `<div data-test-id="assignee-field"><label>Assignee</label><div data-garden-id="dropdowns.combobox.value">${v}</div></div>`;
    const both = read(page(field('Support/EMEA/<span data-test-id="assignee-field-selected-agent-tag">Jane Roe</span>')), '7');
    expect(both.assignee?.name).toBe('Jane Roe');
    expect(both.group?.name).toBe('Support/EMEA');
    const none = read(page(field('-')), '7');
    expect(none.assignee).toBeNull();
    expect(none.group).toBeNull();
    expect(none.fieldSources.assignee).toBe('dom');
  });

  it('reads custom fields of each kind by their custom_field_<id> class', () => {
    const s = read(
      page(`
      <div class="form_field custom_field_11"><label>Escalated</label><input type="checkbox" checked></div>
      <div class="custom_field_12"><label>Modules</label><div data-test-id="ticket-form-field-multiselect-button"><div class="garden-tag-item">Billing</div><div class="garden-tag-item">API</div></div></div>
      <div class="custom_field_13"><label>Order</label><input value="PO-881"></div>
      <div class="custom_field_14"><label>Notes</label><textarea>line one</textarea></div>
      <div class="custom_field_15"><label>Region</label><div data-garden-id="dropdowns.select">-</div></div>
      <div class="custom_field_abc"><label>Not a field id</label></div>`),
      '7',
    );
    expect(s.customFields).toEqual([
      { id: '11', label: 'Escalated', value: true },
      { id: '12', label: 'Modules', value: ['Billing', 'API'] },
      { id: '13', label: 'Order', value: 'PO-881' },
      { id: '14', label: 'Notes', value: 'line one' },
      { id: '15', label: 'Region', value: null },
    ]);
  });

  it('names SLA metrics from the test id, the title or the text, and skips badges it cannot name', () => {
    const s = read(
      page(`
      <div data-test-id="sla-policy-badge" title="First reply time"><time datetime="2026-11-27T10:00:00Z">-2h</time></div>
      <div data-test-id="sla-policy-x">Periodic update 4h</div>
      <div data-test-id="sla-policy-">?</div>`),
      '7',
    );
    expect(s.sla).toEqual([
      { policy: null, metric: 'first_reply_time', stage: 'breached', breachAt: '2026-11-27T10:00:00Z' },
      { policy: null, metric: 'periodic_update_time', stage: 'unknown', breachAt: null },
    ]);
  });

  it('places comment authors, ids and order even when the markup is unusual', () => {
    const item = (attrs: string, inner: string) => `<article data-test-id="omni-log-comment-item" ${attrs}>${inner}</article>`;
    const s = read(
      page(`<div data-test-id="omni-log-container">
        ${item('data-comment-id="991"', '<div data-test-id="omni-log-item-sender">Rae &lt;rae@x.example&gt;</div><time datetime="2026-11-20T10:00:00Z"></time><div data-test-id="omni-log-item-message"><p>Third</p></div>')}
        ${item('', '<div data-test-id="omni-log-internal-note-tag">Internal</div><time data-test-id="timestamp-relative" datetime="2026-11-19T10:00:00Z"></time><div data-test-id="omni-log-item-message" type="agent"><pre>a  b\n  c</pre></div>')}
        ${item('', '<time data-test-id="timestamp-relative" datetime="2026-11-19T10:00:00Z"></time><div data-test-id="omni-log-item-message" type="bot">First</div>')}
      </div>`),
      '7',
    );
    // Shown newest first: read back oldest first, as the API lists them.
    expect(s.comments.map((c) => [c.id, c.authorRole, c.public, c.authorName, c.text])).toEqual([
      ['2026-11-19T10:00:00Z#2', 'system', true, null, 'First'],
      ['2026-11-19T10:00:00Z', 'agent', false, null, 'a b\nc'],
      ['991', 'system', true, 'Rae', 'Third'],
    ]);
  });
});

describe('garbage in, a valid snapshot out', () => {
  const VOCAB = [
    'omni-header-subject', 'ticket-fields-status-view', 'ticket-fields-priority-select', 'ticket-fields-type-select',
    'ticket-fields-tags', 'ticket-system-field-tags-multiselect', 'ticket-system-field-requester-select',
    'assignee-field', 'assignee-field-selected-agent-tag', 'sla-policy-', 'sla-policy-next_reply_time',
    'omni-log-container', 'omni-log-comment-item', 'omni-log-item-message', 'omni-log-message-content',
    'omni-log-internal-note-tag', 'timestamp-relative', 'convolog-show-more-button', 'header-tab', 'header-tab-subtitle',
  ];
  const TAGS = ['div', 'span', 'input', 'article', 'time', 'button', 'template', 'pre', 'br', 'p', 'label', 'svg', 'textarea', 'header'];
  const VALUES = ['', '-', '7', '8', '"]', "'", '\u0000', '9999-99-99T99:99:99Z', '2026-11-27T10:00:00Z', 'true', 'x'.repeat(300), '#7', 'On-hold', '<b>'];

  // A small seeded generator: failures are reproducible from the seed in the test name.
  function rng(seed: number) {
    let s = seed;
    return (n: number) => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s % n;
    };
  }
  function randomDoc(seed: number): Document {
    const r = rng(seed);
    const pick = <T,>(xs: T[]): T => xs[r(xs.length)] as T;
    const doc = document.implementation.createHTMLDocument('');
    const grow = (parent: Element, depth: number) => {
      for (let i = r(5); i > 0; i--) {
        const el = doc.createElement(pick(TAGS));
        if (r(2)) el.setAttribute('data-test-id', pick(VOCAB));
        if (r(3) === 0) el.setAttribute('data-side-conversations-anchor-id', pick(['7', '8', '']));
        if (r(3) === 0) el.setAttribute(pick(['type', 'datetime', 'value', 'class', 'aria-selected', 'data-is-active', 'data-garden-id', 'title']), pick(VALUES));
        if (r(4) === 0) el.className = pick(['ticket-panes-grid-layout', 'custom_field_1', 'garden-tag-item', 'custom_field_']);
        if (r(2)) el.append(pick(VALUES));
        parent.append(el);
        if (depth < 6) grow(el, depth + 1);
      }
    };
    grow(doc.body, 0);
    return doc;
  }

  // The fixture, damaged at random: removed and moved elements, attributes set to junk or dropped.
  function mutatedWorkspace(seed: number): Document {
    const r = rng(seed);
    const pick = <T,>(xs: T[]): T => xs[r(xs.length)] as T;
    const doc = parse(FIXTURE_HTML);
    const ATTRS = ['data-test-id', 'type', 'datetime', 'value', 'class', 'aria-selected', 'data-is-active', 'data-garden-id', 'title', 'data-side-conversations-anchor-id', 'data-ticket-id'];
    for (let i = 0; i < 60; i++) {
      const all = [...doc.body.querySelectorAll('*')];
      if (all.length < 2) break;
      const el = pick(all);
      const action = r(5);
      if (action === 0) el.remove();
      else if (action === 1) el.setAttribute(pick(ATTRS), pick(VALUES));
      else if (action === 2) el.removeAttribute(pick(ATTRS));
      else if (action === 3) el.append(pick(VALUES));
      else {
        const to = pick(all);
        if (!el.contains(to)) to.append(el);
      }
    }
    return doc;
  }

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('reads damaged workspace #%i without throwing', (seed) => {
    const doc = mutatedWorkspace(seed);
    for (const id of ['4101', '4102', '4103', '7']) {
      const s = read(doc, id);
      expect(() => TicketSnapshot.parse(s)).not.toThrow();
      // Every expected part is either read or named in a notice.
      for (const part of ['subject', 'status', 'priority', 'type', 'tags', 'requester', 'assignee', 'comments'] as const) {
        if (s.notices.some((n) => n.part === 'page')) break;
        expect(s.fieldSources[part] === 'dom' || s.notices.some((n) => n.part === part), `${id} ${part}`).toBe(true);
      }
    }
  });

  it('reads an empty document without throwing', () => {
    const s = read(document.implementation.createHTMLDocument(''), '7');
    expect(s.notices.map((n) => n.part)).toEqual(['page']);
    expect(TicketSnapshot.parse(s)).toEqual(s);
  });

  it('refuses ticket ids that are not digits (they would go into a selector)', () => {
    const doc = page('<input data-test-id="omni-header-subject" value="x">');
    for (const id of ['"]', '7"] , *', '', '7 ']) expect(read(doc, id).notices.map((n) => n.part)).toEqual(['page']);
  });

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('reads random document #%i without throwing', (seed) => {
    const doc = randomDoc(seed);
    for (const id of ['7', '8']) {
      const s = read(doc, id);
      expect(() => TicketSnapshot.parse(s)).not.toThrow();
      expect(s.sources.length > 0).toBe(Object.keys(s.fieldSources).length > 0);
    }
    expect(() => activeZendeskTicketId(doc)).not.toThrow();
  });
});
