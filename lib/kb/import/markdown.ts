// A Markdown article with optional YAML-style front matter (title, labels, id, url). The title
// falls back to the first "# " heading, the id to the file name. Only the flat subset of YAML
// that front matter uses is read: `key: value`, `[a, b]` lists and `- item` lists.
import type { KbArticle } from '../../schema/kb';
import { KbImportError, type ImportResult } from './errors';

const KEYS = new Set(['title', 'labels', 'tags', 'id', 'url']);

function unquote(v: string): string {
  const t = v.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

function frontMatter(lines: string[], file: string): { meta: Map<string, string | string[]>; bodyStart: number } {
  const meta = new Map<string, string | string[]>();
  if (lines[0]?.trim() !== '---') return { meta, bodyStart: 0 };
  let key: string | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---') return { meta, bodyStart: i + 1 };
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && key) {
      const list = meta.get(key);
      meta.set(key, [...(Array.isArray(list) ? list : []), unquote(item[1] ?? '')]);
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) throw new KbImportError(file, `line ${i + 1}`, `front matter: expected "key: value", found "${line.trim()}"`);
    key = (kv[1] ?? '').toLowerCase();
    const value = (kv[2] ?? '').trim();
    if (value.startsWith('[')) {
      if (!value.endsWith(']')) throw new KbImportError(file, `line ${i + 1}`, `front matter: ${key}: a [list] is not closed`);
      meta.set(key, value.slice(1, -1).split(',').map(unquote).filter(Boolean));
    } else meta.set(key, value === '' ? [] : unquote(value));
  }
  throw new KbImportError(file, 'line 1', 'front matter opened with "---" is never closed');
}

/** Markdown to readable plain text: syntax marks go, link text and code stay. */
export function markdownToText(md: string): string {
  return md
    .replace(/^```.*$/gm, '')
    // Link text stops at a "[", the address (one level of parentheses) at an unmatched "(" or a line
    // end: a failed match ends there instead of rescanning the file (20k "[" took 1.3 s, 100k ~30 s).
    .replace(/!\[([^[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1')
    .replace(/\[([^[\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Parses one Markdown article file. */
export function importMarkdown(text: string, file: string): ImportResult {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const { meta, bodyStart } = frontMatter(lines, file);
  for (const key of meta.keys()) {
    if (!KEYS.has(key)) continue;
    const v = meta.get(key);
    if (key !== 'labels' && key !== 'tags' && Array.isArray(v)) throw new KbImportError(file, null, `front matter: ${key} must be one value`);
  }
  let body = lines.slice(bodyStart).join('\n');
  let title = meta.get('title');
  if (typeof title !== 'string' || title === '') {
    const h = /^#\s+(.+)$/m.exec(body);
    if (!h) throw new KbImportError(file, 'title', 'missing: no front matter "title:" and no "# " heading');
    title = (h[1] ?? '').trim();
    body = body.replace(h[0], '');
  }
  const rawLabels = meta.get('labels') ?? meta.get('tags') ?? [];
  const labels = (Array.isArray(rawLabels) ? rawLabels : rawLabels.split(',')).map((l) => l.trim()).filter(Boolean);
  const id = meta.get('id');
  const url = meta.get('url');
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.(md|markdown)$/i, '');
  const articleId = typeof id === 'string' && id ? id : base;
  // A file named ".md" gives no id: without one in the front matter the article could not be stored.
  if (!articleId) throw new KbImportError(file, 'id', 'missing: no front matter "id:" and the file name gives none');
  const article: KbArticle = {
    id: articleId,
    source: 'file',
    title,
    body: markdownToText(body),
    labels,
    section: null,
    url: typeof url === 'string' && url ? url : null,
    locale: null,
    updatedAt: null,
  };
  return { articles: [article] };
}
