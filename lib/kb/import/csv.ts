// CSV with a header row (RFC 4180: quoted fields may hold commas, quotes as "" and newlines).
// Columns id, title, body, labels, url in any order and case; labels split on ";" or "|".
import type { KbArticle } from '../../schema/kb';
import { checkUniqueIds, KbImportError, type ImportResult } from './errors';

interface Row {
  line: number;
  fields: string[];
}

/** Splits CSV text into rows, each with the line it starts on. */
export function parseCsv(text: string, file: string): Row[] {
  const rows: Row[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || field.trim() !== '') rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === '"') {
      throw new KbImportError(file, `line ${line}`, 'a quote inside an unquoted field (quote the whole field and double the quote: "")');
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text.charAt(i + 1) === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) throw new KbImportError(file, `line ${quoteLine}`, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

const COLUMNS = ['id', 'title', 'body', 'labels', 'url'] as const;
const REQUIRED = ['id', 'title', 'body'] as const;

/** Parses a CSV file of articles; every row must have the header's number of fields. */
export function importCsv(text: string, file: string): ImportResult {
  const [header, ...rows] = parseCsv(text, file);
  if (!header) throw new KbImportError(file, null, 'the file is empty (expected a header row: id,title,body,labels,url)');
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const col = Object.fromEntries(COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const missing = REQUIRED.filter((c) => col[c] < 0);
  if (missing.length) throw new KbImportError(file, 'line 1', `the header has no ${missing.join(', ')} column (found: ${names.join(', ')})`);
  const articles: KbArticle[] = rows.map(({ line, fields }) => {
    if (fields.length !== names.length) {
      throw new KbImportError(file, `line ${line}`, `expected ${names.length} fields as in the header, found ${fields.length}`);
    }
    const get = (c: (typeof COLUMNS)[number]) => fields[col[c]] ?? '';
    const id = get('id').trim();
    if (!id) throw new KbImportError(file, `line ${line}`, 'id is empty');
    const url = get('url').trim();
    return {
      id,
      source: 'file',
      title: get('title').trim(),
      body: get('body').trim(),
      labels: get('labels').split(/[;|]/).map((l) => l.trim()).filter(Boolean),
      section: null,
      url: url || null,
      locale: null,
      updatedAt: null,
    };
  });
  checkUniqueIds(file, articles.map((a, i) => ({ id: a.id, where: `line ${rows[i]?.line ?? '?'}` })));
  return { articles };
}
