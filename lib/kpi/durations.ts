import type { SlaMetric, TicketSnapshot } from '../schema/ticket';
import { ms } from './status';

/** One ticket's duration and how it was obtained, so the UI can say so. */
export interface TimedValue {
  minutes: number;
  method: 'helpdesk' | 'computed';
  clock: 'business' | 'calendar';
}

type Pair = { calendar: number | null; business: number | null } | null | undefined;

/** The helpdesk's minutes on the chosen clock, or the other clock when only that one is given. */
function pick(pair: Pair, business: boolean): TimedValue | null {
  if (!pair) return null;
  const first = business ? pair.business : pair.calendar;
  const other = business ? pair.calendar : pair.business;
  if (first !== null) return { minutes: first, method: 'helpdesk', clock: business ? 'business' : 'calendar' };
  if (other !== null) return { minutes: other, method: 'helpdesk', clock: business ? 'calendar' : 'business' };
  return null;
}

const FIRST_RESPONSE = /first[\s_-]*(response|reply)/i;
// JSM's default "Time to close after resolution" is not a resolution time.
const RESOLUTION = /^(time[\s_-]*to[\s_-]*)?resol(ution|ve)/i;

/**
 * A finished JSM SLA (no cycle running): business mode uses the SLA's own elapsed minutes (its
 * calendar), calendar mode the wall time of its completed cycles.
 */
function fromSla(sla: readonly SlaMetric[], name: RegExp, business: boolean): TimedValue | null {
  const m = sla.find((x) => name.test(x.metric) && (x.completedCycles?.length ?? 0) > 0);
  if (!m || m.stage === 'active' || m.stage === 'paused') return null;
  if (business && typeof m.elapsedMinutes === 'number') {
    return { minutes: m.elapsedMinutes, method: 'helpdesk', clock: 'business' };
  }
  let total = 0;
  for (const c of m.completedCycles ?? []) {
    const a = ms(c.startedAt);
    const b = ms(c.stoppedAt);
    if (a === null || b === null) return null;
    total += (b - a) / 60_000;
  }
  return { minutes: total, method: 'helpdesk', clock: 'calendar' };
}

/** Whether the snapshot holds the whole conversation (the page may show only the latest comments). */
export function commentsComplete(s: TicketSnapshot): boolean {
  if (s.fieldSources.comments === undefined && s.comments.length === 0) return false;
  return s.commentCount === null || s.comments.length >= s.commentCount;
}

/** Times of public agent replies: after creation, never the description (Zendesk's first comment). */
export function agentReplyTimes(s: TicketSnapshot, createdMs: number | null): (number | null)[] {
  const out: (number | null)[] = [];
  s.comments.forEach((c, i) => {
    if (!c.public || c.authorRole !== 'agent') return;
    if (s.site === 'zendesk' && i === 0) return;
    const t = ms(c.createdAt);
    if (t !== null && createdMs !== null && t <= createdMs) return;
    out.push(t);
  });
  return out;
}

/** What the duration rules need from a ticket, parsed once by the caller. */
export interface Parsed {
  createdMs: number | null;
  solvedMs: number | null;
  /** Public agent reply times when the whole conversation is known, else null. */
  replyTimes: readonly (number | null)[] | null;
}

/** Minutes to first response: Zendesk metrics, then a finished JSM SLA, then comment times. */
export function firstResponse(s: TicketSnapshot, business: boolean, p: Parsed): TimedValue | null {
  const h = pick(s.metrics?.firstReplyMinutes, business) ?? fromSla(s.sla, FIRST_RESPONSE, business);
  if (h) return h;
  if (p.createdMs === null || p.replyTimes === null) return null;
  let first = Infinity;
  for (const t of p.replyTimes) if (t !== null && t < first) first = t;
  return first === Infinity ? null : { minutes: (first - p.createdMs) / 60_000, method: 'computed', clock: 'calendar' };
}

/** Minutes to resolution of a solved ticket: Zendesk metrics, then a finished JSM SLA, then solve time. */
export function resolution(s: TicketSnapshot, business: boolean, p: Parsed): TimedValue | null {
  const h = pick(s.metrics?.fullResolutionMinutes, business) ?? fromSla(s.sla, RESOLUTION, business);
  if (h) return h;
  if (p.createdMs === null || p.solvedMs === null) return null;
  return { minutes: (p.solvedMs - p.createdMs) / 60_000, method: 'computed', clock: 'calendar' };
}
