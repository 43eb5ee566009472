// Tokenising and light normalisation shared by indexing and querying, so both sides agree on
// every term. No zod and no DOM: runs in Node, the background worker and the content script.
import { isStopWord } from './stopwords';

/** A normalised term and where its surface form sits in the original text. */
export interface Token {
  term: string;
  surface: string;
  start: number;
  end: number;
}

// Letters and digits runs; apostrophes inside words ("can't") are split off and the stub dropped.
const WORD = /[\p{L}\p{N}]+/gu;
// Codes customers paste: ORA-00942, E1234, ERR_TOKEN_EXPIRED, 0x80070005. Kept whole as well as split.
const CODE = /\b(?:[A-Za-z]{1,8}[-_]\d{2,6}|[A-Za-z]{1,3}\d{3,6}|0x[0-9A-Fa-f]{4,8}|[A-Z]+(?:_[A-Z0-9]+){1,5})\b/g;

const MARKS = /\p{M}+/gu;

/** Lower case without accents, so accented and plain spellings are one term. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // Only pay for NFD when there is something outside ASCII.
  return /[^\u0020-\u007e]/.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

const VOWEL = /[aeiouy]/;
const DOUBLE = /([b-df-hj-km-np-rtv-xz])\1$/;
const STEP2: readonly [string, string][] = [
  ['ational', 'ate'], ['ization', 'ize'], ['isation', 'ize'], ['fulness', 'ful'], ['iveness', 'ive'],
  ['ousness', 'ous'], ['ation', 'ate'], ['ously', 'ous'], ['ently', 'ent'], ['ally', 'al'], ['ities', 'ity'],
];

/**
 * A light English stemmer (Porter's plural, -ed/-ing and common step-2 suffixes, final e): it
 * joins "webhooks / webhook", "configured / configuring / configure", "logging / logged / log"
 * without Porter's aggressive conflations. Words with digits are codes and stay as they are.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && base.length >= 3 && VOWEL.test(base)) {
      w = DOUBLE.test(base) && !/(ll|ss|zz)$/.test(base) ? base.slice(0, -1) : base;
      break;
    }
  }
  for (const [from, to] of STEP2) {
    if (w.endsWith(from) && w.length - from.length >= 3) {
      w = w.slice(0, -from.length) + to;
      break;
    }
  }
  // "deletion / deleted", "permission / permitted" are one idea in support text.
  if (/[st]ion$/.test(w) && w.length > 6) w = w.slice(0, -3);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

// Indexing meets the same words over and over; stemming each once is most of the build time.
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 200_000;

/** The normalised term for one word, or null for stop words and one-letter noise. */
export function normalise(word: string): string | null {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const f = fold(word);
  const term = (f.length < 2 && !/\d/.test(f)) || isStopWord(f) ? null : stem(f);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, term);
  return term;
}

/** Every term of a text with offsets (snippets, highlights, query surface forms). */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = normalise(m[0]);
    if (term !== null) out.push({ term, surface: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(CODE)) {
    const surface = m[0];
    // A code without a separator (E1234) is already one word above.
    if (/[-_]/.test(surface)) out.push({ term: codeTerm(surface), surface, start: m.index, end: m.index + surface.length });
  }
  return out;
}

/** A whole code's term: "ORA-00942" -> "ora-00942". */
export function codeTerm(code: string): string {
  return fold(code).replace(/_/g, '-');
}

/** The codes in a text, normalised ("HTTP 429" is found as the term "429" by tokens()). */
export function codes(text: string): string[] {
  return Array.from(text.matchAll(CODE), (m) => codeTerm(m[0]));
}

/** Terms only, without offsets: the indexing fast path. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = normalise(m[0]);
    if (term !== null) out.push(term);
  }
  for (const m of text.matchAll(CODE)) if (/[-_]/.test(m[0])) out.push(codeTerm(m[0]));
  return out;
}
