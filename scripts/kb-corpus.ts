// Generated article corpora for the KB scale benchmark: each article mixes the vocabulary of
// three starter articles (so terms keep realistic co-occurrence and document frequencies
// spread like a real KB's) with a deterministic seed.
import type { KbArticle } from '../lib/schema/kb';

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** `n` articles generated from the vocabulary of `seedArticles`. */
export function generateArticles(seedArticles: readonly KbArticle[], n: number, seed: number): KbArticle[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const bodies = seedArticles.map((a) => words(a.body));
  const titles = seedArticles.map((a) => words(a.title));
  return Array.from({ length: n }, (_, i) => {
    const sources = [0, 1, 2].map(() => Math.floor(rnd() * seedArticles.length));
    const length = 120 + Math.floor(rnd() * 280);
    const body = Array.from({ length }, () => pick(bodies[pick(sources)]!)).join(' ');
    const title = Array.from({ length: 4 + Math.floor(rnd() * 5) }, () => pick(titles[sources[0]!]!)).join(' ');
    const labels = [...new Set(sources.flatMap((s) => seedArticles[s]!.labels.slice(0, 2)))];
    return {
      id: `gen-${i}`, source: 'file', title, body, labels, section: null,
      url: `https://help.example.com/articles/gen-${i}`, locale: null, updatedAt: null,
    };
  });
}
