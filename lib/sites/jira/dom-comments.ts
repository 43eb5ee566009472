// The comments of the Jira issue view. Times there are relative ("2 hours ago"): createdAt stays
// null unless the page gives a machine-readable time; the API supplies the absolute ones.
import type { Comment } from '../../schema/ticket';
import { absoluteTime, blank, firstLeafText, oneLine, textOf } from './dom-text';
import * as sel from './selectors';

const PROFILE = 'More information about ';
const c = sel.comments;

function authorOf(item: Element, header: Element | null): string | null {
  const card = (header ?? item).querySelector(sel.profileCard)?.getAttribute('aria-label') ?? '';
  if (card.startsWith(PROFILE)) return blank(oneLine(card.slice(PROFILE.length)));
  return header ? blank(firstLeafText(header) ?? '') : null;
}

/** True when a restricted marker belongs to this comment, not to a reply nested in it. */
function restricted(item: Element): boolean {
  for (const s of c.restricted) {
    for (const el of item.querySelectorAll(s)) if (el.closest(c.item) === item) return true;
  }
  return false;
}

/** This comment's own header or body (a nested reply has its own, with another id). */
function part(item: Element, selector: string, testId: string): Element | null {
  for (const el of item.querySelectorAll(selector)) if (el.getAttribute('data-testid') === testId) return el;
  return null;
}

function readItem(item: Element, index: number, reporter: string | null): Comment {
  const testId = item.getAttribute('data-testid') ?? '';
  const id = testId.startsWith(c.itemPrefix) ? testId.slice(c.itemPrefix.length) : `dom-${index}`;
  const header = part(item, c.header, c.partId(id, 'header'));
  const bodyEl = part(item, c.body, c.partId(id, 'body'));
  const doc = bodyEl?.querySelector(sel.renderer) ?? bodyEl;
  const authorName = authorOf(item, header);
  const internal = restricted(item);
  return {
    id,
    // The requester (the reporter) is the customer side; everyone else answering is staff.
    authorRole: authorName !== null && authorName === reporter ? 'end-user' : 'agent',
    authorName,
    public: !internal,
    createdAt: absoluteTime((header ?? item).querySelector('time[datetime]')?.getAttribute('datetime')),
    text: doc ? textOf(doc) : '',
  };
}

/** The loaded comments, oldest first, and whether older ones wait behind "Load more". */
export function readComments(
  scope: Element,
  reporter: string | null,
): { comments: Comment[]; loadMore: boolean } | undefined {
  const list = scope.querySelector(c.list);
  if (!list) return undefined;
  const seen = new Set<string>();
  const comments: Comment[] = [];
  list.querySelectorAll(c.item).forEach((item, i) => {
    const comment = readItem(item, i, reporter);
    if (seen.has(comment.id)) return; // the same comment mounted twice (e.g. a reply preview)
    seen.add(comment.id);
    comments.push(comment);
  });
  // Jira lists newest first by default; its comment ids grow with time, so they give the order.
  if (comments.every((x) => /^\d+$/.test(x.id))) comments.sort((a, b) => Number(a.id) - Number(b.id));
  return { comments, loadMore: scope.querySelector(c.loadMore) !== null };
}
