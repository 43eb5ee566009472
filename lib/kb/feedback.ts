// Feedback shifts later rankings for similar tickets: each stored verdict pulls its article up
// (helpful, used in a reply) or down (not helpful) in proportion to how much the new ticket's
// terms overlap the terms of the ticket it was given on. A pure function of the stored list.
import type { Feedback } from '../schema/kb';

const PULL: Record<Feedback['kind'], number> = { helpful: 1, used: 1.5, 'not-helpful': -1.5 };
// Below this overlap two tickets are not "similar" and the verdict does not carry over.
const MIN_SIMILARITY = 0.2;
const STRENGTH = 0.5;
const FLOOR = 0.2;
const CEILING = 3;

/** Overlap of two term sets relative to the smaller one (a short subject can match a long ticket). */
export function similarity(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0;
  const unique = new Set(a);
  let shared = 0;
  for (const t of unique) if (b.has(t)) shared++;
  return shared / Math.min(unique.size, b.size);
}

/**
 * A score multiplier per article id for a ticket with these query terms: 1 means no feedback
 * applies; helpful verdicts on similar tickets raise it (up to 3x), not-helpful ones lower it.
 */
export function feedbackBoosts(feedback: readonly Feedback[], queryTerms: readonly string[]): Map<string, number> {
  const mine = new Set(queryTerms);
  const pull = new Map<string, number>();
  for (const f of feedback) {
    const sim = similarity(f.queryTerms, mine);
    if (sim < MIN_SIMILARITY) continue;
    pull.set(f.articleId, (pull.get(f.articleId) ?? 0) + sim * PULL[f.kind]);
  }
  const out = new Map<string, number>();
  for (const [id, p] of pull) out.set(id, Math.min(CEILING, Math.max(FLOOR, Math.exp(STRENGTH * p))));
  return out;
}
