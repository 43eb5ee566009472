// The index as stored between sessions: flat typed arrays that IndexedDB stores by structured
// clone without a per-posting object. Articles are not copied into it: the caller keeps them in
// their own table and hands them back on load, checked against the ids the index was built on.
// Loading rebuilds only the term map and idf (the typo table waits for the first unknown word).
import { z } from 'zod';
import { describeIssues } from '../schema/describe';
import type { KbArticle } from '../schema/kb';
import { computeIdf, type KbIndex } from './model';

/** Bumped whenever tokenising or weighting changes: an old stored index is rebuilt, not misread. */
export const INDEX_VERSION = 1;

const StoredShape = z.object({
  version: z.literal(INDEX_VERSION),
  ids: z.array(z.string()),
  terms: z.array(z.string()),
  postStart: z.instanceof(Uint32Array),
  postDocs: z.instanceof(Uint32Array),
  postWeight: z.instanceof(Uint16Array),
  termFlags: z.instanceof(Uint8Array),
});

/** The stored form of an index (structured-clonable; not meant for JSON). */
export interface SerializedKbIndex {
  version: typeof INDEX_VERSION;
  /** Article ids in index order: loading checks the articles given back against them. */
  ids: string[];
  terms: string[];
  postStart: Uint32Array;
  postDocs: Uint32Array;
  postWeight: Uint16Array;
  termFlags: Uint8Array;
}

/** The storable form of an index. */
export function serializeIndex(index: KbIndex): SerializedKbIndex {
  return {
    version: INDEX_VERSION,
    ids: index.articles.map((a) => a.id),
    terms: [...index.terms],
    postStart: index.postStart,
    postDocs: index.postDocs,
    postWeight: index.postWeight,
    termFlags: index.termFlags,
  };
}

const unusable = (why: string) => new Error(`stored KB index is unusable: ${why}`);

/**
 * An index from its stored form and the articles it was built on, in the same order. Throws a
 * message saying what is wrong (another version, truncated arrays, different articles); the
 * caller then rebuilds with buildIndex.
 */
export function loadIndex(stored: unknown, articles: readonly KbArticle[]): KbIndex {
  const r = StoredShape.safeParse(stored);
  if (!r.success) throw unusable(describeIssues(r.error.issues));
  const s = r.data;
  const n = s.terms.length;
  const postings = s.postDocs.length;
  if (s.postStart.length !== n + 1 || s.postStart[n] !== postings || s.postWeight.length !== postings || s.termFlags.length !== n) {
    throw unusable('its arrays do not have matching lengths');
  }
  if (s.ids.length !== articles.length) throw unusable(`built on ${s.ids.length} articles, given ${articles.length}`);
  const moved = s.ids.findIndex((id, i) => articles[i]?.id !== id);
  if (moved >= 0) throw unusable(`article ${moved} is "${articles[moved]?.id}", the index has "${s.ids[moved]}" there`);
  if (s.postDocs.some((doc) => doc >= articles.length)) throw unusable('postings point past the articles');
  return {
    articles,
    terms: s.terms,
    termIds: new Map(s.terms.map((t, i) => [t, i])),
    postStart: s.postStart,
    postDocs: s.postDocs,
    postWeight: s.postWeight,
    termFlags: s.termFlags,
    idf: computeIdf(s.postStart, articles.length),
    scratch: {},
  };
}
