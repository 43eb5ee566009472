import { isIsoTime, SLA_STAGES } from '../../schema/snapshot-base';
import type { CustomField, SlaMetric } from '../../schema/ticket';

/** Small conversions from Zendesk JSON values to snapshot values, shared by the API readers. */

/** A timestamp the snapshot schema accepts, or null: one odd date must not sink a whole ticket. */
export function isoOrNull(v: string | null | undefined): string | null {
  return isIsoTime(v) ? v : null;
}

/** Custom field values as the snapshot allows; anything richer is kept as its JSON text. */
export function fieldValue(v: unknown): CustomField['value'] {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v) && v.every((x): x is string => typeof x === 'string')) return v;
  return JSON.stringify(v);
}

/** `{calendar, business}` minutes, or null when Zendesk has no value yet (both null). */
export function minutesOrNull(
  v: { calendar?: number | null; business?: number | null } | null | undefined,
): { calendar: number | null; business: number | null } | null {
  const calendar = v?.calendar ?? null;
  const business = v?.business ?? null;
  return calendar === null && business === null ? null : { calendar, business };
}

export function intOrNull(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : null;
}

/**
 * An SLA metric from `ticket.slas.policy_metrics`. Zendesk keeps an overdue metric "active"
 * with a breach time in the past, so that case is reported as breached as of `capturedAt`.
 */
export function slaMetric(
  m: { metric: string; stage?: string | null; breach_at?: string | null },
  capturedAt: string,
): SlaMetric {
  const breachAt = isoOrNull(m.breach_at);
  let stage: SlaMetric['stage'] = SLA_STAGES.find((s) => s === m.stage) ?? 'unknown';
  if (stage === 'active' && breachAt !== null && Date.parse(breachAt) <= Date.parse(capturedAt)) {
    stage = 'breached';
  }
  // The sideload does not name the policy; only /slas/policies does, which needs admin rights.
  return { policy: null, metric: m.metric, stage, breachAt };
}
