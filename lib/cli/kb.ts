// `deskside kb search` and `deskside kb eval`: the extension's own ranking over article files,
// for support operations to try queries and to measure relevance on their own tickets.
import { parseArgs } from 'node:util';
import { buildIndex } from '../kb/build';
import { evaluate } from '../kb/eval';
import { STARTER_ARTICLES } from '../kb/starter.generated';
import { rankIds, search } from '../kb/suggest';
import { loadArticles, loadQueries } from './kb-files';
import { printable, UsageError, type CliIo, type Command } from './types';

const USAGE = `Usage: deskside kb search [--kb FILE ...] [--top N] [--json] "text"
       deskside kb eval --kb ARTICLES --queries QUERIES.jsonl [--top 10] [--json]

search  ranks articles for a text and prints each with its score (0-1) and the matched terms.
        Without --kb it searches the bundled starter KB.
eval    runs every query of QUERIES.jsonl ({"id","subject","description","relevant":[ids]})
        and prints recall@1, recall@5, MRR@10 and the median and p95 query time in ms.

Options:
  --kb FILE       articles: JSON Lines or a JSON array of {id, title, body, labels?, url?}, a
                  Zendesk Help Center articles export, CSV with a header row, Markdown, or a
                  folder of such files; repeat for several
  --queries FILE  the evaluation queries (eval only)
  --top N         how many results (search: 5, eval: 10)
  --json          print JSON
  -h, --help      show this help
`;

function options(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        kb: { type: 'string', multiple: true },
        queries: { type: 'string' },
        top: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}. Run "deskside kb --help".`);
  }
}

function topOf(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--top must be a whole number from 1 to 1000 (got "${raw}")`);
  return n;
}

async function runSearch(o: ReturnType<typeof options>, io: CliIo): Promise<number> {
  const text = o.positionals.slice(1).join(' ').trim();
  if (!text) throw new UsageError('kb search needs the text to search for, e.g. deskside kb search "reset 2fa"');
  const articles = o.values.kb?.length ? await loadArticles(o.values.kb) : STARTER_ARTICLES;
  const results = search(buildIndex(articles), text, { top: topOf(o.values.top, 5) });
  if (o.values.json) {
    const rows = results.map((r) => ({ id: r.article.id, title: r.article.title, url: r.article.url, score: r.score, matchedTerms: r.matchedTerms, snippet: r.snippet.text }));
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (results.length === 0) io.stdout(`No article matches "${text}".\n`);
  results.forEach((r, i) => {
    io.stdout(`${i + 1}. ${r.score.toFixed(2)}  ${r.article.title}  [${r.article.id}]\n`);
    io.stdout(`   matched: ${r.matchedTerms.join(', ')}\n`);
    if (r.article.url) io.stdout(`   ${r.article.url}\n`);
  });
  return 0;
}

async function runEval(o: ReturnType<typeof options>, io: CliIo): Promise<number> {
  if (!o.values.kb?.length) throw new UsageError('kb eval needs --kb ARTICLES (the articles the queries are judged against)');
  if (!o.values.queries) throw new UsageError('kb eval needs --queries QUERIES.jsonl');
  const top = topOf(o.values.top, 10);
  const articles = await loadArticles(o.values.kb);
  const queries = await loadQueries(o.values.queries);
  const known = new Set(articles.map((a) => a.id));
  const unknown = queries.flatMap((q) => q.relevant).filter((id) => !known.has(id));
  if (unknown.length) io.stderr(`deskside: warning: ${unknown.length} relevant ids are not in the KB (e.g. "${unknown[0]}"); they count as misses\n`);
  const index = buildIndex(articles);
  const r = evaluate(queries, (q) => rankIds(index, { subject: q.subject, description: q.description }, Math.max(top, 10)).slice(0, top));
  if (o.values.json) {
    io.stdout(`${JSON.stringify(r)}\n`);
    return 0;
  }
  const rows: [string, string][] = [
    ['recall@1', r.recall_at_1.toFixed(4)], ['recall@5', r.recall_at_5.toFixed(4)], ['MRR@10', r.mrr_at_10.toFixed(4)],
    ['p50 ms', r.p50_ms.toFixed(3)], ['p95 ms', r.p95_ms.toFixed(3)], ['queries', String(r.queries)],
  ];
  io.stdout(`${rows.map(([k, v]) => `${k.padEnd(9)} ${v}`).join('\n')}\n`);
  return 0;
}

/** `deskside kb`: search and evaluate the knowledge-base ranking over article files. */
export const kbCommand: Command = {
  summary: 'search article files with Deskside\'s ranking, or measure it on an evaluation set',
  usage: USAGE,
  run: async (args, io) => {
    try {
      const o = options(args);
      const sub = o.positionals[0];
      if (o.values.help || sub === undefined) {
        (o.values.help ? io.stdout : io.stderr)(USAGE);
        return o.values.help ? 0 : 2;
      }
      if (sub === 'search') return await runSearch(o, io);
      if (sub === 'eval') return await runEval(o, io);
      throw new UsageError(`unknown kb command "${sub}" (expected search or eval)`);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      io.stderr(`deskside: ${printable(err.message)}\n`);
      return 2;
    }
  },
};
