import { isIsoTime } from '../../schema/snapshot-base';
import type { AuthorRole, Person, SlaCycle, SlaMetric } from '../../schema/ticket';
import { adfToText } from './adf';
import type { JiraUser, JsmCycle, JsmSla } from './api-schema';
import { wikiToText } from './wiki';

// Jira sends "2026-11-20T09:15:00.000+0000": an offset without a colon, which the snapshot's ISO
// check refuses; it is rewritten to UTC ("...Z") rather than dropped.
/** The largest epoch milliseconds a Date holds (ECMAScript: 8.64e15, year 275760). */
const MAX_DATE_MS = 8.64e15;

const JIRA_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})$/i;

/** A Jira or JSM timestamp as an ISO time the snapshot accepts (UTC), or null. */
export function jiraTime(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = JIRA_TIME.exec(v.trim());
  if (!m?.[1] || !m[2]) return null;
  const zone = m[2].toUpperCase() === 'Z' ? 'Z' : `${m[2].slice(0, 3)}:${m[2].slice(-2)}`;
  const t = Date.parse(`${m[1]}${zone}`);
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  return isIsoTime(iso) ? iso : null;
}

/** A JSM date object's time: its ISO 8601 text, else its epoch milliseconds. */
export function jsmTime(d: { iso8601?: string | null; epochMillis?: number | null } | null | undefined): string | null {
  const fromIso = jiraTime(d?.iso8601);
  if (fromIso) return fromIso;
  const ms = d?.epochMillis;
  // Outside the Date range toISOString throws, and past year 9999 it gives "+010000-..." which no
  // snapshot accepts: either way one odd number must not cost the whole issue.
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return null;
  const iso = new Date(ms).toISOString();
  return isIsoTime(iso) ? iso : null;
}

/** A user's stable id: Cloud accountId, else the Data Center key or name. */
export function userId(u: JiraUser | null | undefined): string | null {
  return u?.accountId || u?.key || u?.name || null;
}

/** A person as the snapshot keeps one: id and display name, never contact details. */
export function person(u: JiraUser | null | undefined): Person | null {
  if (!u) return null;
  return { id: userId(u), name: u.displayName ?? null, organization: null };
}

/**
 * Who wrote a comment: the requester (issue reporter) is the end-user side; JSM portal-only
 * customers ("qm:" account ids, accountType "customer") are too; apps are the system; others agents.
 */
export function authorRole(author: JiraUser | null | undefined, requesterId: string | null): AuthorRole {
  if (!author) return 'system';
  if (author.accountType === 'app') return 'system';
  const id = userId(author);
  if (id !== null && id === requesterId) return 'end-user';
  if (author.accountType === 'customer' || (author.accountId ?? '').startsWith('qm:')) return 'end-user';
  return 'agent';
}

/** A v3 ADF body or a v2 wiki-markup body as readable text. */
export function bodyText(body: unknown): string {
  if (typeof body === 'string') return wikiToText(body);
  return body ? adfToText(body) : '';
}

const minutes = (d: { millis?: number | null } | null | undefined): number | null =>
  typeof d?.millis === 'number' ? Math.round(d.millis / 60_000) : null;

function cycle(c: JsmCycle): SlaCycle {
  return {
    breached: c.breached === true,
    startedAt: jsmTime(c.startTime),
    stoppedAt: jsmTime(c.stopTime),
    breachAt: jsmTime(c.breachTime),
  };
}

/**
 * One JSM SLA as a snapshot metric. The ongoing cycle decides the stage (breached, paused, else
 * active, or breached when its breach time has passed at `capturedAt`); without one the SLA is
 * done, achieved unless its last cycle breached.
 */
export function slaMetric(s: JsmSla, capturedAt: string): SlaMetric {
  const done = (s.completedCycles ?? []).map(cycle);
  const on = s.ongoingCycle;
  const last = (s.completedCycles ?? []).at(-1);
  const shown = on ?? last;
  let stage: SlaMetric['stage'];
  let breachAt: string | null;
  if (on) {
    breachAt = jsmTime(on.breachTime);
    const overdue = breachAt !== null && Date.parse(breachAt) <= Date.parse(capturedAt);
    stage = on.breached === true ? 'breached' : on.paused === true ? 'paused' : overdue ? 'breached' : 'active';
  } else {
    breachAt = last ? jsmTime(last.breachTime) : null;
    stage = last ? (last.breached === true ? 'breached' : 'achieved') : 'unknown';
  }
  return {
    policy: null,
    metric: s.name,
    stage,
    breachAt,
    goalMinutes: minutes(shown?.goalDuration),
    elapsedMinutes: minutes(shown?.elapsedTime),
    remainingMinutes: minutes(shown?.remainingTime),
    completedCycles: done,
  };
}
