import { z } from 'zod';
import type { TicketLink } from '../schema/kpi';
import { emptySnapshot } from '../schema/snapshot-base';
import type { Comment, SlaMetric, TicketSnapshot, Transition } from '../schema/ticket';
import { ImportError } from './import-zendesk';
import { jiraIso, jiraSla } from './import-jsm-sla';

// Strict where a KPI depends on the value (key, times, status, changelog), lenient elsewhere: an
// odd comment list or issue link must not make a whole export unreadable.
const Named = z.looseObject({ name: z.string().nullish() }).nullish().catch(null);
const User = z.looseObject({ accountId: z.string().nullish() }).nullish().catch(null);
/** Jira sends ISO strings; Atlassian's own examples sometimes epoch milliseconds. */
const Time = z.union([z.number(), z.string().refine((v) => jiraIso(v) !== null, 'expected an ISO 8601 time')]).nullish();
const JiraComment = z.looseObject({ id: z.union([z.string(), z.number()]), author: User, created: Time.catch(null), jsdPublic: z.boolean().nullish().catch(null) });
const Comments = z
  .union([z.looseObject({ comments: z.array(JiraComment), total: z.number().nullish() }), z.array(JiraComment).transform((comments) => ({ comments, total: comments.length }))])
  .nullish()
  .catch(null);
const Link = z.looseObject({ type: Named, outwardIssue: z.looseObject({ key: z.string().nullish() }).nullish(), inwardIssue: z.looseObject({ key: z.string().nullish() }).nullish() });
const Issue = z.looseObject({
  key: z.string(),
  self: z.string().nullish(),
  fields: z.looseObject({
    summary: z.string().nullish().catch(null),
    created: Time,
    updated: Time,
    resolutiondate: Time,
    status: z.looseObject({ name: z.string().nullish() }).nullish(),
    priority: Named,
    issuetype: Named,
    labels: z.array(z.string()).nullish().catch(null),
    reporter: User,
    comment: Comments,
    issuelinks: z.array(Link).nullish().catch(null),
  }),
  changelog: z
    .looseObject({
      histories: z.array(z.looseObject({ created: Time, items: z.array(z.looseObject({ field: z.string(), fromString: z.string().nullish(), toString: z.string().nullish() })) })),
    })
    .nullish(),
});
const SearchPage = z.object({ issues: z.array(z.unknown()) });

const TRACKED = new Set<Transition['field']>(['status', 'priority', 'assignee']);

function transitions(issue: z.infer<typeof Issue>): Transition[] {
  const out: Transition[] = [];
  for (const h of issue.changelog?.histories ?? []) {
    const at = jiraIso(h.created);
    if (at === null) continue;
    for (const it of h.items) {
      const field = it.field as Transition['field'];
      if (TRACKED.has(field)) out.push({ field, from: it.fromString ?? null, to: it.toString ?? null, at });
    }
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** One Jira issue (search result with `expand=changelog`) as the snapshot the KPIs read. */
function issueSnapshot(issue: z.infer<typeof Issue>, raw: Record<string, unknown>, capturedAt: string): TicketSnapshot {
  const host = issue.self && URL.canParse(issue.self) ? new URL(issue.self).host : 'jira.invalid';
  const f = issue.fields;
  const s = emptySnapshot({ site: 'jira', host, ticketId: issue.key, url: `https://${host}/browse/${issue.key}`, capturedAt });
  const reporter = f.reporter?.accountId ?? null;
  const comments: Comment[] = (f.comment?.comments ?? []).map((c) => ({
    id: String(c.id),
    // As for Zendesk without a users sideload: the reporter is the customer, others are agents.
    authorRole: c.author?.accountId && c.author.accountId === reporter ? 'end-user' : 'agent',
    authorName: null,
    public: c.jsdPublic ?? true,
    createdAt: jiraIso(c.created),
    text: '',
  }));
  const sla: SlaMetric[] = jiraSla((raw.fields ?? {}) as Record<string, unknown>);
  Object.assign(s, {
    subject: f.summary ?? null,
    status: f.status?.name ?? null,
    priority: f.priority?.name ?? null,
    type: f.issuetype?.name ?? null,
    tags: f.labels ?? [],
    createdAt: jiraIso(f.created),
    updatedAt: jiraIso(f.updated),
    resolvedAt: jiraIso(f.resolutiondate),
    comments,
    commentCount: f.comment ? (f.comment.total ?? comments.length) : null,
    sla,
    transitions: transitions(issue),
  } satisfies Partial<TicketSnapshot>);
  s.fieldSources = { subject: 'api', status: 'api', priority: 'api', createdAt: 'api', updatedAt: 'api', resolvedAt: 'api', tags: 'api' };
  if (f.comment) s.fieldSources.comments = 'api';
  if (issue.changelog) s.fieldSources.transitions = 'api';
  if (sla.length) s.fieldSources.sla = 'api';
  s.sources = ['api'];
  return s;
}

/** True when the JSON is a Jira search result (`{issues: [...]}`, or an array of such pages). */
export function isJiraSearch(json: unknown): boolean {
  const pages = Array.isArray(json) ? json : [json];
  return pages.length > 0 && pages.every((p) => SearchPage.safeParse(p).success);
}

/** Snapshots and escalation links (issue links whose type names an escalation) of a Jira search. */
export function jiraSnapshots(json: unknown, capturedAt: string): { tickets: TicketSnapshot[]; links: TicketLink[] } {
  const pages = Array.isArray(json) ? json : [json];
  const tickets: TicketSnapshot[] = [];
  const links: TicketLink[] = [];
  pages.forEach((page, i) => {
    const where = pages.length > 1 && Array.isArray(json) ? `page ${i + 1}: ` : '';
    SearchPage.parse(page).issues.forEach((raw, j) => {
      const r = Issue.safeParse(raw);
      if (!r.success) {
        const issue = r.error.issues[0];
        throw new ImportError(`${where}issues.${j}.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
      }
      const s = issueSnapshot(r.data, raw as Record<string, unknown>, capturedAt);
      tickets.push(s);
      for (const l of r.data.fields.issuelinks ?? []) {
        const target = l.outwardIssue?.key ?? l.inwardIssue?.key;
        if (target && /escalat/i.test(l.type?.name ?? '')) {
          links.push({ ticketKey: `jira:${s.host}:${s.ticketId}`, kind: 'escalation', target, at: s.updatedAt ?? capturedAt });
        }
      }
    });
  });
  return { tickets, links };
}
