// Builds the BM25F index in two passes: count term frequencies per field, then, with average
// field lengths known, store each posting's saturated combined frequency.
import type { KbArticle } from '../schema/kb';
import { computeIdf, FIELDS, IN_LABELS, IN_TITLE, K1, QUANT, type KbIndex } from './model';
import { terms as termsOf } from './text';

/** A Uint32Array that doubles as it fills. */
class Growable {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i] ?? 0;
  }
}

// tf per field packed in one word: title 8 bits, labels 8 bits, body 16 bits.
const pack = (t: number, l: number, b: number) => ((Math.min(t, 255) << 24) | (Math.min(l, 255) << 16) | Math.min(b, 65535)) >>> 0;
const unpack = (p: number): [number, number, number] => [p >>> 24, (p >>> 16) & 255, p & 65535];

interface Vocabulary {
  ids: Map<string, number>;
  terms: string[];
  flags: number[];
}

function idOf(v: Vocabulary, term: string, field: number): number {
  let id = v.ids.get(term);
  if (id === undefined) {
    id = v.terms.length;
    v.ids.set(term, id);
    v.terms.push(term);
    v.flags.push(0);
  }
  if (field === 0) v.flags[id] = (v.flags[id] ?? 0) | IN_TITLE;
  if (field === 1) v.flags[id] = (v.flags[id] ?? 0) | IN_TITLE | IN_LABELS;
  return id;
}

/** Builds the search index over articles (their order is kept: results refer to it). */
export function buildIndex(articles: readonly KbArticle[]): KbIndex {
  const vocab: Vocabulary = { ids: new Map(), terms: [], flags: [] };
  const tuples = new Growable(); // (termId, doc, packed tf) triples, docs ascending
  const n = articles.length;
  const lens = FIELDS.map(() => new Uint32Array(n));

  articles.forEach((article, doc) => {
    const local = new Map<number, [number, number, number]>();
    [article.title, article.labels.join(' '), article.body].forEach((text, f) => {
      const ts = termsOf(text);
      const len = lens[f];
      if (len) len[doc] = ts.length;
      for (const term of ts) {
        const id = idOf(vocab, term, f);
        const tf = local.get(id) ?? [0, 0, 0];
        tf[f] = (tf[f] ?? 0) + 1;
        local.set(id, tf);
      }
    });
    for (const [id, [t, l, b]] of local) {
      tuples.push(id);
      tuples.push(doc);
      tuples.push(pack(t, l, b));
    }
  });

  const avg = lens.map((l) => Math.max(1, l.reduce((s, x) => s + x, 0) / Math.max(1, n)));
  const termCount = vocab.terms.length;
  const postStart = new Uint32Array(termCount + 1);
  const count = tuples.length / 3;
  for (let i = 0; i < count; i++) postStart[tuples.at(i * 3) + 1] = (postStart[tuples.at(i * 3) + 1] ?? 0) + 1;
  for (let t = 0; t < termCount; t++) postStart[t + 1] = (postStart[t + 1] ?? 0) + (postStart[t] ?? 0);
  const fill = postStart.slice(0, termCount);
  const postDocs = new Uint32Array(count);
  const postWeight = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const id = tuples.at(i * 3);
    const doc = tuples.at(i * 3 + 1);
    const tf = unpack(tuples.at(i * 3 + 2));
    let combined = 0;
    FIELDS.forEach((field, f) => {
      const norm = 1 - field.b + (field.b * (lens[f]?.[doc] ?? 0)) / (avg[f] ?? 1);
      combined += (field.weight * (tf[f] ?? 0)) / norm;
    });
    const at = fill[id] ?? 0;
    fill[id] = at + 1;
    postDocs[at] = doc;
    postWeight[at] = Math.max(1, Math.round((QUANT * combined) / (K1 + combined)));
  }
  return {
    articles,
    terms: vocab.terms,
    termIds: vocab.ids,
    postStart,
    postDocs,
    postWeight,
    termFlags: Uint8Array.from(vocab.flags),
    idf: computeIdf(postStart, n),
    scratch: {},
  };
}
