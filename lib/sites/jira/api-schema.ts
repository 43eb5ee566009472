// zod/mini, not classic zod: this runs in the content script (see lib/schema/content-side.ts).
import * as z from 'zod/mini';
import { expected, Id, JiraUser, Num, Text } from './api-schema-base';

export * from './api-schema-base';
export * from './api-schema-jsm';

/**
 * Schemas for the Jira platform (v2, v3) and JSM REST responses Deskside reads, after
 * shared/realdata/api/jira and api/jsm. Loose on purpose: Jira adds fields freely and sends null
 * for unset ones; what stays required (an issue's `key` and `fields`, a page's list) tells a Jira
 * response apart from a Zendesk ticket or unrelated JSON.
 */

/** A v3 ADF document or a v2 wiki-markup string. */
const Body = z.nullish(z.union([z.string(), z.looseObject({ type: z.string(), content: z.optional(z.array(z.unknown())) })]));
const Named = z.nullish(z.looseObject({ name: Text }));

export const JiraComment = z.looseObject({
  id: Id,
  author: z.nullish(JiraUser),
  body: Body,
  created: Text,
  updated: Text,
  /** Set when the comment is restricted to a role or group. */
  visibility: z.nullish(z.looseObject({ type: Text, value: Text })),
  /** JSM: false for an internal comment. */
  jsdPublic: z.nullish(z.boolean()),
});
export type JiraComment = z.infer<typeof JiraComment>;

/** `GET /rest/api/{2,3}/issue/KEY/comment?startAt=&maxResults=` (and `fields.comment`). */
export const JiraCommentsPage = z.looseObject({
  startAt: Num,
  maxResults: Num,
  total: Num,
  comments: z.array(JiraComment, {
    error: expected('array', 'missing (a Jira comments response has a top-level "comments" array)'),
  }),
});
export type JiraCommentsPage = z.infer<typeof JiraCommentsPage>;

/** One change set of the changelog; `items[].toString` is read from the raw item (see api-changelog). */
export const JiraHistory = z.looseObject({
  id: z.optional(Id),
  author: z.nullish(JiraUser),
  created: Text,
  items: z.array(z.looseObject({ field: Text, fieldId: Text, fieldtype: Text, fromString: Text })),
});
export type JiraHistory = z.infer<typeof JiraHistory>;

/** `GET /rest/api/{2,3}/issue/KEY/changelog?startAt=&maxResults=` */
export const JiraChangelogPage = z.looseObject({
  startAt: Num,
  maxResults: Num,
  total: Num,
  isLast: z.nullish(z.boolean()),
  nextPage: Text,
  values: z.array(JiraHistory, {
    error: expected('array', 'missing (a Jira changelog response has a top-level "values" array)'),
  }),
});
export type JiraChangelogPage = z.infer<typeof JiraChangelogPage>;

export const JiraFields = z.looseObject(
  {
    summary: Text,
    description: Body,
    status: z.nullish(z.looseObject({ name: Text, statusCategory: z.nullish(z.looseObject({ key: Text })) })),
    priority: Named,
    issuetype: Named,
    labels: z.nullish(z.array(z.string())),
    reporter: z.nullish(JiraUser),
    assignee: z.nullish(JiraUser),
    // Times stay unknown here: one odd value (the OpenAPI example has `"updated": 1`) must not sink the issue.
    created: z.optional(z.unknown()),
    updated: z.optional(z.unknown()),
    resolutiondate: z.optional(z.unknown()),
    /** A comments page on a full GET; the OpenAPI example gives a bare array. */
    comment: z.nullish(z.union([JiraCommentsPage, z.array(JiraComment)])),
    project: z.nullish(z.looseObject({ key: Text, projectTypeKey: Text })),
  },
  { error: expected('object', 'missing (a Jira issue response has a "fields" object)') },
);

/** `GET /rest/api/{2,3}/issue/KEY` (v3: ADF bodies; v2: wiki-markup strings). */
export const JiraIssue = z.looseObject({
  id: z.optional(Id),
  self: Text,
  key: z.string({ error: expected('string', 'missing (a Jira issue response has a top-level "key")') }),
  fields: JiraFields,
  /** `?expand=changelog` (the only changelog Data Center offers). */
  changelog: z.nullish(z.looseObject({ histories: z.nullish(z.array(JiraHistory)) })),
});
export type JiraIssue = z.infer<typeof JiraIssue>;

/** True when a platform comments page says more follow. */
export function moreComments(p: JiraCommentsPage): boolean {
  const start = p.startAt ?? 0;
  return typeof p.total === 'number' && start + p.comments.length < p.total && p.comments.length > 0;
}

/** True when a changelog page says more follow. */
export function moreChangelog(p: JiraChangelogPage): boolean {
  if (typeof p.isLast === 'boolean') return !p.isLast;
  const start = p.startAt ?? 0;
  return typeof p.total === 'number' && start + p.values.length < p.total && p.values.length > 0;
}

