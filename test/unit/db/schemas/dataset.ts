// A realistic cache for upgrade tests: hundreds of tickets cloned from the KPI fixtures (real
// Zendesk and Jira payload shapes, read by the same importers the CLI uses), each captured two or
// three times so history has rows, with every status, dates spread over half a year, unicode
// subjects, SLA targets and escalation links.
import { readFileSync } from 'node:fs';
import { jiraSnapshots } from '@/lib/kpi/import-jira';
import { zendeskMetrics, zendeskSnapshots } from '@/lib/kpi/import-zendesk';
import type { TicketSnapshot } from '@/lib/schema';
import type { TicketLink } from '@/lib/schema/kpi';

const fixture = (name: string): unknown => JSON.parse(readFileSync(`test/fixtures/kpi/${name}`, 'utf8'));

const SUBJECTS = [
  'Checkout fails with 502 after deploy',
  'Überweisung schlägt fehl — Zahlung hängt',
  '支払いが完了しません (注文番号 88-1204)',
  'La facture n’arrive pas « urgent »',
  'لا يمكنني تسجيل الدخول',
  'SSO loop on Okta 🔁 after password reset',
  'Запрос на возврат средств',
  'Webhooks stopped firing\nsince 09:14 UTC',
];
const ZENDESK_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const JIRA_STATUSES = ['Waiting for support', 'In Progress', 'Waiting for customer', 'Resolved', 'Done'];
const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
const AGENTS = ['Ana Lima', 'Jürgen Weiß', '王芳', null];

const iso = (ms: number) => new Date(ms).toISOString();
const START = Date.parse('2026-05-01T08:00:00.000Z');
const HOUR = 3_600_000;

export interface Dataset {
  /** Every capture, in the order it is saved (a ticket's captures in time order). */
  captures: TicketSnapshot[];
  links: TicketLink[];
}

function variant(base: TicketSnapshot, i: number, id: string, url: string, statuses: string[]): TicketSnapshot[] {
  const created = START + i * 13 * HOUR + (i % 7) * 61_000;
  const final = statuses[i % statuses.length]!;
  const solved = ['solved', 'closed', 'Resolved', 'Done'].includes(final);
  const steps = 2 + (i % 2);
  return Array.from({ length: steps }, (_, step) => {
    const last = step === steps - 1;
    const at = created + (step + 1) * 5 * HOUR + (i % 3) * 1000;
    const status = last ? final : statuses[step % statuses.length]!;
    const assignee = AGENTS[(i + step) % AGENTS.length] ?? null;
    const s: TicketSnapshot = {
      ...structuredClone(base),
      ticketId: id,
      url,
      subject: `${SUBJECTS[i % SUBJECTS.length]} #${i}`,
      status,
      priority: PRIORITIES[(i + step) % PRIORITIES.length]!,
      assignee: assignee === null ? null : { id: String(7000 + (i % 5)), name: assignee, organization: null },
      createdAt: iso(created),
      updatedAt: iso(at),
      capturedAt: iso(at + 60_000),
      commentCount: step + 1 + (i % 4),
      resolvedAt: last && solved ? iso(at) : null,
      sla: last && solved ? [] : [{ policy: 'Gold', metric: 'next_reply_time', stage: i % 5 === 0 ? 'breached' : 'active', breachAt: iso(at + (i % 9) * HOUR) }],
    };
    if (s.metrics) s.metrics = { ...s.metrics, solvedAt: last && solved ? iso(at) : null };
    return s;
  });
}

/** `zendesk` Zendesk tickets and `jira` Jira issues, with their captures and links. */
export function buildDataset(zendesk = 240, jira = 60): Dataset {
  const capturedAt = '2026-11-27T12:00:00.000Z';
  const zd = zendeskSnapshots(fixture('zendesk-tickets.json'), zendeskMetrics(fixture('zendesk-ticket-metrics.json')), capturedAt);
  const jr = jiraSnapshots(fixture('jira-search.json'), capturedAt);
  const captures: TicketSnapshot[] = [];
  const links: TicketLink[] = [];
  for (let i = 0; i < zendesk; i++) {
    const base = zd[i % zd.length]!;
    const id = String(20_000 + i);
    captures.push(...variant(base, i, id, `https://${base.host}/agent/tickets/${id}`, ZENDESK_STATUSES));
    if (i % 4 === 0) links.push({ ticketKey: `zendesk:${base.host}:${id}`, kind: 'escalation', target: `ENG-${1000 + i}`, at: iso(START + i * HOUR) });
  }
  for (let i = 0; i < jira; i++) {
    const base = jr.tickets[i % jr.tickets.length]!;
    const id = `SUP-${500 + i}`;
    captures.push(...variant(base, i, id, `https://${base.host}/browse/${id}`, JIRA_STATUSES));
    if (i % 3 === 0) links.push({ ticketKey: `jira:${base.host}:${id}`, kind: 'escalation', target: `ENG-${2000 + i}`, at: iso(START + i * HOUR) });
  }
  // The fixture's own escalation links, and a second link on one ticket (the unique index allows it).
  links.push(...jr.links, { ...links[0]!, target: 'OPS-77' });
  return { captures, links };
}
