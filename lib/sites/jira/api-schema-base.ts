// zod/mini, not classic zod: this runs in the content script (see lib/schema/content-side.ts).
// Building blocks shared by the Jira platform and JSM response schemas.
import * as z from 'zod/mini';
import { describeIssues } from '../../schema/describe';

/** Error text for a wrong or absent value, e.g. "expected string, received number". */
export function expected(what: string, missing?: string) {
  return (issue: { input?: unknown }): string => {
    const v = issue.input;
    if (v === undefined) return missing ?? `missing, expected ${what}`;
    const got = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
    return `expected ${what}, received ${got}`;
  };
}

export const Text = z.nullish(z.string());
/** Ids are JSON strings in Jira ("10000"); some tools send numbers. */
// An empty id names nothing: a comment keyed "" cannot be stored (snapshot comment ids are non-empty).
export const Id = z.union([z.string().check(z.minLength(1, 'empty, expected a string id')), z.number()], {
  error: expected('string id'),
});
export const Num = z.nullish(z.number());

/** A Jira user. Only ids, the display name and the account type are read, never contact details. */
export const JiraUser = z.looseObject({
  accountId: Text,
  accountType: Text,
  displayName: Text,
  /** Data Center and JSM identify users by name/key. */
  name: Text,
  key: Text,
});
export type JiraUser = z.infer<typeof JiraUser>;

export type Parsed<T> = { ok: true; data: T } | { ok: false; message: string };

/** Parses with a schema and turns a failure into one readable line naming the bad paths. */
export function parseWith<T>(schema: z.ZodMiniType<T>, json: unknown): Parsed<T> {
  const r = schema.safeParse(json);
  return r.success ? { ok: true, data: r.data } : { ok: false, message: describeIssues(r.error.issues) };
}

