import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/deskside.mjs');
const FIX = 'test/fixtures/kb';

/** Runs the real launcher, as a user would, from the repository root. */
function deskside(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function temp(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'deskside-kb-')), name);
  writeFileSync(file, text);
  return file;
}

describe('deskside kb', { timeout: 120_000 }, () => {
  it('searches the bundled starter KB by default, with scores and matched terms', () => {
    const r = deskside('kb', 'search', '--top', '2', 'customer gets HTTP 429 from the API');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^1\. (0|1)\.\d\d {2}API rate limits and HTTP 429 Too Many Requests {2}\[api-rate-limits-429\]$/);
    expect(lines[1]).toMatch(/^ {3}matched: .*429/);
    expect(r.stdout).toMatch(/^2\. /m);
    expect(r.stdout).not.toMatch(/^3\. /m);
  });

  it('searches several files of different formats together, as JSON', () => {
    const r = deskside('kb', 'search', '--kb', `${FIX}/articles.csv`, '--kb', `${FIX}/hc-articles-page1.json`, '--kb', `${FIX}/sso-article.md`, '--json', 'reset 2FA for a user');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; score: number; matchedTerms: string[] }[];
    expect(rows[0]).toMatchObject({ id: 'csv-1' });
    expect(rows[0]!.matchedTerms).toEqual(expect.arrayContaining(['reset', '2FA']));
  });

  it('exits 2 naming the file and line of a bad article file, and an unknown subcommand', () => {
    const bad = temp('bad.jsonl', '{"id":"a","title":"A","body":"x"}\n{"id":"b","title":"B"}\n');
    const r = deskside('kb', 'search', '--kb', bad, 'anything');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`deskside: ${bad}: line 2: body: Invalid input: expected string, received undefined\n`);
    expect(deskside('kb', 'frob').stderr).toBe('deskside: unknown kb command "frob" (expected search or eval)\n');
    expect(deskside('kb', 'search', '--kb', 'nope.csv', 'x').stderr).toBe('deskside: nope.csv cannot be read: no such file\n');
  });

  it('evaluates the starter KB on its evaluation set, as text and as JSON', () => {
    const text = deskside('kb', 'eval', '--kb', 'kb/starter.jsonl', '--queries', 'kb/eval/queries.jsonl');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^recall@1 +0\.\d{4}\nrecall@5 +0\.\d{4}\nMRR@10 +0\.\d{4}\np50 ms +\d+\.\d{3}\np95 ms +\d+\.\d{3}\nqueries +\d+\n$/);
    const json = deskside('kb', 'eval', '--kb', 'kb/starter.jsonl', '--queries', 'kb/eval/queries.jsonl', '--json');
    const r = JSON.parse(json.stdout) as Record<string, number>;
    expect(Object.keys(r)).toEqual(['recall_at_1', 'recall_at_5', 'mrr_at_10', 'p50_ms', 'p95_ms', 'queries']);
    expect(r.queries).toBeGreaterThanOrEqual(100);
    expect(r.recall_at_5).toBeGreaterThan(0.9);
  });

  it('judges queries with only a subject or only a description, and names a bad query line', () => {
    const kb = temp('kb.jsonl', '{"id":1,"title":"Reset your password","body":"Use the forgot password link."}\n{"id":2,"title":"Invoices","body":"Download invoices as PDF."}\n');
    const queries = temp('q.jsonl', '{"id":"a","subject":"forgot my password","relevant":[1]}\n{"id":"b","description":"where is the invoice pdf","relevant":["2"]}\n');
    const r = deskside('kb', 'eval', '--kb', kb, '--queries', queries, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ recall_at_1: 1, recall_at_5: 1, mrr_at_10: 1, queries: 2 });
    const bad = temp('q.jsonl', '{"id":"a","subject":"x","relevant":[1]}\n{"id":"b","subject":"y"}\n');
    const e = deskside('kb', 'eval', '--kb', kb, '--queries', bad);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(new RegExp(`^deskside: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 2: relevant: `));
  });
});
