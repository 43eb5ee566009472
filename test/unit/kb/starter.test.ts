import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_ARTICLES } from '../../../lib/kb/starter.generated';
import { KbArticle, KbEvalQuery } from '../../../lib/schema/kb';
import { buildStarterKb, JSONL_FILE, MODULE_FILE } from '../../../scripts/build-starter-kb';

const ROOT = path.resolve(__dirname, '../../..');

describe('the bundled starter KB', () => {
  it('is up to date with kb/starter/*.md (run: npx tsx scripts/build-starter-kb.ts)', () => {
    const { module, jsonl } = buildStarterKb();
    expect(readFileSync(MODULE_FILE, 'utf8')).toBe(module);
    expect(readFileSync(JSONL_FILE, 'utf8')).toBe(jsonl);
  });

  it('holds at least 40 valid articles of 150-400 words, with unique ids, labels and links', () => {
    expect(STARTER_ARTICLES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(STARTER_ARTICLES.map((a) => a.id)).size).toBe(STARTER_ARTICLES.length);
    for (const a of STARTER_ARTICLES) {
      expect(KbArticle.parse(a)).toEqual(a);
      const words = a.body.split(/\s+/).filter(Boolean).length;
      expect(words, a.id).toBeGreaterThanOrEqual(150);
      expect(words, a.id).toBeLessThanOrEqual(400);
      expect(a.labels.length, a.id).toBeGreaterThan(0);
      expect(a.url).toBe(`https://help.tallyboard.example/articles/${a.id}`);
      expect(a.source).toBe('starter');
    }
  });

  it('has an evaluation set of 100+ tickets whose relevant articles exist, several with two', () => {
    const lines = readFileSync(path.join(ROOT, 'kb/eval/queries.jsonl'), 'utf8').trim().split('\n');
    const queries = lines.map((l) => KbEvalQuery.parse(JSON.parse(l)));
    expect(queries.length).toBeGreaterThanOrEqual(100);
    const known = new Set(STARTER_ARTICLES.map((a) => a.id));
    for (const q of queries) for (const id of q.relevant) expect(known.has(id), `${q.id}: ${id}`).toBe(true);
    expect(queries.filter((q) => q.relevant.length === 2).length).toBeGreaterThanOrEqual(10);
    expect(queries.filter((q) => !q.subject).length).toBeGreaterThan(0);
  });
});
