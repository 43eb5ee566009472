import { z } from 'zod';
import type { SlaCycle, SlaMetric } from '../schema/ticket';

/** Jira sends "+0000"; ISO 8601 as the snapshot schema wants it has "+00:00". */
export function jiraIso(v: string | number | null | undefined): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? new Date(v).toISOString() : null;
  if (!v) return null;
  const fixed = v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return Number.isNaN(Date.parse(fixed)) ? null : new Date(Date.parse(fixed)).toISOString();
}

// A JSM SLA custom field as the Jira search API returns it (the same cycles as /request/{id}/sla).
const Time = z.looseObject({ iso8601: z.string().nullish(), epochMillis: z.number().nullish() }).nullish();
const Millis = z.looseObject({ millis: z.number().nullish() }).nullish();
const Cycle = z.looseObject({
  startTime: Time,
  stopTime: Time,
  breachTime: Time,
  breached: z.boolean().nullish(),
  paused: z.boolean().nullish(),
  goalDuration: Millis,
  elapsedTime: Millis,
  remainingTime: Millis,
});
const SlaField = z.looseObject({
  name: z.string(),
  completedCycles: z.array(Cycle).nullish(),
  ongoingCycle: Cycle.nullish(),
});

const iso = (t: z.infer<typeof Time>): string | null =>
  t?.iso8601 ? jiraIso(t.iso8601) : typeof t?.epochMillis === 'number' ? new Date(t.epochMillis).toISOString() : null;
const minutes = (m: z.infer<typeof Millis>): number | null => (typeof m?.millis === 'number' ? m.millis / 60_000 : null);

function metric(f: z.infer<typeof SlaField>): SlaMetric {
  const done = f.completedCycles ?? [];
  const cycles: SlaCycle[] = done.map((c) => ({ breached: c.breached ?? false, startedAt: iso(c.startTime), stoppedAt: iso(c.stopTime), breachAt: iso(c.breachTime) }));
  const on = f.ongoingCycle;
  if (on) {
    const stage = on.breached ? 'breached' : on.paused ? 'paused' : 'active';
    return { policy: null, metric: f.name, stage, breachAt: iso(on.breachTime), goalMinutes: minutes(on.goalDuration), elapsedMinutes: minutes(on.elapsedTime), remainingMinutes: minutes(on.remainingTime), completedCycles: cycles };
  }
  // Finished: elapsed is the SLA-calendar time over every cycle, as JSM counts it.
  const elapsed = done.reduce<number | null>((a, c) => (a === null || minutes(c.elapsedTime) === null ? null : a + (minutes(c.elapsedTime) ?? 0)), 0);
  const last = cycles.at(-1);
  return { policy: null, metric: f.name, stage: last ? (last.breached ? 'breached' : 'achieved') : 'unknown', breachAt: last?.breachAt ?? null, goalMinutes: minutes(done.at(-1)?.goalDuration), elapsedMinutes: done.length ? elapsed : null, remainingMinutes: null, completedCycles: cycles };
}

/** The JSM SLA fields among an issue's fields (custom fields holding cycles), as snapshot SLA metrics. */
export function jiraSla(fields: Record<string, unknown>): SlaMetric[] {
  const out: SlaMetric[] = [];
  for (const v of Object.values(fields)) {
    if (typeof v !== 'object' || v === null || !('completedCycles' in v || 'ongoingCycle' in v)) continue;
    const r = SlaField.safeParse(v);
    if (r.success) out.push(metric(r.data));
  }
  return out;
}
