// Atlassian Document Format (Jira v3 descriptions and comment bodies) -> readable text with
// Markdown structure. Zod-free and allocation-light: it runs in the content script on documents
// of hundreds of KB, and anything it does not know still yields its text, never an error.

import { attr, isBlock, isObj, kids, leafInline, media, PANEL, str, type Obj } from './adf-nodes';

/** True for something shaped like an ADF document (`{type: "doc", content: [...]}`). */
export function isAdfDoc(v: unknown): boolean {
  return isObj(v) && v.type === 'doc' && Array.isArray(v.content);
}

function inline(n: Obj): string {
  return leafInline(n) ?? inlines(kids(n));
}

function inlines(list: readonly unknown[]): string {
  let out = '';
  for (const c of list) {
    if (!isObj(c)) continue;
    const t = isBlock(c) ? block(c, '\n') : inline(c);
    // A card's URL is its own word: "see" + card must not run together into "seehttps://".
    const card = c.type === 'inlineCard' && out !== '' && !/\s$/.test(out);
    out += card ? ` ${t}` : t;
  }
  return out;
}

/** Each line of `text` prefixed: the first with `first`, the rest with `rest`. */
function prefix(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((l, i) => (i === 0 ? first : l === '' ? rest.trimEnd() : rest) + l)
    .join('\n');
}

function list(n: Obj): string {
  const start = Number(attr(n, 'order'));
  let i = Number.isInteger(start) && start > 0 ? start : 1;
  const items: string[] = [];
  for (const c of kids(n)) {
    if (!isObj(c)) continue;
    let marker = '- ';
    if (n.type === 'orderedList') marker = `${i++}. `;
    else if (c.type === 'taskItem') marker = attr(c, 'state') === 'DONE' ? '- [x] ' : '- [ ] ';
    const body = c.type === 'taskItem' || c.type === 'decisionItem' ? inlines(kids(c)) : blocks(kids(c), '\n');
    items.push(prefix(body, marker, ' '.repeat(marker.length)));
  }
  return items.join('\n');
}

function table(n: Obj): string {
  const rows: string[][] = [];
  let header = false;
  for (const r of kids(n)) {
    if (!isObj(r)) continue;
    const cells = kids(r).filter(isObj);
    if (rows.length === 0) header = cells.length > 0 && cells.every((c) => c.type === 'tableHeader');
    rows.push(cells.map((c) => blocks(kids(c), ' ').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')));
  }
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const rule = `|${' --- |'.repeat(width)}`;
  // Markdown needs a header row: without one, an empty header keeps every data row a row.
  const out = header ? [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)] : [line([]), rule, ...rows.map(line)];
  return out.join('\n');
}

function block(n: Obj, sep: string): string {
  switch (n.type) {
    case 'paragraph':
      return inlines(kids(n));
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attr(n, 'level')) || 1));
      return `${'#'.repeat(level)} ${inlines(kids(n))}`;
    }
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
    case 'decisionList':
      return list(n);
    case 'codeBlock': {
      const lang = str(attr(n, 'language'));
      return `\`\`\`${lang}\n${inlines(kids(n)).replace(/\n$/, '')}\n\`\`\``;
    }
    case 'blockquote':
      return prefix(blocks(kids(n), '\n\n'), '> ', '> ');
    case 'panel': {
      const kind = str(attr(n, 'panelType'));
      return prefix(`**${PANEL[kind] ?? (kind || 'Panel')}:** ${blocks(kids(n), '\n\n')}`, '> ', '> ');
    }
    case 'rule':
      return '---';
    case 'table':
      return table(n);
    case 'mediaSingle':
    case 'mediaGroup':
      return kids(n).filter(isObj).map(media).join(' ');
    case 'expand':
    case 'nestedExpand': {
      const title = str(attr(n, 'title'));
      const body = blocks(kids(n), '\n\n');
      return title ? `**${title}**\n${body}` : body;
    }
    default:
      return kids(n).length > 0 ? blocks(kids(n), sep) : inline(n);
  }
}

function blocks(list: readonly unknown[], sep: string): string {
  const out: string[] = [];
  for (const c of list) {
    if (!isObj(c)) continue;
    const t = isBlock(c) || c.type === 'blockCard' || c.type === 'embedCard' ? block(c, sep) : inline(c);
    if (t.trim() !== '') out.push(t);
  }
  return out.join(sep);
}

/** ADF document -> Markdown-structured text (paragraphs, lists, code, tables, mentions, links, panels). */
export function adfToText(doc: unknown): string {
  if (!isObj(doc)) return '';
  const text = doc.type === 'doc' ? blocks(kids(doc), '\n\n') : block(doc, '\n\n');
  return text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}
