import type { TicketLink } from '../schema/kpi';
import type { HistoryEntry } from '../schema/messages';
import type { SlaMetric, TicketSnapshot } from '../schema/ticket';
import { ticketKey } from '../schema/snapshot-base';
import { agentReplyTimes, commentsComplete, firstResponse, resolution, type TimedValue } from './durations';
import { isReopen, isSolved, ms, solvedTime } from './status';

/** What KPIs are computed over: cached tickets, their recorded history and escalation links. */
export interface KpiData {
  tickets: readonly TicketSnapshot[];
  history?: readonly HistoryEntry[];
  links?: readonly Pick<TicketLink, 'ticketKey' | 'kind'>[];
  /** Open tickets known only by key and creation time (loadKpiTickets reads them from an index). */
  backlog?: readonly { key: string; createdAt: string }[];
}

/** Everything a metric needs from one ticket, derived once per computation. */
export interface TicketFacts {
  key: string;
  capturedMs: number;
  createdMs: number | null;
  solved: boolean;
  /** When it was solved; for window placement the last update stands in when the helpdesk gave none. */
  solvedMs: number | null;
  solvedPlaceMs: number | null;
  p2: boolean;
  firstResponse: TimedValue | null;
  resolution: TimedValue | null;
  resolutionBusiness: TimedValue | null;
  /** Public agent replies, or null when neither metrics nor the whole conversation say. */
  replies: number | null;
  /** Reopened at least once, or null when neither metrics nor a status history say. */
  reopened: boolean | null;
  escalated: boolean;
  slaMet: number;
  slaMissed: number;
}

const ESCALATED = /^escalat/i;
// Zendesk P2 is "high"; Jira's default scheme names it "High" too.
const P2 = new Set(['high', 'p2', 'priority 2', '2']);

function historyReopen(entries: readonly HistoryEntry[]): boolean {
  for (const e of entries) {
    for (const c of e.changes) {
      if (c.field === 'status' && isReopen({ field: 'status', from: c.from === null ? null : String(c.from), to: c.to === null ? null : String(c.to) })) return true;
    }
  }
  return false;
}

function reopened(s: TicketSnapshot, history: readonly HistoryEntry[] | undefined): boolean | null {
  const byTransitions = s.transitions.some(isReopen) || (history !== undefined && historyReopen(history));
  if (s.metrics?.reopens != null) return s.metrics.reopens > 0 || byTransitions;
  // Deskside saw the status change at least once (a first capture alone records null -> status).
  const hasStatusHistory = history?.some((e) => e.changes.some((c) => c.field === 'status' && c.from !== null)) ?? false;
  const known = s.fieldSources.transitions !== undefined || s.transitions.length > 0 || hasStatusHistory;
  return known ? byTransitions : null;
}

/** Adds one SLA metric to the met/missed counts: each completed JSM cycle, else a finished stage. */
function countSla(m: SlaMetric, met: number, missed: number): [number, number] {
  if (m.completedCycles && m.completedCycles.length > 0) {
    for (const c of m.completedCycles) if (c.breached) missed++; else met++;
  } else if (m.stage === 'achieved') met++;
  else if (m.stage === 'breached') missed++;
  return [met, missed];
}

/**
 * Derives each ticket's facts once, so every metric and trend point is a cheap pass. Of tickets
 * neither captured nor solved since `since`, only open ones are kept, with what the backlog needs.
 */
export function deriveFacts(data: KpiData, business: boolean, since: number | null = null): TicketFacts[] {
  const historyByKey = new Map<string, HistoryEntry[]>();
  for (const h of data.history ?? []) {
    const list = historyByKey.get(h.key);
    if (list) list.push(h);
    else historyByKey.set(h.key, [h]);
  }
  const escalatedKeys = new Set((data.links ?? []).filter((l) => l.kind === 'escalation').map((l) => l.ticketKey));
  const facts: TicketFacts[] = [];
  for (const s of data.tickets) {
    const key = ticketKey(s);
    const createdMs = ms(s.createdAt);
    const capturedMs = ms(s.capturedAt) ?? 0;
    const solved = isSolved(s);
    const solvedMs = solved ? solvedTime(s) : null;
    const solvedPlaceMs = solved ? (solvedMs ?? ms(s.updatedAt)) : null;
    // Every facts object is built by this one literal, fields in one order: metrics loop over
    // them hundreds of thousands of times, and one object shape keeps those loops fast.
    const full = since === null || capturedMs >= since || (solvedPlaceMs !== null && solvedPlaceMs >= since);
    // Solved before the span and not touched in it: no metric or trend point can count it.
    if (!full && solved) continue;
    const p = { createdMs, solvedMs, replyTimes: full && commentsComplete(s) ? agentReplyTimes(s, createdMs) : null };
    const p2 = full && P2.has((s.priority ?? '').trim().toLowerCase());
    const res = full && solved ? resolution(s, business, p) : null;
    let slaMet = 0;
    let slaMissed = 0;
    if (full) for (const m of s.sla) [slaMet, slaMissed] = countSla(m, slaMet, slaMissed);
    facts.push({
      key,
      capturedMs,
      createdMs,
      solved,
      solvedMs,
      solvedPlaceMs,
      p2,
      firstResponse: full ? firstResponse(s, business, p) : null,
      resolution: res,
      resolutionBusiness: p2 && solved ? (business ? res : resolution(s, true, p)) : null,
      replies: full ? (s.metrics?.replies ?? (p.replyTimes ? p.replyTimes.length : null)) : null,
      reopened: full ? reopened(s, historyByKey.get(key)) : null,
      escalated: full && (escalatedKeys.has(key) || s.tags.some((t) => ESCALATED.test(t))),
      slaMet,
      slaMissed,
    });
  }
  for (const b of data.backlog ?? []) facts.push(openOnly(b.key, ms(b.createdAt)));
  return facts;
}

/** An open ticket outside every range asked about: only the backlog reads it. */
function openOnly(key: string, createdMs: number | null): TicketFacts {
  return {
    key, capturedMs: 0, createdMs, solved: false, solvedMs: null, solvedPlaceMs: null, p2: false, firstResponse: null, resolution: null,
    resolutionBusiness: null, replies: null, reopened: null, escalated: false, slaMet: 0, slaMissed: 0,
  };
}
