// Helpers for the Agent Workspace DOM tests: load the fixture, switch tickets as the SPA does, read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readZendeskDom } from '../../../../lib/sites/zendesk/dom';
import type { TicketSnapshot } from '../../../../lib/schema/ticket';

export const HOST = 'acme-support.zendesk.com';
/** Capture time used throughout: before 4102's SLA breach (15:00Z). */
export const AT = '2026-11-27T12:00:00Z';
export const FIXTURE_HTML = readFileSync(
  path.join(import.meta.dirname, '../../../fixtures/zendesk/agent-workspace.html'),
  'utf8',
);

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The Agent Workspace fixture with ticket `id` active, as after a tab click. */
export function loadWorkspace(id = '4102'): Document {
  const doc = parse(FIXTURE_HTML);
  activate(doc, id);
  return doc;
}

/** What the fixture's SPA script does on a tab click, without running page scripts. */
export function activate(doc: Document, id: string): void {
  for (const pane of doc.querySelectorAll('.ticket-panes-grid-layout')) {
    const on = pane.querySelector(`[data-side-conversations-anchor-id="${id}"]`) !== null;
    pane.setAttribute('data-is-active', String(on));
    pane.toggleAttribute('hidden', !on);
  }
  for (const tab of doc.querySelectorAll('[data-test-id="header-tab"]')) {
    tab.setAttribute('aria-selected', String(tab.textContent?.includes(`#${id}`) ?? false));
  }
}

/** What clicking "Show more" does: the older comments replace the button. */
export function showOlder(doc: Document): void {
  const button = doc.querySelector('button[data-test-id="convolog-show-more-button"]');
  const older = button?.parentElement?.querySelector('template');
  if (!button || !older) throw new Error('no show-more button with a template');
  button.replaceWith(older.content.cloneNode(true));
  older.remove();
}

export function read(doc: Document, id: string, at = AT): TicketSnapshot {
  return readZendeskDom(doc, { host: HOST, ticketId: id, url: `https://${HOST}/agent/tickets/${id}` }, at);
}

/** Removes every element matching `selector` inside ticket `id`'s pane. */
export function removeIn(doc: Document, id: string, selector: string): void {
  const pane = doc.querySelector(`[data-side-conversations-anchor-id="${id}"]`)?.closest('.ticket-panes-grid-layout');
  if (!pane) throw new Error(`no pane for ${id}`);
  const found = pane.querySelectorAll(selector);
  if (found.length === 0) throw new Error(`nothing matches ${selector} in ${id}`);
  found.forEach((el) => el.remove());
}
