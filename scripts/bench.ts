// `npm run bench`: one table per area. Each area's module measures medians against a baseline run
// in the same process; this file only runs them in turn and prints.
import { benchZendesk } from './bench-zendesk';

type Row = [string, string, string];

const AREAS: [string, () => Promise<Row[]>][] = [['Zendesk content script', benchZendesk]];

function print(title: string, rows: Row[]): void {
  const head: Row = ['measure', 'value', 'note'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: Row) => `| ${r.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
}

for (const [title, run] of AREAS) print(title, await run());
