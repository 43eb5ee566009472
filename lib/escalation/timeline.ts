import type { Evidence } from '../schema/evidence';
import type { TimelineEntry } from '../schema/escalation';
import type { TicketSnapshot } from '../schema/ticket';
import { clip } from './text';

/** Timeline entries per evidence: its first and last times and those on error lines, at most this many. */
const PER_EVIDENCE = 12;

const utc = (iso: string): string => new Date(iso).toISOString();

function ticketEntries(s: TicketSnapshot): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  if (s.createdAt) out.push({ at: utc(s.createdAt), source: 'ticket', text: `Ticket created: ${s.subject ?? `#${s.ticketId}`}` });
  for (const c of s.comments) {
    if (!c.createdAt) continue;
    const who = c.authorName ? `${c.authorName} (${c.authorRole})` : c.authorRole;
    const kind = c.public ? 'comment' : 'internal note';
    out.push({ at: utc(c.createdAt), source: 'comment', text: `${who}, ${kind}: ${clip(c.text.replace(/\s+/g, ' ').trim(), 160)}`, ref: c.id });
  }
  for (const t of s.transitions) {
    out.push({ at: utc(t.at), source: 'ticket', text: `${t.field} changed from ${t.from ?? 'none'} to ${t.to ?? 'none'}` });
  }
  return out;
}

function evidenceEntries(e: Evidence): TimelineEntry[] {
  const lines = e.text.split(/\r\n|\n|\r/);
  const dated = e.timestamps.filter((t): t is typeof t & { utc: string } => t.utc !== null);
  if (dated.length === 0) return [];
  const errorLines = new Set([...e.errors.map((x) => x.line), ...e.stackTraces.map((t) => t.startLine)]);
  const picked = new Set([dated[0], ...dated.filter((t) => errorLines.has(t.line)), dated[dated.length - 1]]);
  const chosen = [...picked].filter((t) => t !== undefined).slice(0, PER_EVIDENCE);
  const label = e.source.title ?? e.source.url ?? e.id;
  return chosen.map((t) => ({
    at: t.utc,
    source: 'evidence' as const,
    text: `${label} line ${t.line}: ${clip((lines[t.line - 1] ?? '').trim(), 160)}`,
    ref: e.id,
  }));
}

/** Ticket events, comments and evidence times merged in UTC order (ties keep ticket before evidence). */
export function buildTimeline(s: TicketSnapshot, evidence: readonly Evidence[]): TimelineEntry[] {
  const all = [...ticketEntries(s), ...evidence.flatMap(evidenceEntries)];
  const seen = new Set<string>();
  return all
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => a.entry.at.localeCompare(b.entry.at) || a.i - b.i)
    .map(({ entry }) => entry)
    .filter((entry) => {
      const key = `${entry.at}\u0000${entry.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
