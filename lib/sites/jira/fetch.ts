import type { FetchSnapshotOptions } from '../adapter';
import type { Notice, TicketSnapshot } from '../../schema/ticket';
import { abortableSleep, getJson, type HttpContext, type PartLabel } from '../http';
import { snapshotFromJiraApi, type JiraApiPart } from './api';
import { JiraChangelogPage, JiraCommentsPage, JiraIssue, JsmPaging, moreChangelog, moreComments, moreJsm, parseWith } from './api-schema';
import { JIRA_WORDS, readPages, type PagesRead } from './fetch-pages';
import { jiraViewFromUrl } from './urls';

export interface FetchJiraOptions extends FetchSnapshotOptions {
  now?: () => Date;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Per request. @default 10000 */
  timeoutMs?: number;
}

const PAGE = 100;
const FIELDS = 'summary,description,status,priority,issuetype,labels,reporter,assignee,created,updated,resolutiondate,project';
const LABELS: Record<JiraApiPart, PartLabel> = {
  issue: { name: 'the issue', pronoun: 'it' },
  comments: { name: 'the issue comments', pronoun: 'them' },
  changelog: { name: 'the issue history', pronoun: 'it' },
  request: { name: 'the service request', pronoun: 'it' },
  sla: { name: 'the SLAs', pronoun: 'them' },
};
const notice = (part: string, message: string): Notice => ({ source: 'api', part, message });

/** The next offset of a list page, or null when done or when the page does not parse. */
const platformNext = (json: unknown): number | null => {
  const r = parseWith(JiraCommentsPage, json);
  return r.ok && moreComments(r.data) ? (r.data.startAt ?? 0) + r.data.comments.length : null;
};
const changelogNext = (json: unknown): number | null => {
  const r = parseWith(JiraChangelogPage, json);
  return r.ok && moreChangelog(r.data) ? (r.data.startAt ?? 0) + r.data.values.length : null;
};
const jsmNext = (json: unknown): number | null => {
  const r = parseWith(JsmPaging, json);
  return r.ok && moreJsm(r.data) ? (r.data.start ?? 0) + r.data.values.length : null;
};
const sizeOf = (key: 'comments' | 'values') => (json: unknown): number => {
  const list = typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list.length : 0;
};

/** "Only the first N comments are shown." after a failure part-way. */
function pagesNotice(part: JiraApiPart, what: string, r: PagesRead): Notice | null {
  const shown = r.count === 0 ? '' : ` Only the first ${r.count} ${what} are shown.`;
  if (r.failure) return notice(part, r.failure.message + shown);
  if (r.truncated) return notice(part, `This issue has more ${what} than Deskside reads (${r.count}).`);
  return null;
}

/**
 * Reads one issue from the Jira REST API with the agent's own session: the issue (v3, or v2 where
 * the site has no v3, as Data Center), every comment page, the changelog, and for a JSM request its
 * request type, comment visibility and SLAs. Each part fails on its own into a notice; the result
 * is always a valid snapshot. Rejects only when `signal` aborts. Never polls.
 */
export async function fetchJiraSnapshot(opts: FetchJiraOptions): Promise<TicketSnapshot> {
  const origin = new URL(opts.origin).origin;
  const ctx: HttpContext = {
    fetch: opts.fetch,
    now: opts.now ?? (() => new Date()),
    sleep: opts.sleep ?? abortableSleep,
    signal: opts.signal,
    timeoutMs: opts.timeoutMs ?? 10_000,
  };
  const key = encodeURIComponent(opts.ticketId);
  const notices: Notice[] = [];

  // v3 first; a 404 there may mean "no v3 on this site" (Data Center), so v2 is asked once.
  let version = 3;
  let issue = await getJson(`${origin}/rest/api/3/issue/${key}?fields=${FIELDS}`, LABELS.issue, ctx, JIRA_WORDS);
  if (!issue.ok && issue.status === 404) {
    const v2 = await getJson(`${origin}/rest/api/2/issue/${key}?fields=${FIELDS}&expand=changelog`, LABELS.issue, ctx, JIRA_WORDS);
    if (v2.ok) version = 2;
    issue = v2.ok ? v2 : issue;
  }
  if (!issue.ok) notices.push(notice('issue', issue.message));
  const parsed = issue.ok ? parseWith(JiraIssue, issue.json) : null;
  const projectType = parsed?.ok ? parsed.data.fields.project?.projectTypeKey : undefined;
  const kind = jiraViewFromUrl(opts.url)?.kind;
  // JSM is asked when the issue or the page says so, or when nobody knows. A 404 there quietly means
  // "not a service request" (a JSM project also holds issues raised without a request type).
  const jsm = projectType === 'service_desk' || kind === 'queue' || kind === 'portal' ? 'yes' : projectType ? 'no' : 'maybe';

  const api = `${origin}/rest/api/${version}/issue/${key}`;
  const desk = `${origin}/rest/servicedeskapi/request/${key}`;
  const none: PagesRead = { pages: [], count: 0, failure: null, truncated: false };
  const [comments, changelog, request, requestComments, sla] = await Promise.all([
    readPages((at) => `${api}/comment?startAt=${at}&maxResults=${PAGE}&orderBy=created`, platformNext, sizeOf('comments'), LABELS.comments, ctx),
    // Data Center has no /changelog: on v2 the issue's own `expand=changelog` is used.
    version === 3
      ? readPages((at) => `${api}/changelog?startAt=${at}&maxResults=${PAGE}`, changelogNext, sizeOf('values'), LABELS.changelog, ctx)
      : Promise.resolve(none),
    jsm === 'no' ? null : getJson(`${desk}?expand=requestType`, LABELS.request, ctx, JIRA_WORDS),
    jsm === 'no' ? none : readPages((at) => `${desk}/comment?start=${at}&limit=${PAGE}`, jsmNext, sizeOf('values'), LABELS.comments, ctx),
    jsm === 'no' ? none : readPages((at) => `${desk}/sla?start=${at}&limit=${PAGE}`, jsmNext, sizeOf('values'), LABELS.sla, ctx),
  ]);

  const quiet = (status: number | null | undefined) => status === 404;
  // JSM's own list stands in for a platform list that failed outright (agents see internal notes there too).
  const jsmCovers = comments.pages.length === 0 && requestComments.pages.length > 0 && requestComments.failure === null;
  const listNotice = pagesNotice('comments', 'comments', comments);
  if (listNotice && !jsmCovers) notices.push(listNotice);
  const historyNotice = pagesNotice('changelog', 'history entries', changelog);
  if (historyNotice) notices.push(historyNotice);
  if (request && !request.ok && !quiet(request.status)) notices.push(notice('request', request.message));
  const slaNotice = quiet(sla.failure?.status) ? null : pagesNotice('sla', 'SLAs', sla);
  if (slaNotice) notices.push(slaNotice);

  const { snapshot, errors } = snapshotFromJiraApi({
    host: new URL(origin).host,
    ticketId: opts.ticketId,
    url: opts.url,
    capturedAt: ctx.now().toISOString(),
    issue: issue.ok ? issue.json : undefined,
    comments: comments.pages,
    changelog: changelog.pages,
    request: request?.ok ? request.json : undefined,
    requestComments: requestComments.pages,
    sla: sla.pages,
  });
  for (const e of errors) {
    const what = `Jira API sent ${LABELS[e.part].name} in a form Deskside does not understand`;
    notices.push(notice(e.part, `${what} (${e.message}).`));
  }
  snapshot.notices = notices;
  return snapshot;
}
