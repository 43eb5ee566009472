// Every `deskside` command, fed one broken input file among good ones: it either works (exit 0,
// output on stdout) or exits 2 with one line on stderr naming the file, and prints nothing on stdout
// (a half-written snapshot piped into another tool is worse than none). It never crashes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '@/lib/cli/main';
import { garbageTextArb, mutatedArb, truncatedArb } from '../property';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIX = path.join(ROOT, 'test/fixtures');
const DIR = mkdtempSync(path.join(tmpdir(), 'deskside-cli-property-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** A copy of a fixture in the scratch folder, so each property can break its own. */
function copy(rel: string): string {
  const to = path.join(DIR, 'good', rel.replace(/[\\/]/g, '__'));
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(path.join(FIX, rel), to);
  return to;
}

const QUERIES = path.join(DIR, 'good', 'queries.jsonl');
mkdirSync(path.dirname(QUERIES), { recursive: true });
writeFileSync(QUERIES, '{"id":"q1","subject":"webhook signature","relevant":["j-1"]}\n{"id":"q2","subject":"idle timeout","relevant":["2"]}\n');

interface Case {
  name: string;
  /** The command line, with FILE where the broken file goes. */
  args: (file: string) => string[];
  /** The good file the broken one replaces. */
  good: string;
}

const Z = (f: string) => copy(`zendesk/api/${f}`);
const J = (f: string) => copy(`jira/api/${f}`);
const CASES: Case[] = [
  { name: 'snapshot zendesk --ticket', good: Z('ticket-4102.json'), args: (f) => ['snapshot', '--site', 'zendesk', '--ticket', f, '--comments', Z('comments-4102.json'), '--metrics', Z('metrics-4102.json'), '--now', '2026-11-27T12:00:00Z'] },
  { name: 'snapshot zendesk --comments', good: Z('comments-4102.json'), args: (f) => ['snapshot', '--site', 'zendesk', '--ticket', Z('ticket-4102.json'), '--comments', f, '--comments', Z('comments-4102-page2.json'), '--now', '2026-11-27T12:00:00Z'] },
  { name: 'snapshot zendesk --metrics', good: Z('metrics-4102.json'), args: (f) => ['snapshot', '--site', 'zendesk', '--ticket', Z('ticket-4102.json'), '--metrics', f, '--now', '2026-11-27T12:00:00Z'] },
  { name: 'snapshot jira --issue', good: J('issue-HELP-7.json'), args: (f) => ['snapshot', '--site', 'jira', '--issue', f, '--comments', J('comments-HELP-7.json'), '--now', '2026-11-27T12:00:00Z'] },
  { name: 'snapshot jira --comments', good: J('comments-HELP-7.json'), args: (f) => ['snapshot', '--site', 'jira', '--issue', J('issue-HELP-7.json'), '--comments', f, '--now', '2026-11-27T12:00:00Z'] },
  { name: 'snapshot jira --changelog', good: J('changelog-HELP-7.json'), args: (f) => ['snapshot', '--site', 'jira', '--issue', J('issue-HELP-7.json'), '--changelog', f, '--now', '2026-11-27T12:00:00Z'] },
  { name: 'snapshot jira --request', good: J('request-HELP-7.json'), args: (f) => ['snapshot', '--site', 'jira', '--issue', J('issue-HELP-7.json'), '--request', f, '--now', '2026-11-27T12:00:00Z'] },
  { name: 'snapshot jira --sla', good: J('sla-HELP-7.json'), args: (f) => ['snapshot', '--site', 'jira', '--issue', J('issue-HELP-7.json'), '--sla', f, '--now', '2026-11-27T12:00:00Z'] },
  { name: 'audit', good: copy('hygiene/zendesk-search.json'), args: (f) => ['audit', f, '--now', '2026-11-27T16:00:00Z', '--json'] },
  { name: 'audit jira', good: copy('hygiene/jira-search.json'), args: (f) => ['audit', f, '--now', '2026-11-27T16:00:00Z', '--json'] },
  { name: 'kpi --tickets', good: copy('kpi/zendesk-tickets.json'), args: (f) => ['kpi', '--tickets', f, '--metrics', copy('kpi/zendesk-ticket-metrics.json'), '--now', '2026-11-27T16:00:00Z', '--json'] },
  { name: 'kpi --metrics', good: copy('kpi/zendesk-ticket-metrics.json'), args: (f) => ['kpi', '--tickets', copy('kpi/zendesk-tickets.json'), '--metrics', f, '--now', '2026-11-27T16:00:00Z', '--json'] },
  { name: 'kpi jira', good: copy('kpi/jira-search.json'), args: (f) => ['kpi', '--tickets', f, '--now', '2026-11-27T16:00:00Z', '--json'] },
  { name: 'kb search --kb jsonl', good: copy('kb/articles.jsonl'), args: (f) => ['kb', 'search', '--kb', f, '--json', 'webhook signature'] },
  { name: 'kb search --kb csv', good: copy('kb/articles.csv'), args: (f) => ['kb', 'search', '--kb', f, '--json', 'webhook signature'] },
  { name: 'kb search --kb hc', good: copy('kb/hc-articles-page1.json'), args: (f) => ['kb', 'search', '--kb', f, '--json', 'password'] },
  { name: 'kb eval --queries', good: QUERIES, args: (f) => ['kb', 'eval', '--kb', copy('kb/articles.jsonl'), '--queries', f, '--json'] },
  { name: 'escalate --snapshot', good: copy('escalation/snapshot-5120.json'), args: (f) => ['escalate', '--snapshot', f, '--format', 'json'] },
  { name: 'escalate --evidence', good: copy('logs/java-stacktrace.log'), args: (f) => ['escalate', '--snapshot', copy('escalation/snapshot-5120.json'), '--evidence', f, '--format', 'md'] },
  { name: 'evidence', good: copy('logs/sentry-event.json'), args: (f) => ['evidence', f, '--captured-at', '2026-11-27T12:00:00Z'] },
  { name: 'redact', good: copy('logs/secrets.log'), args: (f) => ['redact', f] },
];

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Broken versions of a good file: cut short, mutated (JSON), random bytes, empty, a NUL byte. */
function brokenArb(good: string): fc.Arbitrary<string> {
  const text = readFileSync(good, 'utf8');
  const arbs: fc.Arbitrary<string>[] = [truncatedArb(text), garbageTextArb, fc.constantFrom('', 'PK\u0003\u0004\u0000\u0000\u00ff')];
  try {
    const json: unknown = JSON.parse(text);
    arbs.push(mutatedArb(json).map(({ value }) => JSON.stringify(value) ?? ''));
  } catch {
    // Not JSON (a log, CSV or JSON Lines): the other breakages apply.
  }
  return fc.oneof(...arbs);
}

let n = 0;
describe('every command on one broken input', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: exit 0 with output, or exit 2 naming the file with nothing on stdout', async (_name, c) => {
    const ok = await run(c.args(c.good));
    expect(ok.code, ok.stderr).toBe(0);
    await fc.assert(
      fc.asyncProperty(brokenArb(c.good), async (content) => {
        const file = path.join(DIR, `broken-${n++}${path.extname(c.good)}`);
        writeFileSync(file, content);
        const r = await run(c.args(file));
        expect([0, 2]).toContain(r.code);
        if (r.code === 2) {
          expect(r.stdout).toBe('');
          expect(r.stderr).toMatch(/^deskside: \S/);
          expect(r.stderr).toContain(file);
          expect(r.stderr.trim().split('\n')).toHaveLength(1);
        } else if (content.length > 0) expect(r.stdout).not.toBe('');
      }),
      { numRuns: 25 },
    );
  });

  // JSON inputs only: evidence and redact keep log text byte for byte, BOM and CRLF included.
  const JSON_CASES = CASES.filter((c) => /\.jsonl?$/.test(c.good) && c.name !== 'evidence');
  it.each(JSON_CASES.map((c) => [c.name, c] as const))(
    '%s: the same file with a BOM and CRLF line ends gives the same output',
    async (_name, c) => {
      const file = path.join(DIR, `bom-${n++}${path.extname(c.good)}`);
      writeFileSync(file, `\ufeff${readFileSync(c.good, 'utf8').replace(/\r?\n/g, '\r\n')}`);
      const plain = await run(c.args(c.good));
      const bom = await run(c.args(file));
      expect(bom.stderr).toBe(plain.stderr.replaceAll(c.good, file));
      expect(bom.code).toBe(0);
      // kb eval's latency percentiles differ run to run; everything else is the same.
      const steady = (out: string) => out.replaceAll(c.good, file).replace(/"p(50|95)_ms":[\d.]+/g, '"p$1_ms":0');
      expect(steady(bom.stdout)).toBe(steady(plain.stdout));
    },
  );
});

describe('what reaches the terminal', () => {
  // JSON.parse quotes the start of a bad file in its message: a newline there split the one-line
  // error, and an escape sequence (ESC [2J clears the screen) went to the terminal as is.
  it('a bad file quoting control characters gives one line with them escaped', async () => {
    const file = path.join(DIR, 'escape.json');
    writeFileSync(file, '\u001b[2J\n{');
    const r = await run(['audit', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.includes('\u001b')).toBe(false);
    expect(r.stderr).toContain('\\u001b[2J');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  // The metrics file's bad record was blamed on the tickets file it was joined to.
  it('kpi names the metrics file, not the tickets file, for a bad metrics record', async () => {
    const metrics = JSON.parse(readFileSync(path.join(FIX, 'kpi/zendesk-ticket-metrics.json'), 'utf8')) as { ticket_metrics: Record<string, unknown>[] };
    (metrics.ticket_metrics[1] as Record<string, unknown>).reopens = [];
    const file = path.join(DIR, 'metrics-bad.json');
    writeFileSync(file, JSON.stringify(metrics));
    const r = await run(['kpi', '--tickets', copy('kpi/zendesk-tickets.json'), '--metrics', file, '--json']);
    expect(r.stderr).toBe(`deskside: ${file}: ticket_metrics.1.reopens: Invalid input: expected number, received array\n`);
  });
});

describe('the real launcher', () => {
  it('exits 2 with the message on stderr and nothing on stdout for a cut-off file', () => {
    const file = path.join(DIR, 'cut.json');
    writeFileSync(file, readFileSync(path.join(FIX, 'zendesk/api/ticket-4102.json'), 'utf8').slice(0, 500));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/deskside.mjs'), 'snapshot', '--site', 'zendesk', '--ticket', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^deskside: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not JSON: `));
  });
});
