// Retrieval metrics over an evaluation set, shared by `deskside kb eval` and the benchmark so
// both report the same numbers the same way.
import type { KbEvalQuery } from '../schema/kb';

/** One ranked answer list to score: the ids returned, best first, and the relevant ids. */
export interface Judged {
  ranked: readonly string[];
  relevant: readonly string[];
  ms: number;
}

export interface EvalReport {
  recall_at_1: number;
  recall_at_5: number;
  mrr_at_10: number;
  p50_ms: number;
  p95_ms: number;
  queries: number;
}

/** Share of the relevant articles found in the first k (1 when there are none to find). */
export function recallAt(ranked: readonly string[], relevant: readonly string[], k: number): number {
  if (relevant.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** Reciprocal rank of the first relevant article within the first k, else 0. */
export function reciprocalRank(ranked: readonly string[], relevant: readonly string[], k: number): number {
  const rel = new Set(relevant);
  const at = ranked.slice(0, k).findIndex((id) => rel.has(id));
  return at < 0 ? 0 : 1 / (at + 1);
}

/** The value at quantile q (nearest rank) of unsorted samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** Means of the metrics over all judged queries, and query-time percentiles. */
export function report(judged: readonly Judged[]): EvalReport {
  const n = judged.length || 1;
  const mean = (f: (j: Judged) => number) => judged.reduce((s, j) => s + f(j), 0) / n;
  return {
    recall_at_1: round(mean((j) => recallAt(j.ranked, j.relevant, 1)), 4),
    recall_at_5: round(mean((j) => recallAt(j.ranked, j.relevant, 5)), 4),
    mrr_at_10: round(mean((j) => reciprocalRank(j.ranked, j.relevant, 10)), 4),
    p50_ms: round(quantile(judged.map((j) => j.ms), 0.5), 3),
    p95_ms: round(quantile(judged.map((j) => j.ms), 0.95), 3),
    queries: judged.length,
  };
}

/** Runs `rankIds` over every query (subject and/or description), timing each. */
export function evaluate(queries: readonly KbEvalQuery[], rankIds: (q: KbEvalQuery) => string[]): EvalReport {
  // A few untimed queries first: the first calls pay for lazy tables and JIT warm-up.
  for (const q of queries.slice(0, 10)) rankIds(q);
  const judged = queries.map((q) => {
    const t = performance.now();
    const ranked = rankIds(q);
    return { ranked, relevant: q.relevant, ms: performance.now() - t };
  });
  return report(judged);
}
