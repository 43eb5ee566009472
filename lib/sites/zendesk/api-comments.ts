import type { AuthorRole, Comment } from '../../schema/ticket';
import {
  hasMoreComments,
  parseWith,
  ZendeskCommentsPage,
  type ZendeskComment,
  type ZendeskUser,
} from './api-schema';
import { isoOrNull } from './api-values';

/** Zendesk marks comments it adds itself with this author. */
const SYSTEM_AUTHOR = -1;
/** Via channels of comments a trigger or Zendesk wrote, not a person. */
const SYSTEM_CHANNELS = new Set(['rule', 'system']);

export interface CommentsRead {
  comments: Comment[];
  /** Every page parsed and the last one says no more follow: the list is the whole conversation. */
  complete: boolean;
  errors: string[];
}

function authorRole(
  c: ZendeskComment,
  users: ReadonlyMap<number, ZendeskUser>,
  requesterId: number | null,
): AuthorRole {
  if (c.author_id === null || c.author_id === undefined || c.author_id === SYSTEM_AUTHOR) {
    return 'system';
  }
  if (SYSTEM_CHANNELS.has(String(c.via?.channel ?? ''))) return 'system';
  const role = users.get(c.author_id)?.role;
  if (role === 'end-user') return 'end-user';
  if (role === 'agent' || role === 'admin') return 'agent';
  // Without the users sideload the requester is the only author known to be a customer; the
  // other side of a Zendesk conversation is agents far more often than CC'd end users.
  return c.author_id === requesterId ? 'end-user' : 'agent';
}

function toComment(
  c: ZendeskComment,
  users: ReadonlyMap<number, ZendeskUser>,
  requesterId: number | null,
): Comment {
  const author = c.author_id === null || c.author_id === undefined ? undefined : users.get(c.author_id);
  return {
    id: String(c.id),
    authorRole: authorRole(c, users, requesterId),
    authorName: author?.name ?? null,
    // A comment without the flag is public: Zendesk only ever omits it on very old records.
    public: c.public ?? true,
    createdAt: isoOrNull(c.created_at),
    // plain_body is the comment without markup; real responses sometimes send it empty.
    text: c.plain_body || c.body || '',
  };
}

/**
 * Maps the JSON of each comments page (in order) to snapshot comments. Authors are named from
 * the users each page sideloads, and from `ticketUsers` (the ticket's own sideload) as a fallback.
 */
export function readComments(
  pages: readonly unknown[],
  ticketUsers: ReadonlyMap<number, ZendeskUser>,
  requesterId: number | null,
): CommentsRead {
  const users = new Map(ticketUsers);
  const parsed: ZendeskCommentsPage[] = [];
  const errors: string[] = [];
  pages.forEach((json, i) => {
    const r = parseWith(ZendeskCommentsPage, json);
    if (r.ok) parsed.push(r.data);
    else errors.push(pages.length > 1 ? `page ${i + 1}: ${r.message}` : r.message);
  });
  for (const page of parsed) for (const u of page.users ?? []) users.set(u.id, u);

  const seen = new Set<number>();
  const comments: Comment[] = [];
  for (const page of parsed) {
    for (const c of page.comments) {
      // Pages can overlap when comments are added while paging; keep each comment once.
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      comments.push(toComment(c, users, requesterId));
    }
  }
  const last = parsed.at(-1);
  const complete = errors.length === 0 && last !== undefined && !hasMoreComments(last);
  return { comments, complete, errors };
}
