// Reading the files `deskside kb` is given: article files of any importable format (or a folder
// of them) and evaluation queries. Every problem becomes a UsageError naming the file and line.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { importKbFile } from '../kb/import/detect';
import { KbImportError } from '../kb/import/errors';
import { describeIssues } from '../schema/describe';
import { KbEvalQuery, type KbArticle } from '../schema/kb';
import { UsageError } from './types';

const ARTICLE_FILE = /\.(jsonl|ndjson|json|csv|md|markdown)$/i;

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`${file} cannot be read: ${code === 'ENOENT' ? 'no such file' : String(err)}`);
  }
}

async function filesOf(target: string): Promise<string[]> {
  const s = await stat(target).catch(() => null);
  if (!s) throw new UsageError(`${target} cannot be read: no such file`);
  if (!s.isDirectory()) return [target];
  const names = (await readdir(target)).filter((n) => ARTICLE_FILE.test(n) && n.toLowerCase() !== 'readme.md').sort();
  if (names.length === 0) throw new UsageError(`${target} holds no article files (.jsonl, .json, .csv, .md)`);
  return names.map((n) => path.join(target, n));
}

/** All articles of the given files or folders; ids must be unique across them. */
export async function loadArticles(targets: readonly string[]): Promise<KbArticle[]> {
  const all: KbArticle[] = [];
  const from = new Map<string, string>();
  for (const target of targets) {
    for (const file of await filesOf(target)) {
      let articles: KbArticle[];
      try {
        articles = importKbFile(await readText(file), file).articles;
      } catch (err) {
        if (err instanceof KbImportError) throw new UsageError(err.message);
        throw err;
      }
      for (const a of articles) {
        const first = from.get(a.id);
        if (first) throw new UsageError(`${file}: article id "${a.id}" is also in ${first}`);
        from.set(a.id, file);
        all.push(a);
      }
    }
  }
  return all;
}

/** Evaluation queries: JSON Lines of {id, subject, description, relevant}. */
export async function loadQueries(file: string): Promise<KbEvalQuery[]> {
  const text = (await readText(file)).replace(/^\ufeff/, '');
  const out: KbEvalQuery[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new UsageError(`${file}: line ${i + 1}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const r = KbEvalQuery.safeParse(json);
    if (!r.success) throw new UsageError(`${file}: line ${i + 1}: ${describeIssues(r.error.issues)}`);
    if (!r.data.subject?.trim() && !r.data.description?.trim()) {
      throw new UsageError(`${file}: line ${i + 1}: the query has neither a subject nor a description`);
    }
    out.push(r.data);
  });
  if (out.length === 0) throw new UsageError(`${file} holds no queries`);
  return out;
}
