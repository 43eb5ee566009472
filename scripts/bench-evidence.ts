// Evidence capture speed: parsing 1 MB of mixed logs (target <= 200 ms) and redacting it
// (target <= 100 ms per MB), medians, against a plain line split of the same text in this process.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEvidence, parseRedacted } from '../lib/evidence';
import { redact } from '../lib/privacy';

type Row = [string, string, string];

const LOGS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/logs');
const MB = 1024 * 1024;
const RUNS = 7;

/** About 1 MB of the project's log fixtures (every format, stack traces included), repeated. */
function mixedLogs(): string {
  const parts = readdirSync(LOGS)
    .filter((f) => !f.endsWith('.md') && !f.endsWith('.json'))
    .sort()
    .map((f) => readFileSync(path.join(LOGS, f), 'utf8'));
  const chunk = parts.join('\n');
  let text = '';
  while (text.length < MB) text += `${chunk}\n`;
  return text.slice(0, text.lastIndexOf('\n', MB) + 1);
}

function median(fn: () => unknown): number {
  fn(); // warm-up: regex compilation and JIT
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? 0;
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** Median times for redaction and parsing of 1 MB of mixed logs, with ratios to a line split. */
export async function benchEvidence(): Promise<Row[]> {
  const text = mixedLogs();
  const mb = text.length / MB;
  const meta = { capturedAt: '2026-11-27T02:00:00Z' };
  const split = median(() => text.split(/\r\n|\n|\r/));
  const { text: safe, counts } = redact(text);
  const redaction = median(() => redact(text));
  const both = median(() => parseEvidence(text, meta));
  const parse = median(() => parseRedacted(safe, counts, meta));
  const lines = safe.split('\n').length - 1;
  const ratio = (n: number): string => `${(n / split).toFixed(0)}x line split`;
  return [
    ['input', `${(text.length / 1024).toFixed(0)} KiB, ${lines} lines`, 'every log fixture repeated; medians of 7 runs'],
    ['baseline: line split', ms(split), 'same text, same process'],
    ['redaction per MB', ms(redaction / mb), `${ratio(redaction)}; target <= 100 ms`],
    ['parse 1 MB (redacted text)', ms(parse / mb), `${ratio(parse)}; target <= 200 ms`],
    ['capture: redact + parse, per MB', ms(both / mb), ratio(both)],
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const row of await benchEvidence()) console.log(row.join(' | '));
}
