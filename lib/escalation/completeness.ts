import type { Completeness, EscalationPackage } from '../schema/escalation';

/** Each element engineering needs, with the name shown when it is missing. */
const ELEMENTS: readonly { name: string; has: (p: EscalationPackage) => boolean | null }[] = [
  { name: 'summary', has: (p) => p.summary.trim() !== '' },
  { name: 'expected behaviour', has: (p) => p.expected.trim() !== '' },
  { name: 'actual behaviour', has: (p) => p.actual.trim() !== '' },
  { name: 'steps to reproduce', has: (p) => p.steps.some((s) => s.trim() !== '') },
  { name: 'impact', has: (p) => [p.impact.affectedUsers, p.impact.affectedOrgs, p.impact.business].some((v) => !!v?.trim()) },
  { name: 'severity', has: (p) => p.severity.override !== undefined || p.severity.reasons.length > 0 },
  { name: 'environment', has: (p) => Object.values(p.environment).some((list) => list.length > 0) },
  { name: 'evidence', has: (p) => p.evidence.length > 0 },
  { name: 'timeline', has: (p) => p.timeline.some((t) => t.source !== 'ticket') },
  // Counted only where the KB and similar-ticket features supplied the field at all.
  { name: 'linked KB articles', has: (p) => (p.kbArticles === undefined ? null : p.kbArticles.length > 0) },
  { name: 'similar tickets', has: (p) => (p.similarTickets === undefined ? null : p.similarTickets.length > 0) },
];

/**
 * A score from 1 to 5 and the names of the missing elements: 5 only when nothing is missing,
 * otherwise 1 + four fifths of the share present, rounded down (so one gap out of nine scores 4).
 */
export function completeness(pkg: EscalationPackage): Completeness {
  const present: string[] = [];
  const missing: string[] = [];
  for (const e of ELEMENTS) {
    const has = e.has(pkg);
    if (has === null) continue;
    (has ? present : missing).push(e.name);
  }
  const total = present.length + missing.length;
  const score = missing.length === 0 ? 5 : Math.min(4, Math.max(1, 1 + Math.floor((4 * present.length) / total)));
  return { score, missing, present };
}
