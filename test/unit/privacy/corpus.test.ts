import { describe, expect, it } from 'vitest';
import { detect, PRIVACY_KINDS } from '@/lib/privacy';
import { readCorpus, scoreCorpus } from '../../fixtures/privacy/score';

const corpus = readCorpus();
const { scores } = scoreCorpus(corpus);
const score = (kind: string) => scores.find((s) => s.kind === kind)!;

describe('the labelled privacy corpus', () => {
  it('has at least 300 lines, positives of every kind and look-alike negatives', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    for (const k of PRIVACY_KINDS) expect([k, corpus.filter((l) => l.kinds.includes(k)).length >= 5]).toEqual([k, true]);
    expect(corpus.filter((l) => l.kinds.length === 0).length).toBeGreaterThanOrEqual(100);
  });

  it('finds cards, keys and tokens with recall of at least 0.99', () => {
    for (const k of ['card', 'api-key', 'cloud-key', 'private-key', 'jwt', 'auth-header']) {
      expect(score(k).recall, k).toBeGreaterThanOrEqual(0.99);
    }
  });

  it('reports nothing on IDs, numbers, versions, timestamps, IPs and hashes', () => {
    const noisy = corpus.filter((l) => l.kinds.length === 0).filter((l) => detect(l.text).length > 0);
    expect(noisy.map((l) => `${l.text} -> ${detect(l.text).map((f) => `${f.kind}:${f.match}`).join(', ')}`)).toEqual([]);
  });

  it('keeps precision and recall of every kind at 0.95 or better', () => {
    for (const s of scores) {
      expect(s.precision, `${s.kind} precision`).toBeGreaterThanOrEqual(0.95);
      expect(s.recall, `${s.kind} recall`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
