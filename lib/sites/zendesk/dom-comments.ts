// The conversation log of the Zendesk DOM reader.
import type { Comment } from '../../schema/ticket';
import { isoOrNull, line, personName, textOf } from './dom-text';
import * as sel from './selectors';

function readComment(a: Element, index: number, seen: Set<string>): Comment {
  const message = a.querySelector(sel.log.message);
  const kind = message?.getAttribute('type') ?? '';
  const internal = kind === 'internal' || a.querySelector(sel.log.internalTag) !== null;
  // An unknown message type is not a person we can place; 'system' keeps it out of reply metrics.
  const authorRole = internal || kind === 'agent' ? 'agent' : kind === 'end-user' ? 'end-user' : 'system';
  const author = a.querySelector(sel.log.userLink) ?? a.querySelector(sel.log.sender);
  const time = a.querySelector(sel.log.time) ?? a.querySelector(sel.log.anyTime);
  const createdAt = isoOrNull(time?.getAttribute('datetime'));
  const body = a.querySelector(sel.log.content) ?? message;
  let id = a.getAttribute(sel.log.idAttribute) || createdAt || `dom-${index}`;
  if (seen.has(id)) id = `${id}#${index}`; // two comments in one second must stay distinct
  seen.add(id);
  return {
    id,
    authorRole,
    authorName: author ? personName(line(author)) : null,
    public: !internal,
    createdAt,
    text: body ? textOf(body) : '',
  };
}

/** The loaded comments, oldest first, and whether older ones wait behind "Show more". */
export function readLog(scope: Element): { comments: Comment[]; showMore: boolean } | undefined {
  const root = scope.querySelector(sel.log.container) ?? scope;
  const articles = root.querySelectorAll(sel.log.comment);
  if (articles.length === 0) return undefined;
  const seen = new Set<string>();
  const comments = [...articles].map((a, i) => readComment(a, i, seen));
  // Oldest first, as the API lists them, even if the log is shown newest-first.
  const first = Date.parse(comments[0]?.createdAt ?? '');
  const last = Date.parse(comments[comments.length - 1]?.createdAt ?? '');
  if (first > last) comments.reverse();
  return { comments, showMore: scope.querySelector(sel.log.showMore) !== null };
}

