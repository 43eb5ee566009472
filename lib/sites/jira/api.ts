import { emptySnapshot, type TrackedField } from '../../schema/snapshot-base';
import type { TicketSnapshot } from '../../schema/ticket';
import { readChangelog, transitionsOf } from './api-changelog';
import { embeddedPage, readComments } from './api-comments';
import { JiraIssue, JsmRequest, JsmSlaPage, parseWith } from './api-schema';
import { bodyText, jiraTime, jsmTime, person, slaMetric, userId } from './api-values';

/** The parts of an issue Deskside reads from separate Jira endpoints. */
export type JiraApiPart = 'issue' | 'comments' | 'changelog' | 'request' | 'sla';

export interface JiraApiInput {
  host: string;
  ticketId: string;
  url: string;
  capturedAt: string;
  /** JSON of `/rest/api/{3,2}/issue/KEY` (v3 ADF or v2 wiki bodies); absent if not fetched. */
  issue?: unknown;
  /** JSON of each `/rest/api/N/issue/KEY/comment` page, in order. */
  comments?: readonly unknown[];
  /** JSON of each `/rest/api/N/issue/KEY/changelog` page, in order. */
  changelog?: readonly unknown[];
  /** JSON of `/rest/servicedeskapi/request/KEY?expand=requestType` (JSM only). */
  request?: unknown;
  /** JSON of each `/rest/servicedeskapi/request/KEY/comment` page (JSM only). */
  requestComments?: readonly unknown[];
  /** JSON of each `/rest/servicedeskapi/request/KEY/sla` page (JSM only). */
  sla?: readonly unknown[];
}

export interface JiraApiError {
  part: JiraApiPart;
  message: string;
}

/**
 * Builds a snapshot from Jira and JSM REST JSON. Each part is validated on its own: a part that is
 * not the expected response is reported in `errors` and leaves its fields empty; the others count.
 */
export function snapshotFromJiraApi(input: JiraApiInput): { snapshot: TicketSnapshot; errors: JiraApiError[] } {
  const { host, ticketId, url, capturedAt } = input;
  const s = emptySnapshot({ site: 'jira', host, ticketId, url, capturedAt });
  const errors: JiraApiError[] = [];
  const read = (...fields: TrackedField[]): void => {
    for (const f of fields) s.fieldSources[f] = 'api';
  };
  let requesterId: string | null = null;
  let embedded: unknown[] = [];
  let histories: JiraIssue['changelog'] = null;

  if (input.request !== undefined) {
    const r = parseWith(JsmRequest, input.request);
    if (!r.ok) errors.push({ part: 'request', message: r.message });
    else {
      const q = r.data;
      requesterId = userId(q.reporter);
      s.requestType = q.requestType?.name ?? null;
      s.status = q.currentStatus?.status ?? null;
      s.requester = person(q.reporter);
      s.createdAt = jsmTime(q.createdDate);
      read('requestType', 'status', 'requester', 'createdAt');
    }
  }

  if (input.issue !== undefined) {
    const r = parseWith(JiraIssue, input.issue);
    if (!r.ok) errors.push({ part: 'issue', message: r.message });
    else {
      const f = r.data.fields;
      requesterId = userId(f.reporter) ?? requesterId;
      Object.assign(s, {
        subject: f.summary ?? null,
        description: f.description ? bodyText(f.description) || null : null,
        // The issue's workflow status is the agent's word; JSM's customer-facing one only fills a gap.
        status: f.status?.name ?? s.status,
        priority: f.priority?.name ?? null,
        type: f.issuetype?.name ?? null,
        tags: f.labels ?? [],
        requester: person(f.reporter) ?? s.requester,
        assignee: person(f.assignee),
        createdAt: jiraTime(f.created) ?? s.createdAt,
        updatedAt: jiraTime(f.updated),
        resolvedAt: jiraTime(f.resolutiondate),
      } satisfies Partial<TicketSnapshot>);
      read('subject', 'description', 'status', 'priority', 'type', 'tags', 'requester', 'assignee');
      read('createdAt', 'updatedAt', 'resolvedAt');
      embedded = embeddedPage(f.comment);
      histories = r.data.changelog;
    }
  }

  const platform = input.comments && input.comments.length > 0 ? input.comments : embedded;
  const jsm = input.requestComments ?? [];
  if (platform.length > 0 || jsm.length > 0) {
    const c = readComments(platform, jsm, requesterId);
    for (const message of c.errors) errors.push({ part: 'comments', message });
    if (c.comments.length > 0 || c.complete) {
      s.comments = c.comments;
      read('comments');
    }
    s.commentCount = c.complete ? c.comments.length : null;
  }

  if (input.changelog && input.changelog.length > 0) {
    const c = readChangelog(input.changelog);
    for (const message of c.errors) errors.push({ part: 'changelog', message });
    if (c.transitions.length > 0 || c.complete) {
      s.transitions = c.transitions;
      read('transitions');
    }
  } else if (histories?.histories) {
    s.transitions = transitionsOf(histories.histories);
    read('transitions');
  }

  if (input.sla && input.sla.length > 0) {
    input.sla.forEach((json, i) => {
      const r = parseWith(JsmSlaPage, json);
      if (!r.ok) errors.push({ part: 'sla', message: input.sla?.length === 1 ? r.message : `page ${i + 1}: ${r.message}` });
      else s.sla.push(...r.data.values.map((m) => slaMetric(m, capturedAt)));
    });
    if (errors.every((e) => e.part !== 'sla') || s.sla.length > 0) read('sla');
  }

  s.sources = Object.keys(s.fieldSources).length > 0 ? ['api'] : [];
  return { snapshot: s, errors };
}
