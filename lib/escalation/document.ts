// One neutral outline of a package, so Markdown, Jira wiki and ADF say the same things in the same
// order and each renderer only knows its own syntax.
import { safeHttpUrl } from '../format/url';
import type { EscalationPackage } from '../schema/escalation';

/** A run of text, optionally a link or monospace. */
export interface Span {
  text: string;
  href?: string;
  code?: boolean;
  strong?: boolean;
}
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; spans: Span[] }
  | { type: 'bullets'; items: Span[][] }
  | { type: 'ordered'; items: string[] }
  | { type: 'code'; text: string }
  | { type: 'table'; header: string[]; rows: string[][] };

export const NOT_PROVIDED = 'Not provided.';

// A link only to a web page: a stranger's javascript: or data: URL stays plain text in every format.
const linked = (text: string, url: string | null | undefined): Span => {
  const href = safeHttpUrl(url);
  return href ? { text, href } : { text };
};
const para = (text: string): Block => ({ type: 'paragraph', spans: [{ text: text.trim() || NOT_PROVIDED }] });
const labelled = (label: string, value: string | undefined): Span[] => [{ text: `${label}: `, strong: true }, { text: value?.trim() || NOT_PROVIDED }];

function severityBlocks(p: EscalationPackage): Block[] {
  const s = p.severity;
  const line = s.override
    ? `${s.override} (set by the specialist; Deskside recommended ${s.recommended})`
    : `${s.recommended} (recommended)`;
  return [{ type: 'paragraph', spans: [{ text: line, strong: true }] }, { type: 'bullets', items: s.reasons.map((r) => [{ text: r }]) }];
}

function evidenceBlocks(p: EscalationPackage): Block[] {
  if (p.evidence.length === 0) return [para('')];
  return p.evidence.flatMap((e): Block[] => {
    const from = e.source.title ?? e.source.url ?? 'pasted text';
    const head: Span[] = [{ text: `${e.id}`, code: true }, { text: ` from ` }];
    head.push(linked(from, e.source.url));
    head.push({ text: `, captured ${e.capturedAt}. ${e.summary}` });
    const blocks: Block[] = [{ type: 'paragraph', spans: head }];
    if (e.highlights.length) blocks.push({ type: 'bullets', items: e.highlights.map((h) => [{ text: h, code: true }]) });
    if (e.excerpt.trim()) blocks.push({ type: 'code', text: e.excerpt });
    return blocks;
  });
}

function relatedBlocks(p: EscalationPackage): Block[] {
  const items: Span[][] = [];
  for (const a of p.kbArticles ?? []) items.push([{ text: 'KB: ' }, linked(a.title, a.url)]);
  for (const t of p.similarTickets ?? []) {
    const label = `#${t.id}${t.subject ? ` ${t.subject}` : ''}`;
    items.push([{ text: 'Similar ticket: ' }, linked(label, t.url)]);
  }
  return items.length ? [{ type: 'bullets', items }] : [para('')];
}

/** The package as an outline of headings, paragraphs, lists, code and tables. */
export function packageOutline(p: EscalationPackage): Block[] {
  const t = p.ticket;
  const env = p.environment;
  const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : undefined);
  return [
    { type: 'heading', level: 1, text: p.summary.trim() || `Escalation of ticket ${t.ticketId}` },
    {
      type: 'table',
      header: ['Field', 'Value'],
      rows: [
        ['Ticket', `${t.site} #${t.ticketId} ${t.url}`],
        ['Status / priority', `${t.status ?? 'unknown'} / ${t.priority ?? 'none'}`],
        ['Customer', [t.requester, t.organization].filter(Boolean).join(', ') || 'unknown'],
        ['Customer tier', t.tier ?? 'none tagged'],
        ['Severity', p.severity.override ?? p.severity.recommended],
        ...(p.jiraIssueKey ? [['Jira issue', p.jiraIssueKey]] : []),
      ],
    },
    { type: 'heading', level: 2, text: 'Expected behaviour' },
    para(p.expected),
    { type: 'heading', level: 2, text: 'Actual behaviour' },
    para(p.actual),
    { type: 'heading', level: 2, text: 'Steps to reproduce' },
    p.steps.length ? { type: 'ordered', items: p.steps } : para(''),
    { type: 'heading', level: 2, text: 'Impact' },
    {
      type: 'bullets',
      items: [labelled('Affected users', p.impact.affectedUsers), labelled('Affected organisations', p.impact.affectedOrgs), labelled('Business impact', p.impact.business)],
    },
    { type: 'heading', level: 2, text: 'Severity' },
    ...severityBlocks(p),
    { type: 'heading', level: 2, text: 'Environment' },
    {
      type: 'bullets',
      items: [labelled('Browsers', list(env.browsers)), labelled('Operating systems', list(env.os)), labelled('App versions', list(env.appVersions))],
    },
    ...(env.userAgents.length ? [{ type: 'code', text: env.userAgents.join('\n') } as Block] : []),
    { type: 'heading', level: 2, text: 'Evidence' },
    ...evidenceBlocks(p),
    { type: 'heading', level: 2, text: 'Timeline (UTC)' },
    p.timeline.length
      ? { type: 'table', header: ['Time (UTC)', 'Source', 'Event'], rows: p.timeline.map((e) => [e.at, e.source, e.text]) }
      : para(''),
    { type: 'heading', level: 2, text: 'Related' },
    ...relatedBlocks(p),
  ];
}
