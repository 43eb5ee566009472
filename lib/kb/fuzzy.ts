// Typo tolerance for query words the index has never seen ("pasword", "webhok", "invioce"):
// a symmetric-delete table over title and label terms finds vocabulary terms one edit away in a
// few hash lookups, whatever the KB size. Body-only vocabulary is left out on purpose: names and
// rare words in a ticket would otherwise "correct" to random body words.
import { IN_TITLE, type KbIndex } from './model';

const MIN_LENGTH = 4;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function table(index: KbIndex): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const add = (key: string, id: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  index.terms.forEach((term, id) => {
    if (!((index.termFlags[id] ?? 0) & IN_TITLE) || term.length < MIN_LENGTH || /\d/.test(term)) return;
    add(term, id);
    for (const d of deletions(term)) add(d, id);
  });
  return map;
}

/**
 * The title/label term closest to an unknown word (one insertion, deletion, substitution or
 * swap away), preferring the most common; null when there is none or the word is too short.
 */
export function correct(index: KbIndex, word: string): number | null {
  if (word.length < MIN_LENGTH || /\d/.test(word)) return null;
  index.scratch.deletes ??= table(index);
  const deletes = index.scratch.deletes;
  let best: number | null = null;
  let bestDf = -1;
  for (const key of [word, ...deletions(word)]) {
    for (const id of deletes.get(key) ?? []) {
      const df = (index.postStart[id + 1] ?? 0) - (index.postStart[id] ?? 0);
      if (df > bestDf) {
        best = id;
        bestDf = df;
      }
    }
  }
  return best;
}

/**
 * Title/label terms starting with `prefix` (the word being typed in the search box), most
 * common first: "webh" finds "webhook" before the word is finished.
 */
export function completions(index: KbIndex, prefix: string, limit = 3): number[] {
  if (prefix.length < 3) return [];
  index.scratch.sortedTitleTerms ??= index.terms
    .map((t, id) => ({ t, id }))
    .filter(({ id }) => (index.termFlags[id] ?? 0) & IN_TITLE)
    .sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0))
    .map(({ id }) => id);
  const sorted = index.scratch.sortedTitleTerms;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.terms[sorted[mid] ?? 0] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < sorted.length && found.length < 50; i++) {
    const id = sorted[i] ?? 0;
    if (!(index.terms[id] ?? '').startsWith(prefix)) break;
    found.push(id);
  }
  const df = (id: number) => (index.postStart[id + 1] ?? 0) - (index.postStart[id] ?? 0);
  return found.sort((a, b) => df(b) - df(a)).slice(0, limit);
}
