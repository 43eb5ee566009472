import { emptySnapshot, type Comment, type TicketSnapshot } from '@/lib/schema';
import { DEFAULT_HYGIENE_SETTINGS, HygieneSettings, type HygieneSettingsInput } from '@/lib/schema/hygiene';
import { runHygiene } from '@/lib/hygiene/engine';
import type { RuleId } from '@/lib/hygiene/ids';

export const NOW = new Date('2026-11-27T12:00:00Z');
/** An ISO time `minutes` before NOW (negative: after). */
export const ago = (minutes: number): string => new Date(NOW.getTime() - minutes * 60_000).toISOString();

/** A clean, open, assigned Zendesk ticket that trips no rule; override fields per test. */
export function zendesk(fields: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    ...emptySnapshot({ site: 'zendesk', host: 'acme.zendesk.com', ticketId: '101', url: 'https://acme.zendesk.com/agent/tickets/101', capturedAt: NOW.toISOString() }),
    subject: 'Invoice shows the wrong VAT number',
    description: 'Our November invoice shows the old VAT number.',
    status: 'open',
    priority: 'normal',
    type: 'incident',
    tags: ['billing'],
    requester: { id: '501', name: 'Priya Raman', organization: 'Brightline' },
    assignee: { id: '900', name: 'Alex Kim', organization: null },
    group: { id: '1', name: 'Billing' },
    createdAt: ago(240),
    updatedAt: ago(30),
    comments: [
      customer('Our November invoice shows the old VAT number.', 200),
      agent('Thanks. I have asked billing to correct it and will update you by 15:00 UTC.', 30),
    ],
    commentCount: 2,
    fieldSources: { comments: 'api' },
    ...fields,
  };
}

/** The same clean ticket as a Jira Service Management issue. */
export function jira(fields: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return zendesk({
    site: 'jira',
    host: 'acme.atlassian.net',
    ticketId: 'SUP-12',
    url: 'https://acme.atlassian.net/browse/SUP-12',
    status: 'In Progress',
    priority: 'Medium',
    type: 'Support',
    requestType: 'Get IT help',
    group: null,
    ...fields,
  });
}

let seq = 0;
function comment(role: Comment['authorRole'], text: string, minutesAgo: number, isPublic: boolean): Comment {
  seq += 1;
  return { id: `c${seq}`, authorRole: role, authorName: role === 'agent' ? 'Alex Kim' : 'Priya Raman', public: isPublic, createdAt: ago(minutesAgo), text };
}
export const customer = (text: string, minutesAgo = 100): Comment => comment('end-user', text, minutesAgo, true);
export const agent = (text: string, minutesAgo = 30): Comment => comment('agent', text, minutesAgo, true);
export const note = (text: string, minutesAgo = 30): Comment => comment('agent', text, minutesAgo, false);

export const settings = (input: HygieneSettingsInput = {}): HygieneSettings => HygieneSettings.parse(input);

/** The rule ids that fire on a ticket, sorted, with default settings unless given. */
export function fired(
  t: TicketSnapshot,
  opts: { settings?: HygieneSettings; others?: TicketSnapshot[]; draft?: { text: string; public: boolean } } = {},
): RuleId[] {
  const r = runHygiene(t, opts.settings ?? DEFAULT_HYGIENE_SETTINGS, { now: NOW, others: opts.others, draft: opts.draft });
  return [...new Set(r.findings.map((f) => f.rule))].sort();
}

/** The findings of one rule on a ticket. */
export function findingsOf(rule: RuleId, t: TicketSnapshot, opts: Parameters<typeof fired>[1] = {}) {
  const r = runHygiene(t, opts.settings ?? DEFAULT_HYGIENE_SETTINGS, { now: NOW, others: opts.others, draft: opts.draft });
  return r.findings.filter((f) => f.rule === rule);
}
