// Scores articles for weighted query terms: BM25F term-at-a-time accumulation over the postings,
// a bounded top-k, and a 0-1 score against the best score this query could reach, so one user
// threshold means the same for a three-word subject and a long pasted log.
import { correct } from './fuzzy';
import { IN_LABELS, QUANT, type KbIndex } from './model';
import type { QueryTerm } from './query';

/** A scored article before snippets: its position in index.articles and the terms it matched. */
export interface Hit {
  doc: number;
  raw: number;
  score: number;
  matched: string[];
}

/** A query term resolved against the index vocabulary; id -1 for a word no article has. */
export interface Resolved {
  id: number;
  weight: number;
  surface: string;
}

// Long tickets are cut to their heaviest terms: beyond these, words add latency, not relevance.
const MAX_TERMS = 48;
// The "ideal" score counts this many of the heaviest terms: a long ticket cannot expect an
// article to contain all its words, only its main ones.
const IDEAL_TERMS = 6;
// A corrected typo counts less than the word the customer wrote.
const TYPO = 0.7;
// Labels are the KB's product vocabulary: a ticket word that is a label is a product term.
const PRODUCT = 1.25;
// A word no article contains still counts toward the 0-1 scale (a ticket about something the KB
// does not cover should score low), but less than a rare known word: it may be a name or a typo.
const UNKNOWN_IDF_SHARE = 0.6;

/** The idf a resolved term counts with: its own, or a share of the rarest for unknown words. */
function idfOf(index: KbIndex, r: Resolved): number {
  return r.id >= 0 ? (index.idf[r.id] ?? 0) : UNKNOWN_IDF_SHARE * Math.log(1 + (index.articles.length - 0.5) / 1.5);
}

/** Looks query terms up (correcting typos): known terms heaviest first, then unknown words. */
export function resolve(index: KbIndex, query: readonly QueryTerm[]): Resolved[] {
  const out = new Map<number, Resolved>();
  const unknown: Resolved[] = [];
  for (const q of query) {
    let id = index.termIds.get(q.term);
    let weight = q.weight;
    if (id === undefined) {
      id = correct(index, q.term) ?? undefined;
      weight *= TYPO;
    }
    if (id === undefined) {
      unknown.push({ id: -1, weight: q.weight, surface: q.surface });
      continue;
    }
    if ((index.termFlags[id] ?? 0) & IN_LABELS) weight *= PRODUCT;
    const prev = out.get(id);
    if (prev) prev.weight += weight;
    else out.set(id, { id, weight, surface: q.surface });
  }
  const key = (r: Resolved) => r.weight * idfOf(index, r);
  const known = [...out.values()].sort((a, b) => key(b) - key(a)).slice(0, MAX_TERMS);
  return [...known, ...unknown];
}

/** The best raw score a document could get for these terms (the 0-1 scale's 1). */
export function idealScore(index: KbIndex, terms: readonly Resolved[]): number {
  const key = (r: Resolved) => r.weight * idfOf(index, r);
  const top = [...terms].sort((a, b) => key(b) - key(a)).slice(0, IDEAL_TERMS);
  return top.reduce((s, r) => s + r.weight * idfOf(index, r), 0) * 0.8;
}

function contains(index: KbIndex, id: number, doc: number): boolean {
  let lo = index.postStart[id] ?? 0;
  let hi = (index.postStart[id + 1] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = index.postDocs[mid] ?? 0;
    if (d === doc) return true;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The `k` best documents for resolved terms. `boost(doc)` multiplies a document's score
 * (feedback); documents no term matches are never returned.
 */
export function rank(index: KbIndex, terms: readonly Resolved[], k: number, boost?: (doc: number) => number): Hit[] {
  const n = index.articles.length;
  if (!index.scratch.scores || index.scratch.scores.length !== n) index.scratch.scores = new Float64Array(n);
  const scores = index.scratch.scores;
  const touched: number[] = [];
  for (const r of terms) {
    if (r.id < 0) continue;
    const s = (r.weight * (index.idf[r.id] ?? 0)) / QUANT;
    const end = index.postStart[r.id + 1] ?? 0;
    for (let i = index.postStart[r.id] ?? 0; i < end; i++) {
      const doc = index.postDocs[i] ?? 0;
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = (scores[doc] ?? 0) + s * (index.postWeight[i] ?? 0);
    }
  }
  const top: { doc: number; raw: number }[] = [];
  for (const doc of touched) {
    const raw = (scores[doc] ?? 0) * (boost ? boost(doc) : 1);
    scores[doc] = 0;
    if (top.length === k && raw <= (top[k - 1]?.raw ?? Infinity)) continue;
    let at = top.length < k ? top.length : k - 1;
    while (at > 0 && (top[at - 1]?.raw ?? Infinity) < raw) at--;
    top.splice(at, 0, { doc, raw });
    if (top.length > k) top.pop();
  }
  const ideal = idealScore(index, terms) || 1;
  return top.map(({ doc, raw }) => ({
    doc,
    raw,
    score: Math.min(1, raw / ideal),
    matched: terms.filter((r) => r.id >= 0 && contains(index, r.id, doc)).map((r) => r.surface),
  }));
}
