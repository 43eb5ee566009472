// An Agent Workspace with 20 tickets open for `npm run bench -- longtasks`, DOM and REST telling the
// same story. Each ticket is one of the fixture tickets 4101/4102/4103 (test/fixtures/zendesk/api)
// under a new id (4201..4220), its conversation repeated 1-5 times so tickets differ in length; the
// page is rendered with renderAgentWorkspace (the structure of agent-workspace.html) from the same
// JSON the fake API serves, as render-agent-workspace.ts does for the three-ticket page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Route } from 'playwright-core';
import { renderAgentWorkspace, type FixtureComment, type FixtureTicket } from '../test/fixtures/zendesk/build-workspace';
import { FIXTURES } from './chromium';

const BASES = ['4101', '4102', '4103'];
export const TICKET_IDS = Array.from({ length: 20 }, (_, i) => String(4201 + i));
const NOW = Date.parse('2026-11-27T12:00:00Z');

interface User { id: number; name: string; role: string }
interface Comment { id: number; created_at: string; public: boolean; author_id: number; body: string }
interface TicketJson {
  ticket: {
    id: number; url: string; subject: string; raw_subject: string; status: string; priority: string | null; type: string | null;
    requester_id: number; assignee_id: number | null; organization_id: number | null; group_id: number | null; tags: string[];
    custom_fields: { id: number; value: unknown }[];
    slas?: { policy_metrics: { metric: string; stage: string; breach_at: string | null }[] };
  };
  users: User[];
  groups: { id: number; name: string }[];
  organizations: { id: number; name: string }[];
}
interface CommentsJson { comments: Comment[]; users: User[]; meta: { has_more: boolean }; links: Record<string, string | null> }

const read = (file: string): string => readFileSync(path.join(FIXTURES, 'api', file), 'utf8');
/** A base fixture file with every occurrence of the base id (ids, URLs) moved to the new one. */
const moved = (file: string, base: string, id: string): string => read(file).replaceAll(base, id);

const cap = (s: string | null) => (s ? s[0]!.toUpperCase() + s.slice(1).replaceAll('_', ' ') : null);
const ago = (at: string) => `${Math.max(1, Math.round((NOW - Date.parse(at)) / 3_600_000))} hours ago`;

export interface Workspace {
  html: string;
  /** API path (without query) -> JSON body. */
  api: Map<string, string>;
  subjects: Map<string, string>;
}

function ticketFor(id: string, index: number, api: Map<string, string>): FixtureTicket {
  const base = BASES[index % BASES.length]!;
  const repeat = 1 + (index % 5);
  const t = JSON.parse(moved(`ticket-${base}.json`, base, id)) as TicketJson;
  t.ticket.subject = t.ticket.raw_subject = `${t.ticket.subject} (${id})`;
  api.set(`/api/v2/tickets/${id}.json`, JSON.stringify(t));
  api.set(`/api/v2/tickets/${id}/metrics.json`, moved(`metrics-${base}.json`, base, id));

  // One page holding the whole (repeated) conversation, shaped like the last page of the fixture.
  const files = base === '4102' ? ['comments-4102.json', 'comments-4102-page2.json'] : [`comments-${base}.json`];
  const pages = files.map((f) => JSON.parse(moved(f, base, id)) as CommentsJson);
  const last = pages[pages.length - 1]!;
  const once = pages.flatMap((p) => p.comments);
  const comments = Array.from({ length: repeat }, (_, r) =>
    once.map((c) => ({ ...c, id: c.id + r * 1000, created_at: new Date(Date.parse(c.created_at) + r * 3_600_000).toISOString().replace('.000Z', 'Z') })),
  ).flat();
  const users = [...new Map(pages.flatMap((p) => p.users).map((u) => [u.id, u])).values()];
  api.set(`/api/v2/tickets/${id}/comments.json`, JSON.stringify({ ...last, comments, users, meta: { ...last.meta, has_more: false } }));

  const userName = (uid: number | null) => t.users.find((u) => u.id === uid)?.name ?? null;
  const sla = t.ticket.slas?.policy_metrics.find((m) => m.stage === 'active' && m.breach_at);
  return {
    id,
    subject: t.ticket.subject,
    status: cap(t.ticket.status)!,
    priority: cap(t.ticket.priority),
    type: cap(t.ticket.type),
    requester: userName(t.ticket.requester_id) ?? '-',
    organization: t.organizations.find((o) => o.id === t.ticket.organization_id)?.name ?? null,
    group: t.groups.find((g) => g.id === t.ticket.group_id)?.name ?? null,
    assignee: userName(t.ticket.assignee_id),
    tags: t.ticket.tags,
    sla: sla?.breach_at ? { metric: sla.metric, label: cap(sla.metric)!, breachAt: sla.breach_at, shown: '3h' } : null,
    custom: t.ticket.custom_fields.map((f) => ({ id: String(f.id), label: `Field ${f.id}`, shown: cap(String(f.value)) ?? '-' })),
    comments: comments.map((c): FixtureComment => {
      const u = users.find((x) => x.id === c.author_id);
      const role: FixtureComment['role'] = !c.public ? 'internal' : u?.role === 'end-user' ? 'end-user' : 'agent';
      return { role, author: u?.name ?? 'Unknown', userId: c.author_id, at: c.created_at, ago: ago(c.created_at), paragraphs: c.body.split('\n\n') };
    }),
    older: [],
  };
}

/** The 20-ticket workspace, the first ticket active. */
export function buildWorkspace(): Workspace {
  const api = new Map<string, string>();
  const tickets = TICKET_IDS.map((id, i) => ticketFor(id, i, api));
  const html = renderAgentWorkspace(tickets, {
    activeId: TICKET_IDS[0]!,
    header: 'Built by scripts/bench-longtasks-fixture.ts: 20 tickets from the API fixtures 4101-4103 under new ids.',
  });
  return { html, api, subjects: new Map(tickets.map((t) => [t.id, t.subject])) };
}

/** routeZendesk's `override`: serves the 20 tickets' API answers (any query), 404 for others. */
export function serveWorkspaceApi(ws: Workspace) {
  return async (route: Route, apiPath: string): Promise<boolean> => {
    const body = ws.api.get(apiPath.split('?')[0]!);
    await route.fulfill(
      body
        ? { status: 200, contentType: 'application/json; charset=utf-8', body }
        : { status: 404, contentType: 'application/json', body: '{"error":"RecordNotFound","description":"Not found"}' },
    );
    return true;
  };
}
