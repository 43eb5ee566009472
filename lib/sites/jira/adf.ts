// Atlassian Document Format (Jira v3 descriptions and comment bodies) -> readable text with
// Markdown structure. Zod-free and allocation-light: it runs in the content script on documents
// of hundreds of KB, and anything it does not know still yields its text, never an error.

import { attr, isBlock, isObj, kids, leafInline, media, PANEL, str, type Obj } from './adf-nodes';

/** Deeper than this, a subtree is read as its plain words: structure that deep is no longer readable. */
const MAX_DEPTH = 64;
/** Nodes visited per document, and characters of text produced, before reading stops. */
const MAX_NODES = 100_000;
const MAX_CHARS = 2_000_000;

/**
 * One conversion's bounds: a document nested thousands deep (JSON.parse builds one gladly), one
 * node shared many times over, or a cycle (an object built in code) must cost bounded time and stack.
 */
interface Walk {
  path: Set<Obj>;
  nodes: number;
  chars: number;
}

const spent = (w: Walk): boolean => w.nodes >= MAX_NODES || w.chars >= MAX_CHARS;

/** Renders `n` once more within the walk's bounds; a node already on the path (a cycle) is skipped. */
function guarded(n: Obj, w: Walk, render: () => string): string {
  if (spent(w) || w.path.has(n)) return '';
  w.nodes++;
  if (w.path.size >= MAX_DEPTH) return flatText(n, w);
  w.path.add(n);
  try {
    return render();
  } finally {
    w.path.delete(n);
  }
}

/** The words of a subtree without its structure, read with a stack of its own (no recursion). */
function flatText(root: Obj, w: Walk): string {
  const words: string[] = [];
  const seen = new Set<Obj>(w.path);
  const stack: unknown[] = [root];
  while (stack.length > 0 && !spent(w)) {
    const n = stack.pop();
    if (!isObj(n) || seen.has(n)) continue;
    seen.add(n);
    w.nodes++;
    const t = n.type === 'text' ? str(n.text) : '';
    if (t) {
      words.push(t);
      w.chars += t.length;
    }
    const c = kids(n);
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]);
  }
  return words.join(' ');
}

function leaf(n: Obj, w: Walk): string | null {
  const t = leafInline(n);
  if (t !== null) w.chars += t.length;
  return t;
}

/** True for something shaped like an ADF document (`{type: "doc", content: [...]}`). */
export function isAdfDoc(v: unknown): boolean {
  return isObj(v) && v.type === 'doc' && Array.isArray(v.content);
}

function inline(n: Obj, w: Walk): string {
  return guarded(n, w, () => leaf(n, w) ?? inlines(kids(n), w));
}

function inlines(list: readonly unknown[], w: Walk): string {
  let out = '';
  for (const c of list) {
    if (!isObj(c)) continue;
    const t = isBlock(c) ? block(c, '\n', w) : inline(c, w);
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

function list(n: Obj, w: Walk): string {
  const start = Number(attr(n, 'order'));
  let i = Number.isInteger(start) && start > 0 ? start : 1;
  const items: string[] = [];
  for (const c of kids(n)) {
    if (!isObj(c)) continue;
    let marker = '- ';
    if (n.type === 'orderedList') marker = `${i++}. `;
    else if (c.type === 'taskItem') marker = attr(c, 'state') === 'DONE' ? '- [x] ' : '- [ ] ';
    const body = c.type === 'taskItem' || c.type === 'decisionItem' ? inlines(kids(c), w) : blocks(kids(c), '\n', w);
    items.push(prefix(body, marker, ' '.repeat(marker.length)));
  }
  return items.join('\n');
}

function table(n: Obj, w: Walk): string {
  const rows: string[][] = [];
  let header = false;
  for (const r of kids(n)) {
    if (!isObj(r)) continue;
    const cells = kids(r).filter(isObj);
    if (rows.length === 0) header = cells.length > 0 && cells.every((c) => c.type === 'tableHeader');
    rows.push(cells.map((c) => blocks(kids(c), ' ', w).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')));
  }
  if (rows.length === 0) return '';
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const rule = `|${' --- |'.repeat(width)}`;
  // Markdown needs a header row: without one, an empty header keeps every data row a row.
  const out = header ? [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)] : [line([]), rule, ...rows.map(line)];
  return out.join('\n');
}

function block(n: Obj, sep: string, w: Walk): string {
  return guarded(n, w, () => blockOf(n, sep, w));
}

function blockOf(n: Obj, sep: string, w: Walk): string {
  switch (n.type) {
    case 'paragraph':
      return inlines(kids(n), w);
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attr(n, 'level')) || 1));
      return `${'#'.repeat(level)} ${inlines(kids(n), w)}`;
    }
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
    case 'decisionList':
      return list(n, w);
    case 'codeBlock': {
      const lang = str(attr(n, 'language'));
      return `\`\`\`${lang}\n${inlines(kids(n), w).replace(/\n$/, '')}\n\`\`\``;
    }
    case 'blockquote':
      return prefix(blocks(kids(n), '\n\n', w), '> ', '> ');
    case 'panel': {
      const kind = str(attr(n, 'panelType'));
      return prefix(`**${PANEL[kind] ?? (kind || 'Panel')}:** ${blocks(kids(n), '\n\n', w)}`, '> ', '> ');
    }
    case 'rule':
      return '---';
    case 'table':
      return table(n, w);
    case 'mediaSingle':
    case 'mediaGroup':
      return kids(n).filter(isObj).map(media).join(' ');
    case 'expand':
    case 'nestedExpand': {
      const title = str(attr(n, 'title'));
      const body = blocks(kids(n), '\n\n', w);
      return title ? `**${title}**\n${body}` : body;
    }
    default:
      return kids(n).length > 0 ? blocks(kids(n), sep, w) : (leaf(n, w) ?? '');
  }
}

function blocks(list: readonly unknown[], sep: string, w: Walk): string {
  const out: string[] = [];
  for (const c of list) {
    if (!isObj(c)) continue;
    const t = isBlock(c) || c.type === 'blockCard' || c.type === 'embedCard' ? block(c, sep, w) : inline(c, w);
    if (t.trim() !== '') out.push(t);
  }
  return out.join(sep);
}

/** ADF document -> Markdown-structured text (paragraphs, lists, code, tables, mentions, links, panels). */
export function adfToText(doc: unknown): string {
  if (!isObj(doc)) return '';
  const w: Walk = { path: new Set([doc]), nodes: 0, chars: 0 };
  const text = doc.type === 'doc' ? blocks(kids(doc), '\n\n', w) : block(doc, '\n\n', w);
  return text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}
