// The in-memory search index: a BM25F inverted index over title, labels and body in flat typed
// arrays (compact at 50k articles, structured-clonable for IndexedDB, no per-posting objects).
import type { KbArticle } from '../schema/kb';

/** Per-field BM25F settings: a title hit counts three body hits; labels are short, no length norm. */
export const FIELDS = [
  { name: 'title', weight: 3, b: 0.5 },
  { name: 'labels', weight: 2, b: 0 },
  { name: 'body', weight: 1, b: 0.75 },
] as const;

/** BM25 term-frequency saturation. */
export const K1 = 1.2;

/** Postings store tf/(k1+tf) quantised to 16 bits. */
export const QUANT = 65535;

/** Term flags: seen in a title or labels (typo-correctable), seen in labels (a product term). */
export const IN_TITLE = 1;
export const IN_LABELS = 2;

/** A built or loaded index; treat as immutable (the scratch buffers are reused between queries). */
export interface KbIndex {
  readonly articles: readonly KbArticle[];
  readonly terms: readonly string[];
  readonly termIds: ReadonlyMap<string, number>;
  /** postings of term t are [postStart[t], postStart[t+1]) in postDocs/postWeight, docs ascending. */
  readonly postStart: Uint32Array;
  readonly postDocs: Uint32Array;
  readonly postWeight: Uint16Array;
  readonly termFlags: Uint8Array;
  readonly idf: Float64Array;
  readonly scratch: Scratch;
}

/** Lazily built helpers and per-query buffers, kept out of the persisted form. */
export interface Scratch {
  scores?: Float64Array;
  deletes?: Map<string, number[]>;
  sortedTitleTerms?: number[];
  byId?: Map<string, number>;
}

/** Robertson-Sparck Jones idf, never negative (BM25+ style floor at very common terms). */
export function idfOf(docCount: number, df: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

/** Computes idf for every term from its postings length. */
export function computeIdf(postStart: Uint32Array, docCount: number): Float64Array {
  const n = postStart.length - 1;
  const idf = new Float64Array(n);
  for (let t = 0; t < n; t++) idf[t] = idfOf(docCount, (postStart[t + 1] ?? 0) - (postStart[t] ?? 0));
  return idf;
}
