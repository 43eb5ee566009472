// zod/mini, not classic zod: this runs in the content script (see lib/schema/content-side.ts).
// JSM's REST responses (shared/realdata/api/jsm): requests, request comments, SLAs.
import * as z from 'zod/mini';
import { expected, Id, JiraUser, Num, Text } from './api-schema-base';

/** JSM's date object: `{iso8601, jira, friendly, epochMillis}`. */
const JsmDate = z.nullish(z.looseObject({ iso8601: Text, epochMillis: Num }));
const JsmDuration = z.nullish(z.looseObject({ millis: Num, friendly: Text }));
const JsmLinks = z.nullish(z.looseObject({ next: Text, web: Text, agent: Text, self: Text }));

/** `GET /rest/servicedeskapi/request/KEY?expand=requestType` */
export const JsmRequest = z.looseObject({
  issueId: z.optional(Id),
  issueKey: z.string({ error: expected('string', 'missing (a JSM request response has a top-level "issueKey")') }),
  requestTypeId: z.optional(Id),
  serviceDeskId: z.optional(Id),
  createdDate: JsmDate,
  reporter: z.nullish(JiraUser),
  requestType: z.nullish(z.looseObject({ name: Text })),
  currentStatus: z.nullish(z.looseObject({ status: Text, statusCategory: Text, statusDate: JsmDate })),
  _links: JsmLinks,
});
export type JsmRequest = z.infer<typeof JsmRequest>;

export const JsmComment = z.looseObject({
  id: Id,
  body: Text,
  public: z.boolean({ error: expected('boolean') }),
  author: z.nullish(JiraUser),
  created: JsmDate,
});
export type JsmComment = z.infer<typeof JsmComment>;

export const JsmCycle = z.looseObject({
  startTime: JsmDate,
  stopTime: JsmDate,
  breachTime: JsmDate,
  breached: z.nullish(z.boolean()),
  paused: z.nullish(z.boolean()),
  goalDuration: JsmDuration,
  elapsedTime: JsmDuration,
  remainingTime: JsmDuration,
});
export type JsmCycle = z.infer<typeof JsmCycle>;

export const JsmSla = z.looseObject({
  name: z.string({ error: expected('string') }),
  completedCycles: z.nullish(z.array(JsmCycle)),
  ongoingCycle: z.nullish(JsmCycle),
});
export type JsmSla = z.infer<typeof JsmSla>;

/** JSM's paged list: `{size, start, limit, isLastPage, _links.next, values}`. */
function jsmPage<T extends z.ZodMiniType>(item: T, what: string) {
  return z.looseObject({
    size: Num,
    start: Num,
    limit: Num,
    isLastPage: z.nullish(z.boolean()),
    _links: JsmLinks,
    values: z.array(item, { error: expected('array', `missing (a JSM ${what} response has a top-level "values" array)`) }),
  });
}
/** `GET /rest/servicedeskapi/request/KEY/comment?start=&limit=` */
export const JsmCommentsPage = jsmPage(JsmComment, 'comments');
export type JsmCommentsPage = z.infer<typeof JsmCommentsPage>;
/** `GET /rest/servicedeskapi/request/KEY/sla?start=&limit=` */
export const JsmSlaPage = jsmPage(JsmSla, 'SLA');
export type JsmSlaPage = z.infer<typeof JsmSlaPage>;

/** The paging of any JSM list, whatever its items. */
export const JsmPaging = z.looseObject({ start: Num, isLastPage: z.nullish(z.boolean()), values: z.array(z.unknown()) });

/** True when a JSM page says more follow. */
export function moreJsm(p: { isLastPage?: boolean | null }): boolean {
  return p.isLastPage === false;
}
