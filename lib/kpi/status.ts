import type { TicketSnapshot, Transition } from '../schema/ticket';
import { fastIsoMs } from './iso';

// Status names across Zendesk (fixed set) and Jira/JSM (workflow names; the usual ones here).
// A Jira status not listed falls back to whether the issue has a resolution date.
const SOLVED = new Set(['solved', 'closed', 'resolved', 'done', 'cancelled', 'canceled', 'declined', 'completed']);
const OPEN = new Set([
  'new', 'open', 'pending', 'hold', 'on-hold', 'on hold', 'reopened', 'to do', 'in progress',
  'waiting for support', 'waiting for customer', 'escalated', 'work in progress',
]);

const memo = new Map<string, boolean | null>();

/** Whether a status name means solved: true, false, or null when the name is not known. */
export function statusSolved(status: string | null): boolean | null {
  if (status === null) return null;
  // A cache holds a few dozen status names at most; KPIs ask 10,000 times a run.
  const known = memo.get(status);
  if (known !== undefined) return known;
  const s = status.trim().toLowerCase();
  const v = SOLVED.has(s) ? true : OPEN.has(s) ? false : null;
  if (memo.size < 1000) memo.set(status, v);
  return v;
}

/** True when the ticket is solved now: by its status, or by a resolution time when the status is unknown. */
export function isSolved(s: Pick<TicketSnapshot, 'status' | 'resolvedAt' | 'metrics'>): boolean {
  return statusSolved(s.status) ?? (s.resolvedAt !== null || (s.metrics?.solvedAt ?? null) !== null);
}

/** Milliseconds of an ISO time, or null. */
export function ms(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const fast = fastIsoMs(iso);
  if (!Number.isNaN(fast)) return fast;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** The last time the ticket moved into a solved status, from its recorded transitions. */
export function lastSolvedTransition(transitions: readonly Transition[]): number | null {
  let at: number | null = null;
  for (const t of transitions) {
    if (t.field === 'status' && statusSolved(t.to) === true && statusSolved(t.from) !== true) at = ms(t.at);
  }
  return at;
}

/** True when a transition went from a solved status back to an unsolved one. */
export function isReopen(t: Pick<Transition, 'field' | 'from' | 'to'>): boolean {
  return t.field === 'status' && statusSolved(t.from) === true && t.to !== null && statusSolved(t.to) !== true;
}

/**
 * When a solved ticket was solved, as the helpdesk says (resolvedAt, then the metrics' solved_at,
 * then the last move into a solved status). Null for open tickets or when nothing says.
 */
export function solvedTime(s: TicketSnapshot): number | null {
  if (!isSolved(s)) return null;
  return ms(s.resolvedAt) ?? ms(s.metrics?.solvedAt) ?? lastSolvedTransition(s.transitions);
}

/** The soonest breach (past or coming) of an SLA target that is not met or paused, on an open ticket. */
export function nextBreach(s: TicketSnapshot): { at: string; metric: string } | null {
  if (isSolved(s)) return null;
  let best: { at: string; metric: string; t: number } | null = null;
  for (const m of s.sla) {
    // A breached target on an open ticket is the most urgent of all: it sorts first (overdue).
    const t = m.stage === 'active' || m.stage === 'breached' ? ms(m.breachAt) : null;
    if (t !== null && m.breachAt && (best === null || t < best.t)) best = { at: m.breachAt, metric: m.metric, t };
  }
  return best && { at: best.at, metric: best.metric };
}
