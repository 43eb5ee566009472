// Jira numbers for `npm run bench`: the time to read a 200-comment Jira issue view in Chromium
// (the reader the content script bundles, against a same-page baseline), and the time to turn a
// ~200 KB ADF document into text in Node (against a bare walk of the same tree). Medians.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { adfToText } from '../lib/sites/jira/adf';
import { buildJiraIssueView } from '../test/fixtures/jira/build-issue-view';
import { SUP_101 } from '../test/fixtures/jira/issues';
import { launchWithExtension, ROOT } from './chromium';

type Row = [string, string, string];
const RUNS = 60;
const BATCH = 10;
const ORIGIN = 'https://acme.atlassian.net';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function extraction(): Promise<{ extract: number; baseline: number; comments: number }> {
  // The same DOM reader the content script bundles, exposed on window for timing.
  const bundle = await build({
    stdin: {
      contents: "import { readJiraDom } from './lib/sites/jira/dom';\n(globalThis as any).__readJira = readJiraDom;",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    alias: { '@': ROOT },
  });
  const { context } = await launchWithExtension();
  try {
    const html = buildJiraIssueView({ commentCount: 200 });
    await context.route(/^https:\/\/[^/]+\.atlassian\.net\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/browse/SUP-999`);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    // Plain JS text: tsx's esbuild would wrap named functions in a __name helper the page lacks.
    // performance.now() is coarsened to 0.1 ms here, so each sample times a batch of reads.
    return (await page.evaluate(`(() => {
      const ref = { host: location.host, ticketId: 'SUP-999', url: location.href };
      const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const extract = [], baseline = [];
      let comments = 0;
      for (let i = 0; i < ${RUNS}; i++) {
        let t = performance.now();
        for (let j = 0; j < ${BATCH}; j++) comments = globalThis.__readJira(document, ref, new Date().toISOString()).comments.length;
        extract.push((performance.now() - t) / ${BATCH});
        // Baseline: the least any reader pays, one textContent walk of the whole page.
        t = performance.now();
        for (let j = 0; j < ${BATCH}; j++) void document.body.textContent.length;
        baseline.push((performance.now() - t) / ${BATCH});
      }
      return { extract: median(extract), baseline: median(baseline), comments };
    })()`)) as { extract: number; baseline: number; comments: number };
  } finally {
    await context.close();
  }
}

/** An ADF document of at least `bytes` of JSON: the SUP-101 description's rich blocks, repeated. */
export function bigAdf(bytes: number): { doc: unknown; size: number } {
  const blocks = SUP_101.description.content ?? [];
  const content: unknown[] = [];
  let size = 0;
  while (size < bytes) {
    content.push(...blocks);
    size = JSON.stringify({ version: 1, type: 'doc', content }).length;
  }
  return { doc: { version: 1, type: 'doc', content }, size };
}

// Baseline: a bare walk that only joins the text nodes, the least any ADF reader pays.
function walk(n: unknown, out: string[]): void {
  if (typeof n !== 'object' || n === null) return;
  const node = n as { text?: unknown; content?: unknown };
  if (typeof node.text === 'string') out.push(node.text);
  if (Array.isArray(node.content)) for (const c of node.content) walk(c, out);
}

function adf(): { convert: number; baseline: number; size: number; chars: number } {
  const { doc, size } = bigAdf(200 * 1024);
  const convert: number[] = [];
  const baseline: number[] = [];
  let chars = 0;
  for (let i = 0; i < 5; i++) adfToText(doc); // warm-up: JIT, as in a long-lived content script
  for (let i = 0; i < 100; i++) {
    let t = performance.now();
    chars = adfToText(doc).length;
    convert.push(performance.now() - t);
    t = performance.now();
    const out: string[] = [];
    walk(doc, out);
    void out.join('').length;
    baseline.push(performance.now() - t);
  }
  return { convert: median(convert), baseline: median(baseline), size, chars };
}

/** Bench rows for Jira: extraction in Chromium, ADF conversion in Node. */
export async function benchJira(): Promise<Row[]> {
  const a = adf();
  const e = await extraction();
  if (e.comments !== 200) throw new Error(`bench-jira: read ${e.comments} comments, expected 200`);
  return [
    [`jira: extract 200-comment issue view (median of ${RUNS}x${BATCH})`, `${e.extract.toFixed(3)} ms`, 'target <= 5 ms'],
    [`jira: baseline body.textContent (median of ${RUNS}x${BATCH})`, `${e.baseline.toFixed(3)} ms`, ''],
    ['jira: extract / baseline', `${(e.extract / e.baseline).toFixed(2)}x`, ''],
    [`jira: ADF -> text, ${(a.size / 1024).toFixed(0)} KB (median of 100)`, `${a.convert.toFixed(3)} ms`, `target <= 10 ms; ${a.chars} chars out`],
    ['jira: baseline ADF text-node walk (median of 100)', `${a.baseline.toFixed(3)} ms`, ''],
    ['jira: ADF / baseline', `${(a.convert / a.baseline).toFixed(2)}x`, ''],
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await benchJira();
  const head: Row = ['measure', 'value', 'note'];
  const width = [0, 1, 2].map((i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
  const line = (r: Row) => `| ${r.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
}
