// Facts about a snapshot that several rules need.
import type { Comment, TicketSnapshot } from '../schema/ticket';

/** True when the snapshot carries the conversation (possibly empty), not just ticket fields. */
export function commentsKnown(t: TicketSnapshot): boolean {
  return t.comments.length > 0 || t.fieldSources.comments !== undefined || t.commentCount !== null;
}

/** The latest comment matching `pred`, by position (helpdesks list comments oldest first). */
export function lastComment(t: TicketSnapshot, pred: (c: Comment) => boolean): Comment | undefined {
  for (let i = t.comments.length - 1; i >= 0; i--) {
    const c = t.comments[i];
    if (c && pred(c)) return c;
  }
  return undefined;
}

export const isPublicAgent = (c: Comment): boolean => c.public && c.authorRole === 'agent';
export const isPublicCustomer = (c: Comment): boolean => c.public && c.authorRole === 'end-user';

/** Whole minutes from an ISO time to `now`; null when the time is unknown. */
export function minutesSince(iso: string | null | undefined, now: Date): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor((now.getTime() - t) / 60_000);
}

/** "3 h 5 min", "2 d 4 h", "45 min" for a number of minutes. */
export function duration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  if (m < 24 * 60) return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  return `${d} d${h ? ` ${h} h` : ''}`;
}

/** A short single-line quote around [start, end) of `text`, with ellipses where it was cut. */
export function quote(text: string, start = 0, end = text.length, width = 40): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** How a comment is named in a message: "the public reply by Alex Kim". */
export function commentName(c: Comment): string {
  const kind = c.public ? 'public' : 'internal';
  const who = c.authorName ? ` by ${c.authorName}` : '';
  return `the ${kind} ${c.authorRole === 'end-user' ? 'comment' : 'reply'}${who}`;
}

/** Ticket name for messages: Zendesk "#123", Jira "SUP-12". */
export function ticketName(t: TicketSnapshot): string {
  return t.site === 'zendesk' ? `#${t.ticketId}` : t.ticketId;
}

/** Builds a word-list regex once per list (settings change rarely; tickets are many). */
const wordRegexCache = new Map<string, RegExp>();
export function wordsRegex(words: readonly string[]): RegExp | null {
  const list = words.map((w) => w.trim()).filter(Boolean);
  if (list.length === 0) return null;
  const key = list.join('\u0000');
  let re = wordRegexCache.get(key);
  if (!re) {
    const alt = list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    re = new RegExp(`(?<![\\w])(?:${alt.join('|')})(?![\\w])`, 'gi');
    wordRegexCache.set(key, re);
  }
  return re;
}
