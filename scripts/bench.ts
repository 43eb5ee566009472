// `npm run bench`: one table per area. Each area's module measures medians against a baseline run
// in the same process; this file only runs them in turn and prints. `npm run bench -- kb jira`
// runs only the named areas. KB_BENCH_SIZES=1000,10000 limits the KB scale runs (default adds 50k).
import { benchEvidence } from './bench-evidence';
import { benchHygiene } from './bench-hygiene';
import { benchJira } from './bench-jira';
import { benchKb } from './bench-kb';
import { benchKbBrowser } from './bench-kb-browser';
import { benchKpi } from './bench-kpi';
import { benchLongtasks } from './bench-longtasks';
import { benchPopup } from './bench-popup';
import { benchZendesk } from './bench-zendesk';

type Row = [string, string, string];

const AREAS: [string, string, () => Promise<Row[]>][] = [
  ['zendesk', 'Zendesk content script (Chromium)', benchZendesk],
  ['jira', 'Jira content script and ADF', benchJira],
  ['hygiene', 'Hygiene rules and privacy detection', benchHygiene],
  ['evidence', 'Evidence parsing and redaction', benchEvidence],
  ['kpi', 'KPIs over cached tickets', benchKpi],
  ['popup', 'KPI popup in Chromium with 10,000 cached tickets', benchPopup],
  ['kb', 'Knowledge-base suggestions', benchKb],
  ['kb-browser', 'Knowledge-base suggestions in the sidebar (Chromium, cold)', benchKbBrowser],
  ['longtasks', 'Host-page long tasks while switching 20 Zendesk tickets (Chromium trace)', benchLongtasks],
];

function print(title: string, rows: Row[]): void {
  const head: Row = ['measure', 'value', 'note'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: Row) => `| ${r.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
}

const wanted = process.argv.slice(2);
for (const [id, title, run] of AREAS) {
  if (wanted.length && !wanted.includes(id)) continue;
  print(title, await run());
}
