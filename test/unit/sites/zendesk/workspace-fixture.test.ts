// @vitest-environment happy-dom
// Checks the Agent Workspace fixtures themselves: the SPA script behaves as the e2e tests expect, the
// generated pages keep the hand-composed structure, and the page tells the same story as the API fixture.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { activeZendeskTicketId, readZendeskDom } from '../../../../lib/sites/zendesk/dom';
import * as sel from '../../../../lib/sites/zendesk/selectors';
import { buildAgentWorkspace } from '../../../fixtures/zendesk/build-workspace';
import { renderFixturePage } from '../../../fixtures/zendesk/render-agent-workspace';
import { FIXTURE_HTML, HOST, loadWorkspace, parse, read, showOlder } from './workspace';

describe("the fixture's SPA script", () => {
  let win: Window | null = null;
  afterEach(async () => {
    await win?.happyDOM.close();
    win = null;
  });

  /** Opens the fixture at `url` with its inline script running, as Chromium would. */
  function open(url: string): Document {
    // Only the fixture's own script runs here, so the VM-isolation warning does not apply.
    win = new Window({ url, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
    win.document.write(FIXTURE_HTML);
    return win.document as unknown as Document;
  }
  const readHere = (doc: Document, id: string) =>
    readZendeskDom(doc, { host: HOST, ticketId: id, url: doc.location.href }, '2026-11-27T12:00:00Z');
  const click = (doc: Document, selector: string) => doc.querySelector<HTMLElement>(selector)!.click();

  it.each(['4101', '4102', '4103'])('shows the ticket of the path /agent/tickets/%s at load', (id) => {
    const doc = open(`https://${HOST}/agent/tickets/${id}`);
    expect(activeZendeskTicketId(doc)).toBe(id);
    const active = doc.querySelectorAll('.ticket-panes-grid-layout[data-is-active="true"]:not([hidden])');
    expect([...active].map((p) => p.querySelector('[data-side-conversations-anchor-id]')?.getAttribute('data-side-conversations-anchor-id'))).toEqual([id]);
  });

  it('switches ticket on a header-tab click and pushes its URL', () => {
    const doc = open(`https://${HOST}/agent/tickets/4102`);
    click(doc, '[data-test-id="header-tab"][data-entity-id="4103"]');
    expect(doc.location.pathname).toBe('/agent/tickets/4103');
    expect(activeZendeskTicketId(doc)).toBe('4103');
    expect(doc.querySelectorAll('.ticket-panes-grid-layout[hidden]')).toHaveLength(2);
    expect(readHere(doc, '4103').subject).toBe('Invoice PDF export shows wrong VAT rate');
  });

  it('loads the older comments of 4102 on "Show more"', () => {
    const doc = open(`https://${HOST}/agent/tickets/4102`);
    expect(readHere(doc, '4102').comments).toHaveLength(3);
    click(doc, 'button[data-test-id="convolog-show-more-button"]');
    const s = readHere(doc, '4102');
    expect(s.comments).toHaveLength(7);
    expect(s.description).toMatch(/^Hi,\n\nSince Tuesday afternoon/);
  });

  it('with ?late=1 mounts the tickets only after 300 ms', async () => {
    const doc = open(`https://${HOST}/agent/tickets/4103?late=1`);
    expect(readHere(doc, '4103').notices.map((n) => n.part)).toEqual(['page']);
    await win?.happyDOM.waitUntilComplete();
    expect(readHere(doc, '4103')).toMatchObject({ subject: 'Invoice PDF export shows wrong VAT rate', notices: [] });
  });
});

describe('agent-workspace.html', () => {
  it('is what render-agent-workspace.ts renders (edit the data there, then run it)', () => {
    expect(FIXTURE_HTML).toBe(renderFixturePage());
  });
});

describe('selector coverage', () => {
  /** Every selector in selectors.ts; attribute names become `[name]`, id templates get the ticket id. */
  function allSelectors(id: string): string[] {
    const out: string[] = [];
    const visit = (v: unknown): void => {
      if (typeof v === 'string') out.push(/^data-[a-z-]+$/.test(v) ? `[${v}]` : v);
      else if (typeof v === 'function') visit((v as (id: string) => string)(id));
      else if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') Object.values(v).forEach(visit);
    };
    Object.values(sel).forEach(visit);
    return out;
  }
  const unmatched = (doc: Document, id: string) => allSelectors(id).filter((s) => doc.querySelector(s) === null);
  // Older generations, covered by dom-fragments.test.ts instead.
  const LEGACY = [
    'input[data-test-id="ticket-pane-subject"]',
    '.ticket .editable input[name=subject]',
    'span.ticket_status_label',
    '.ticket-panes-grid-layout.active',
    'header div[data-selected="true"][data-entity-id]',
    '[data-test-id="ticket-form-field-multiselect-button"]',
    '[data-comment-id]',
  ];

  it('agent-workspace.html exercises every selector of the current UI', () => {
    expect(unmatched(loadWorkspace('4102'), '4102').sort()).toEqual([...LEGACY].sort());
  });

  it('a generated page has the same structure (its active ticket has no lazy history)', () => {
    const built = parse(buildAgentWorkspace({ commentCount: 12, ticketId: '4102' }));
    expect(unmatched(built, '4102').sort()).toEqual([...LEGACY, sel.log.showMore].sort());
  });
});

describe('agent-workspace.html and the API fixture tell the same story', () => {
  interface ApiUser { id: number; name: string }
  interface ApiTicket {
    ticket: { subject: string; status: string; priority: string | null; type: string | null; tags: string[]; requester_id: number; assignee_id: number | null; group_id: number; organization_id: number };
    users: ApiUser[];
    groups: { id: number; name: string }[];
    organizations: { id: number; name: string }[];
  }
  interface ApiComments { comments: { created_at: string; public: boolean; author_id: number; body: string }[]; users: ApiUser[] }
  const api = <T,>(name: string): T =>
    JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../fixtures/zendesk/api', name), 'utf8')) as T;

  it.each([
    ['4101', ['comments-4101.json']],
    ['4102', ['comments-4102.json', 'comments-4102-page2.json']],
    ['4103', ['comments-4103.json']],
  ])('ticket %s', (id, commentFiles) => {
    const doc = loadWorkspace(id);
    if (id === '4102') showOlder(doc);
    const s = read(doc, id);
    const { ticket: t, users, groups, organizations } = api<ApiTicket>(`ticket-${id}.json`);
    expect(s).toMatchObject({
      subject: t.subject,
      status: t.status,
      priority: t.priority,
      type: t.type,
      tags: t.tags,
      requester: { name: users.find((u) => u.id === t.requester_id)?.name, organization: organizations.find((o) => o.id === t.organization_id)?.name },
      group: { name: groups.find((g) => g.id === t.group_id)?.name },
    });
    expect(s.assignee?.name ?? null).toBe(users.find((u) => u.id === t.assignee_id)?.name ?? null);
    const pages = commentFiles.map((f) => api<ApiComments>(f));
    const expected = pages.flatMap((p) =>
      p.comments.map((c) => [c.created_at, c.public, p.users.find((u) => u.id === c.author_id)?.name, c.body]),
    );
    expect(s.comments.map((c) => [c.createdAt, c.public, c.authorName, c.text])).toEqual(expected);
  });
});
