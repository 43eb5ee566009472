import { TicketSnapshot } from '../schema/ticket';
import { snapshotFromJiraApi } from '../sites/jira/api';
import {
  JiraChangelogPage,
  JiraCommentsPage,
  JiraIssue,
  JsmCommentsPage,
  JsmRequest,
  JsmSlaPage,
  moreChangelog,
  moreComments,
  moreJsm,
} from '../sites/jira/api-schema';
import { captureTime, expectShape, pagesIn, readJson, strictOptions } from './snapshot-io';
import { UsageError, type CliIo } from './types';

/** The Jira part of `deskside snapshot --help`. */
export const JIRA_OPTIONS = `Jira and Jira Service Management (--site jira):
  --issue FILE          GET /rest/api/3/issue/{key} (ADF bodies) or /rest/api/2/issue/{key}
                        (wiki-markup bodies)
  --comments FILE       GET /rest/api/{3,2}/issue/{key}/comment?startAt=N, or JSM's
                        /rest/servicedeskapi/request/{key}/comment; repeat once per page, in order
                        (a file holding a JSON array of pages also works)
  --changelog FILE      GET /rest/api/{3,2}/issue/{key}/changelog?startAt=N; repeat once per page
  --request FILE        GET /rest/servicedeskapi/request/{key}?expand=requestType (JSM)
  --sla FILE            GET /rest/servicedeskapi/request/{key}/sla (JSM); repeat once per page
  --host HOST           the Jira host, when the issue JSON has no "self" URL
`;

/** The Jira host: --host, else the issue's (or request's) own API URL. */
function hostOf(given: string | undefined, ...urls: (string | null | undefined)[]): string | null {
  if (given !== undefined) {
    if (!/^[a-z0-9.-]+(?::\d+)?$/i.test(given)) throw new UsageError(`--host must be a host name such as acme.atlassian.net (got "${given}")`);
    return given.toLowerCase();
  }
  for (const u of urls) if (u && URL.canParse(u)) return new URL(u).host;
  return null;
}

/** `deskside snapshot --site jira`: prints the snapshot of saved Jira and JSM responses. */
export async function snapshotJira(args: readonly string[], io: CliIo): Promise<number> {
  const o = strictOptions(args, {
    site: { type: 'string' },
    issue: { type: 'string' },
    comments: { type: 'string', multiple: true },
    changelog: { type: 'string', multiple: true },
    request: { type: 'string' },
    sla: { type: 'string', multiple: true },
    host: { type: 'string' },
    now: { type: 'string' },
  });
  if (!o.issue) throw new UsageError('--issue ISSUE.json is required');
  const capturedAt = captureTime(o.now);
  const warn = (text: string) => io.stderr(`deskside: warning: ${text}\n`);

  const issueJson = await readJson(o.issue);
  const issue = expectShape(o.issue, 'Jira issue', JiraIssue, issueJson);
  const platform: unknown[] = [];
  const jsm: unknown[] = [];
  let more = false;
  for (const p of await pagesIn(o.comments ?? [])) {
    // JSM lists its pages under "values"; the platform API under "comments".
    const isJsm = typeof p.json === 'object' && p.json !== null && 'values' in p.json && !('comments' in p.json);
    if (isJsm) more = moreJsm(expectShape(p.name, 'JSM request comments', JsmCommentsPage, p.json));
    else more = moreComments(expectShape(p.name, 'Jira comments', JiraCommentsPage, p.json));
    (isJsm ? jsm : platform).push(p.json);
  }
  if (more) warn('the last comments page says more pages follow; commentCount is left unknown. Pass every page with --comments.');
  const changelog = await pagesIn(o.changelog ?? []);
  const lastChange = changelog.map((p) => expectShape(p.name, 'Jira changelog', JiraChangelogPage, p.json)).at(-1);
  if (lastChange && moreChangelog(lastChange)) warn('the last changelog page says more pages follow; pass every page with --changelog.');
  const requestJson = o.request === undefined ? undefined : await readJson(o.request);
  const request = o.request === undefined ? undefined : expectShape(o.request, 'JSM request', JsmRequest, requestJson);
  if (o.request && request && request.issueKey !== issue.key) {
    // Kept, not refused: the request's fields are still read, but the mix-up is said plainly.
    warn(`${o.request} is request ${request.issueKey}, but ${o.issue} is issue ${issue.key}; the snapshot mixes them.`);
  }
  const sla = await pagesIn(o.sla ?? []);
  const lastSla = sla.map((p) => expectShape(p.name, 'JSM SLA', JsmSlaPage, p.json)).at(-1);
  if (lastSla && moreJsm(lastSla)) warn('the last SLA page says more pages follow; pass every page with --sla.');

  let host = hostOf(o.host, issue.self, request?._links?.agent, request?._links?.web);
  if (host === null) {
    // An example without any URL (trimmed test data) still prints; the made-up host says so.
    host = 'jira.invalid';
    warn(`${o.issue} has no "self" URL, so the Jira host is unknown; using ${host}. Pass --host.`);
  }
  const { snapshot, errors } = snapshotFromJiraApi({
    host,
    ticketId: issue.key,
    url: `https://${host}/browse/${issue.key}`,
    capturedAt,
    issue: issueJson,
    comments: platform,
    changelog: changelog.map((p) => p.json),
    request: requestJson,
    requestComments: jsm,
    sla: sla.map((p) => p.json),
  });
  // Every file was checked above; an error here would be a reader bug, said plainly all the same.
  if (errors[0]) throw new UsageError(`the ${errors[0].part} could not be read: ${errors[0].message}`);
  io.stdout(`${JSON.stringify(TicketSnapshot.parse(snapshot), null, 2)}\n`);
  return 0;
}
