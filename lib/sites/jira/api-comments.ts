import type { Comment } from '../../schema/ticket';
import {
  JiraCommentsPage,
  JsmCommentsPage,
  moreComments,
  moreJsm,
  parseWith,
  type JiraComment,
  type JsmComment,
} from './api-schema';
import { authorRole, bodyText, jiraTime, jsmTime } from './api-values';
import { wikiToText } from './wiki';

export interface CommentsRead {
  comments: Comment[];
  /** Every page parsed and the last says none follow: the list is the whole conversation. */
  complete: boolean;
  errors: string[];
}

function parsePages<T>(pages: readonly unknown[], schema: Parameters<typeof parseWith<T>>[0]) {
  const parsed: T[] = [];
  const errors: string[] = [];
  pages.forEach((json, i) => {
    const r = parseWith(schema, json);
    if (r.ok) parsed.push(r.data);
    else errors.push(pages.length > 1 ? `page ${i + 1}: ${r.message}` : r.message);
  });
  return { parsed, errors };
}

function platformComment(c: JiraComment, requesterId: string | null, jsmPublic: ReadonlyMap<string, boolean>): Comment {
  const id = String(c.id);
  // A restricted comment (role/group visibility) or a JSM internal note is not seen by the customer.
  const isPublic = jsmPublic.get(id) ?? (!c.visibility && c.jsdPublic !== false);
  return {
    id,
    authorRole: authorRole(c.author, requesterId),
    authorName: c.author?.displayName ?? null,
    public: isPublic,
    createdAt: jiraTime(c.created),
    text: bodyText(c.body),
  };
}

function jsmComment(c: JsmComment, requesterId: string | null): Comment {
  return {
    id: String(c.id),
    authorRole: authorRole(c.author, requesterId),
    authorName: c.author?.displayName ?? null,
    public: c.public,
    createdAt: jsmTime(c.created),
    text: wikiToText(c.body ?? ''),
  };
}

/**
 * Comments from platform pages (`/rest/api/N/issue/KEY/comment`, or the issue's own `fields.comment`)
 * and JSM pages (`/rest/servicedeskapi/request/KEY/comment`). The platform list is preferred (ADF
 * bodies, absolute times); JSM's `public` flag then says which are internal. JSM alone also works.
 */
export function readComments(
  platform: readonly unknown[],
  jsm: readonly unknown[],
  requesterId: string | null,
): CommentsRead {
  const p = parsePages(platform, JiraCommentsPage);
  const j = parsePages(jsm, JsmCommentsPage);
  const errors = [...p.errors, ...j.errors];
  const jsmPublic = new Map<string, boolean>();
  for (const page of j.parsed) for (const c of page.values) jsmPublic.set(String(c.id), c.public);
  const seen = new Set<string>();
  const comments: Comment[] = [];
  // Pages can overlap when comments are added while paging: each comment is kept once.
  const add = (c: Comment) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    comments.push(c);
  };
  if (p.parsed.length > 0) {
    for (const page of p.parsed) for (const c of page.comments) add(platformComment(c, requesterId, jsmPublic));
    const last = p.parsed.at(-1);
    return { comments, complete: p.errors.length === 0 && last !== undefined && !moreComments(last), errors };
  }
  for (const page of j.parsed) for (const c of page.values) add(jsmComment(c, requesterId));
  const last = j.parsed.at(-1);
  return { comments, complete: j.errors.length === 0 && last !== undefined && !moreJsm(last), errors };
}

/** The comments embedded in an issue (`fields.comment`), as one platform page. */
export function embeddedPage(comment: JiraCommentsPage | JiraComment[] | null | undefined): unknown[] {
  if (!comment) return [];
  // A bare array (the OpenAPI example) has no paging: it is the whole list.
  return Array.isArray(comment) ? [{ comments: comment }] : [comment];
}
