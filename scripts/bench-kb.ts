// `npx tsx scripts/bench-kb.ts`: KB suggestion quality and speed. On kb/eval (114 tickets over
// the starter KB): recall@5, MRR@10 and query latency of Deskside's ranking against plain
// Fuse.js over title and body and a BM25 baseline (MiniSearch), all in this process. Then index
// build, persisted-index load and query p50/p95 at 1k, 10k and 50k generated articles, with
// MiniSearch's query time on the same corpus as the baseline ratio.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { buildIndex } from '../lib/kb/build';
import { evaluate, quantile, type EvalReport } from '../lib/kb/eval';
import { correct } from '../lib/kb/fuzzy';
import { IN_TITLE } from '../lib/kb/model';
import { loadIndex, serializeIndex } from '../lib/kb/persist';
import { STARTER_ARTICLES } from '../lib/kb/starter.generated';
import { rankIds, suggestForText } from '../lib/kb/suggest';
import { DEFAULT_KB_SETTINGS, KbEvalQuery, type KbArticle } from '../lib/schema/kb';
import { generateArticles } from './kb-corpus';

type Row = [string, string, string];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function loadEvalQueries(file = 'kb/eval/queries.jsonl'): KbEvalQuery[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return text.split('\n').filter((l) => l.trim()).map((l) => KbEvalQuery.parse(JSON.parse(l)));
}

const textOf = (q: KbEvalQuery) => [q.subject, q.description].filter(Boolean).join('\n');

function miniSearch(articles: readonly KbArticle[]): (text: string) => string[] {
  const ms = new MiniSearch<KbArticle>({ fields: ['title', 'labels', 'body'], storeFields: [], extractField: (a, f) => (f === 'labels' ? a.labels.join(' ') : String(a[f as keyof KbArticle] ?? '')) });
  ms.addAll(articles);
  return (text) => ms.search(text, { boost: { title: 2 } }).slice(0, 10).map((r) => String(r.id));
}

function plainFuse(articles: readonly KbArticle[]): (text: string) => string[] {
  // Plain: Fuse's defaults, except ignoreLocation, without which nothing past a body's first
  // 60 characters can match at all.
  const fuse = new Fuse(articles, { keys: ['title', 'body'], ignoreLocation: true });
  return (text) => fuse.search(text, { limit: 10 }).map((r) => r.item.id);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ms = (x: number) => `${x.toFixed(2)} ms`;

function qualityRows(name: string, r: EvalReport, note = ''): Row[] {
  return [
    [`${name}: recall@5`, pct(r.recall_at_5), note],
    [`${name}: MRR@10`, r.mrr_at_10.toFixed(3), ''],
    [`${name}: query p50 / p95`, `${ms(r.p50_ms)} / ${ms(r.p95_ms)}`, ''],
  ];
}

function median(run: () => number, times: number): number {
  return quantile(Array.from({ length: times }, run), 0.5);
}

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

// Why typos go through a symmetric-delete table and not Fuse.js: the same job, timed both ways.
function typoRows(index: ReturnType<typeof buildIndex>): Row[] {
  const vocab = index.terms.filter((t, id) => index.termFlags[id]! & IN_TITLE && t.length >= 5 && !/\d/.test(t));
  const typos = vocab.flatMap((t) => [
    { typo: t.slice(0, 2) + t.slice(3), want: t },
    { typo: t.slice(0, 2) + t[3] + t[2] + t.slice(4), want: t },
    { typo: `${t.slice(0, 3)}x${t.slice(4)}`, want: t },
  ]).filter((x) => !index.termIds.has(x.typo));
  const fuse = new Fuse(vocab, { includeScore: true, threshold: 0.4 });
  let deletesHits = 0;
  let fuseHits = 0;
  correct(index, 'warmup');
  const deletesMs = time(() => {
    for (const { typo, want } of typos) if (index.terms[correct(index, typo) ?? -1] === want) deletesHits++;
  });
  const fuseMs = time(() => {
    for (const { typo, want } of typos) if (fuse.search(typo, { limit: 1 })[0]?.item === want) fuseHits++;
  });
  const per = (total: number) => `${((total * 1000) / typos.length).toFixed(1)} us/word`;
  return [
    ['typo fix: symmetric deletes', per(deletesMs), `${pct(deletesHits / typos.length)} of ${typos.length} one-edit typos fixed; any KB size`],
    ['typo fix: Fuse.js over the same terms', per(fuseMs), `${pct(fuseHits / typos.length)} fixed; linear in the ${vocab.length}-term vocabulary`],
  ];
}

// How the default threshold was chosen: the share of relevant suggestions it keeps on kb/eval,
// against how many suggestions it lets through for tickets the KB has no answer for.
function thresholdRows(index: ReturnType<typeof buildIndex>, queries: readonly KbEvalQuery[], offTopic: readonly KbEvalQuery[]): Row[] {
  const relevant: number[] = [];
  const other: number[] = [];
  for (const q of queries) for (const s of suggestForText(index, q, { top: 5 })) (q.relevant.includes(s.article.id) ? relevant : other).push(s.score);
  const off = offTopic.flatMap((q) => suggestForText(index, q, { top: 5 }).map((s) => s.score));
  return [0.2, DEFAULT_KB_SETTINGS.threshold, 0.4, 0.5].map((t): Row => [
    `threshold ${t.toFixed(2)}${t === DEFAULT_KB_SETTINGS.threshold ? ' (default)' : ''}`,
    `keeps ${pct(relevant.filter((s) => s >= t).length / relevant.length)} of relevant`,
    `${other.filter((s) => s >= t).length}/${other.length} other top-5 results and ${off.filter((s) => s >= t).length}/${off.length} for ${offTopic.length} off-topic tickets shown`,
  ]);
}

/** The KB benchmark rows: measure, value, note. */
export async function benchKb(): Promise<Row[]> {
  const rows: Row[] = [];
  const queries = loadEvalQueries();
  const index = buildIndex(STARTER_ARTICLES);
  const deskside = evaluate(queries, (q) => rankIds(index, { subject: q.subject, description: q.description }, 10));
  const bm25 = evaluate(queries, ((s) => (q: KbEvalQuery) => s(textOf(q)))(miniSearch(STARTER_ARTICLES)));
  const fuse = evaluate(queries, ((s) => (q: KbEvalQuery) => s(textOf(q)))(plainFuse(STARTER_ARTICLES)));
  rows.push(...qualityRows('Deskside', deskside, `${queries.length} tickets, ${STARTER_ARTICLES.length} articles (kb/eval)`));
  rows.push(...qualityRows('BM25 (MiniSearch)', bm25, 'title boost 2, same fields'));
  rows.push(...qualityRows('plain Fuse.js', fuse, 'title + body'));
  rows.push(['Deskside recall@5 vs BM25', `${((deskside.recall_at_5 - bm25.recall_at_5) * 100).toFixed(1)} points`, 'target >= 0']);

  rows.push(...typoRows(index));
  rows.push(...thresholdRows(index, queries, loadEvalQueries('kb/eval/off-topic.jsonl')));

  for (const n of (process.env.KB_BENCH_SIZES ?? "1000,10000,50000").split(",").map(Number)) {
    const corpus = generateArticles(STARTER_ARTICLES, n, 42);
    let built = buildIndex(corpus);
    const build = median(() => time(() => (built = buildIndex(corpus))), n >= 50_000 ? 3 : 5);
    const stored = serialize(serializeIndex(built));
    const load = median(() => time(() => loadIndex(deserialize(stored), corpus)), 5);
    const articlesRecord = serialize(corpus);
    const articlesLoad = median(() => time(() => deserialize(articlesRecord)), 3);
    const loaded = loadIndex(deserialize(stored), corpus);
    const texts = queries.map((q) => ({ subject: q.subject, description: q.description }));
    for (const t of texts.slice(0, 20)) suggestForText(loaded, t, { top: 5 });
    const samples = texts.flatMap((t) => [0, 1, 2].map(() => time(() => suggestForText(loaded, t, { top: 5 }))));
    // MiniSearch takes seconds a query at 50k: a sample of the queries is enough for a ratio.
    const mini = miniSearch(corpus);
    const sample = queries.slice(0, n >= 50_000 ? 15 : 40);
    for (const q of sample.slice(0, 5)) mini(textOf(q));
    const miniSamples = sample.map((q) => time(() => mini(textOf(q))));
    const k = `${n / 1000}k articles`;
    rows.push([`${k}: index build`, ms(build), '']);
    rows.push([`${k}: persisted index load`, ms(load), `${(stored.length / 1048576).toFixed(1)} MB record; the articles' own record (${(articlesRecord.length / 1048576).toFixed(0)} MB) reads in ${ms(articlesLoad)}`]);
    const p50 = quantile(samples, 0.5);
    const miniP50 = quantile(miniSamples, 0.5);
    rows.push([`${k}: suggest p50 / p95`, `${ms(p50)} / ${ms(quantile(samples, 0.95))}`, `target p95 <= ${n >= 50_000 ? 50 : 10} ms; with snippets`]);
    rows.push([`${k}: MiniSearch BM25 p50 / p95`, `${ms(miniP50)} / ${ms(quantile(miniSamples, 0.95))}`, `Deskside is ${(miniP50 / p50).toFixed(0)}x faster at p50`]);
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await benchKb();
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i]!)).join('  ').trimEnd());
}
