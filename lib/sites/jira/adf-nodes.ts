// ADF node helpers: typed access to untyped JSON, marks, and the inline leaf nodes.

export type Obj = { readonly [k: string]: unknown };
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
export const attr = (n: Obj, key: string): unknown => (isObj(n.attrs) ? n.attrs[key] : undefined);
export const kids = (n: Obj): readonly unknown[] => (Array.isArray(n.content) ? n.content : []);

/** 10000-01-01T00:00:00Z in epoch milliseconds: four-digit years only. */
const MAX_DATE_MS = 253_402_300_800_000;

/** Panel types as shown. */
export const PANEL: Readonly<Record<string, string>> = {
  info: 'Info', note: 'Note', warning: 'Warning', error: 'Error', success: 'Success', tip: 'Tip', custom: 'Panel',
};

function marked(text: string, marks: unknown): string {
  if (!Array.isArray(marks) || text === '') return text;
  let out = text;
  let href = '';
  // Code first (innermost), the link last (outermost), whatever order Jira lists them in.
  const has = (t: string) => marks.some((m) => isObj(m) && m.type === t);
  if (has('code')) out = `\`${out}\``;
  if (has('em')) out = `*${out}*`;
  if (has('strong')) out = `**${out}**`;
  if (has('strike')) out = `~~${out}~~`;
  for (const m of marks) if (isObj(m) && m.type === 'link') href = str(attr(m, 'href'));
  return href ? `[${out}](${href})` : out;
}

/** The text of an inline leaf node (text, mention, emoji, card, date, status, media), or null for others. */
export function leafInline(n: Obj): string | null {
  switch (n.type) {
    case 'text':
      return marked(str(n.text), n.marks);
    case 'hardBreak':
      return '\n';
    case 'mention': {
      const name = str(attr(n, 'text')).replace(/^@/, '');
      return `@${name || 'someone'}`;
    }
    case 'emoji':
      return str(attr(n, 'shortName')) || str(attr(n, 'text'));
    case 'inlineCard':
    case 'blockCard':
    case 'embedCard':
      return str(attr(n, 'url'));
    case 'date': {
      const t = Number(str(attr(n, 'timestamp')) || attr(n, 'timestamp'));
      // Past year 9999 (or the Date range, where toISOString throws) it is no date anyone set.
      return Number.isFinite(t) && t > 0 && t < MAX_DATE_MS ? new Date(t).toISOString().slice(0, 10) : '';
    }
    case 'status':
      return `[${str(attr(n, 'text'))}]`;
    case 'mediaInline':
    case 'media':
      return media(n);
    case 'placeholder':
      return '';
    default:
      return null;
  }
}

/** A media node as a placeholder naming the file. */
export function media(n: Obj): string {
  const name = str(attr(n, 'alt')) || str(attr(n, 'filename'));
  return name ? `[attachment: ${name}]` : '[attachment]';
}

const BLOCKS = new Set([
  'paragraph', 'heading', 'bulletList', 'orderedList', 'taskList', 'decisionList', 'codeBlock', 'blockquote',
  'panel', 'rule', 'table', 'mediaSingle', 'mediaGroup', 'expand', 'nestedExpand', 'listItem', 'taskItem',
  'decisionItem', 'layoutSection', 'layoutColumn', 'blockCard', 'embedCard', 'extension', 'bodiedExtension',
]);
/** True for a block node (rendered on its own lines). */
export const isBlock = (n: Obj): boolean => typeof n.type === 'string' && BLOCKS.has(n.type) && n.type !== 'blockCard' && n.type !== 'embedCard';

