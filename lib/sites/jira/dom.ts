import { attempt, fieldFiller } from '../dom-read';
// Runtime helpers from the zod-free module: zod would add ~90 KB gzipped to the content script.
import { emptySnapshot, type TrackedField } from '../../schema/snapshot-base';
import type { TicketSnapshot } from '../../schema/ticket';
import { readComments } from './dom-comments';
import { readDates, readDescription, readIssueType, readLabels, readPriority, readStatus, readSummary, readUser } from './dom-fields';
import { readPortal } from './dom-portal';
import { findScope } from './dom-scope';
import * as sel from './selectors';
import { jiraViewFromUrl } from './urls';

/*
 * Reads one Jira issue from the page: the issue view, a board's side panel or a JSM queue's issue,
 * or the JSM portal request view. Only queries inside the open issue's own container and reads
 * textContent, so the board behind a side panel never leaks in and no layout is forced.
 */

// Fields every issue view shows; losing one is worth telling the user.
const EXPECTED = new Set<TrackedField>(['subject', 'status', 'priority', 'type', 'requester', 'assignee', 'comments']);

/** Reads issue `ref.ticketId` from a Jira page; never throws, notices for what it could not read. */
export function readJiraDom(
  doc: Document,
  ref: { host: string; ticketId: string; url: string },
  capturedAt: string,
): TicketSnapshot {
  const snap = emptySnapshot({ site: 'jira', host: ref.host, ticketId: ref.ticketId, url: ref.url, capturedAt });
  if (jiraViewFromUrl(ref.url)?.kind === 'portal') {
    const portal = attempt(() => readPortal(doc, ref, capturedAt));
    if (portal) return portal;
  }
  const scope = attempt(() => findScope(doc, ref.ticketId));
  if (!scope) {
    snap.notices.push({ source: 'dom', part: 'page', message: `Couldn't find issue ${ref.ticketId} on this page` });
    return snap;
  }
  const fill = fieldFiller(snap, EXPECTED);
  // Side fields are looked for in their column first, the whole issue second.
  const column = attempt(() => scope.querySelector(sel.fieldsColumn)) ?? null;
  const side = <T>(read: (root: Element) => T | undefined) => (): T | undefined => {
    const found = column ? read(column) : undefined;
    return found !== undefined ? found : read(scope);
  };
  fill('subject', () => readSummary(scope), (v) => (snap.subject = v));
  fill('description', () => readDescription(scope), (v) => (snap.description = v));
  fill('status', side(readStatus), (v) => (snap.status = v));
  fill('priority', side(readPriority), (v) => (snap.priority = v));
  fill('type', () => readIssueType(scope), (v) => (snap.type = v));
  fill('tags', side(readLabels), (v) => (snap.tags = v));
  fill('requester', side((root) => readUser(root, sel.reporter)), (v) => (snap.requester = v));
  fill('assignee', side((root) => readUser(root, sel.assignee)), (v) => (snap.assignee = v));
  const dates = attempt(side(readDates));
  fill('createdAt', () => dates?.times.created, (v) => (snap.createdAt = v));
  fill('updatedAt', () => dates?.times.updated, (v) => (snap.updatedAt = v));
  fill('resolvedAt', () => dates?.times.resolved, (v) => (snap.resolvedAt = v));
  // Relative dates ("2 hours ago") are kept as shown, for the agent's eyes only.
  fill('customFields', () => (dates?.shown.length ? dates.shown : undefined), (v) => (snap.customFields = v));
  const log = attempt(() => readComments(scope, snap.requester?.name ?? null));
  fill('comments', () => log?.comments, (v) => (snap.comments = v));
  if (log && !log.loadMore) snap.commentCount = log.comments.length;
  if (Object.keys(snap.fieldSources).length > 0) snap.sources = ['dom'];
  return snap;
}
