// Helpers for the Jira DOM tests: load a page fixture, do what its SPA script does, read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readJiraDom } from '../../../../lib/sites/jira/dom';
import type { TicketSnapshot } from '../../../../lib/schema/ticket';

export const HOST = 'acme.atlassian.net';
export const AT = '2026-11-27T12:00:00Z';
export const FIXTURES = path.join(import.meta.dirname, '../../../fixtures/jira');
export const URLS = {
  issue: `https://${HOST}/browse/SUP-101`,
  board: (key: string) => `https://${HOST}/jira/software/projects/SUP/boards/1?selectedIssue=${key}`,
  queue: `https://${HOST}/jira/servicedesk/projects/HELP/queues/custom/1/HELP-7`,
  portal: `https://${HOST}/servicedesk/customer/portal/2/HELP-7`,
};

export function page(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(path.join(FIXTURES, name), 'utf8'), 'text/html');
}

export function read(doc: Document, key: string, url: string, at = AT): TicketSnapshot {
  return readJiraDom(doc, { host: HOST, ticketId: key, url }, at);
}

/** What the board's script does on a card click: the side panel shows that issue's template. */
export function selectCard(doc: Document, key: string): void {
  const panel = doc.querySelector('[data-testid="issue.views.issue-details.issue-layout.compact-layout"]');
  const t = doc.querySelector<HTMLTemplateElement>(`template[data-issue-key="${key}"]`);
  if (!panel || !t) throw new Error(`no panel or template for ${key}`);
  panel.replaceChildren(t.content.cloneNode(true));
}
