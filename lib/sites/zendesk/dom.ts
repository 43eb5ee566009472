// Runtime helpers from the zod-free module: zod would add ~90 KB gzipped to the content script.
import { attempt, fieldFiller } from '../dom-read';
import { emptySnapshot, type TrackedField } from '../../schema/snapshot-base';
import type { TicketSnapshot } from '../../schema/ticket';
import { readLog } from './dom-comments';
import { readAssignment, readCustomFields, readRequester, readSla, readStatus, readSubject, readTags, readWord } from './dom-fields';
import { one } from './dom-text';
import * as sel from './selectors';

/*
 * Reads one Zendesk Agent Workspace ticket from the page. Runs on the agent's hot path, so it only
 * queries inside the ticket's own element and reads textContent (never innerText or styles: no layout).
 */

const DIGITS = /^\d+$/;
// Fields every ticket page shows; losing one is worth telling the user.
const EXPECTED = new Set<TrackedField>(['subject', 'status', 'priority', 'type', 'tags', 'requester', 'assignee', 'comments']);

function holdsOtherTicket(el: Element, id: string): boolean {
  const m = sel.ticketRootMarker;
  const other = `[${m}]:not([${m}="${id}"])`;
  return el.matches(other) || el.querySelector(other) !== null;
}

function findScope(doc: Document, id: string): Element | null {
  if (!DIGITS.test(id)) return null; // ids are digits, which also keeps them inert inside a selector
  for (const make of sel.ticketScopeById) {
    const hit = doc.querySelector(make(id));
    if (!hit) continue;
    const pane = hit.closest(sel.ticketPane);
    return pane && !holdsOtherTicket(pane, id) ? pane : hit;
  }
  // No id on the page: the active pane is ours only if nothing says it shows another ticket.
  const active = one(doc, sel.activeTicketPane);
  if (!active || holdsOtherTicket(active, id)) return null;
  const shown = activeZendeskTicketId(doc);
  return shown === null || shown === id ? active : null;
}

/** The ticket id of the selected top-bar tab (or active pane), for when the URL lags behind. */
export function activeZendeskTicketId(doc: Document): string | null {
  const sub = one(doc, sel.selectedHeaderTab)?.querySelector(sel.headerTabSubtitle);
  const fromTab = /#(\d+)/.exec(sub?.textContent ?? '')?.[1];
  if (fromTab) return fromTab;
  const legacy = doc.querySelector(sel.legacySelectedTab)?.getAttribute('data-entity-id') ?? '';
  if (DIGITS.test(legacy)) return legacy;
  const anchor = one(doc, sel.activeTicketPane)?.querySelector(`[${sel.ticketRootMarker}]`);
  const fromPane = anchor?.getAttribute(sel.ticketRootMarker) ?? '';
  return DIGITS.test(fromPane) ? fromPane : null;
}


/** Reads the ticket `ref.ticketId` from an Agent Workspace page, only inside that ticket's element. */
export function readZendeskDom(
  doc: Document,
  ref: { host: string; ticketId: string; url: string },
  capturedAt: string,
): TicketSnapshot {
  const snap = emptySnapshot({ site: 'zendesk', host: ref.host, ticketId: ref.ticketId, url: ref.url, capturedAt });
  const scope = attempt(() => findScope(doc, ref.ticketId));
  if (!scope) {
    snap.notices.push({ source: 'dom', part: 'page', message: `Couldn't find ticket #${ref.ticketId} on this page` });
    return snap;
  }
  const fill = fieldFiller(snap, EXPECTED);
  fill('subject', () => readSubject(scope), (v) => (snap.subject = v));
  fill('status', () => readStatus(scope), (v) => (snap.status = v));
  fill('priority', () => readWord(scope, sel.priority), (v) => (snap.priority = v));
  fill('type', () => readWord(scope, sel.type), (v) => (snap.type = v));
  fill('tags', () => readTags(scope), (v) => (snap.tags = v));
  fill('requester', () => readRequester(scope), (v) => (snap.requester = v));
  const assignment = attempt(() => readAssignment(scope));
  fill('assignee', () => assignment?.assignee, (v) => (snap.assignee = v));
  fill('group', () => assignment?.group, (v) => (snap.group = v === null ? null : { id: null, name: v }));
  fill('customFields', () => readCustomFields(scope), (v) => (snap.customFields = v));
  fill('sla', () => readSla(scope, Date.parse(capturedAt)), (v) => (snap.sla = v));
  const log = attempt(() => readLog(scope));
  fill('comments', () => log?.comments, (v) => (snap.comments = v));
  // With the show-more button the oldest comments are not loaded: the first shown is not the description.
  if (log && !log.showMore) {
    snap.commentCount = log.comments.length;
    fill('description', () => log.comments[0]?.text, (v) => (snap.description = v));
  }
  if (Object.keys(snap.fieldSources).length > 0) snap.sources = ['dom'];
  return snap;
}
