// A saved Zendesk Help Center articles response (`{articles: [...], meta, links}` or the
// incremental `{articles, next_page, end_time}`), or a JSON array of such pages.
import { checkUniqueIds, jsonErrorLine, KbImportError, type ImportResult } from './errors';
import { parseHcPage } from '../helpcenter';
import type { KbArticle } from '../../schema/kb';

/** Parses a Help Center export: bodies are HTML and become plain text. */
export function importZendeskHc(text: string, file: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const line = jsonErrorLine(text, err);
    throw new KbImportError(file, line ? `line ${line}` : null, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const pages = Array.isArray(json) ? json : [json];
  const articles: KbArticle[] = [];
  const where: { id: string; where: string }[] = [];
  pages.forEach((page, p) => {
    const prefix = pages.length > 1 || Array.isArray(json) ? `page ${p + 1}` : null;
    const r = parseHcPage(page);
    if (!r.ok) throw new KbImportError(file, prefix, `not a Help Center articles response: ${r.message}`);
    r.page.articles.forEach((a, i) => {
      articles.push(a);
      where.push({ id: a.id, where: `${prefix ? `${prefix} ` : ''}articles.${i}` });
    });
  });
  checkUniqueIds(file, where);
  return { articles };
}
