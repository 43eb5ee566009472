// JSON Lines (one `{id, title, body, labels?, url?}` per line) or a JSON array of the same.
import { KbArticleLine, type KbArticle } from '../../schema/kb';
import { describeIssues } from '../../schema/describe';
import { checkUniqueIds, jsonErrorLine, KbImportError, type ImportResult } from './errors';

function toArticle(line: KbArticleLine): KbArticle {
  return {
    id: line.id,
    source: 'file',
    title: line.title,
    body: line.body,
    labels: line.labels ?? [],
    section: null,
    url: line.url ?? null,
    locale: null,
    updatedAt: null,
  };
}

function parseItem(file: string, where: string, value: unknown): KbArticle {
  const r = KbArticleLine.safeParse(value);
  if (!r.success) throw new KbImportError(file, where, describeIssues(r.error.issues));
  return toArticle(r.data);
}

/** Parses a JSON array file of articles. */
export function importJsonArray(text: string, file: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const line = jsonErrorLine(text, err);
    throw new KbImportError(file, line ? `line ${line}` : null, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!Array.isArray(json)) throw new KbImportError(file, null, 'expected a JSON array of {id, title, body} articles');
  const articles = json.map((item, i) => parseItem(file, `item ${i + 1}`, item));
  checkUniqueIds(file, articles.map((a, i) => ({ id: a.id, where: `item ${i + 1}` })));
  return { articles };
}

/** Parses a JSON Lines file of articles (blank lines are skipped). */
export function importJsonLines(text: string, file: string): ImportResult {
  const articles: KbArticle[] = [];
  const where: { id: string; where: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new KbImportError(file, `line ${i + 1}`, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const article = parseItem(file, `line ${i + 1}`, json);
    articles.push(article);
    where.push({ id: article.id, where: `line ${i + 1}` });
  });
  checkUniqueIds(file, where);
  return { articles };
}

/** JSON Lines, or a JSON array when the file starts with "[". */
export function importJson(text: string, file: string): ImportResult {
  return text.trimStart().startsWith('[') ? importJsonArray(text, file) : importJsonLines(text, file);
}
