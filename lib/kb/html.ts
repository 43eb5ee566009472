// Help Center bodies are HTML; the index and the snippets want plain text. No DOMParser here:
// this runs in the background service worker (no DOM) and in Node. Tags are dropped, block
// elements become line breaks, list items keep a dash, and entities are decoded.

// A tag, with quoted attribute values that may hold ">".
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const DROP = /<(script|style|head|template|noscript)\b[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'tr', 'table', 'pre',
  'blockquote', 'section', 'article', 'header', 'footer', 'dl', 'dt', 'dd', 'figure', 'figcaption',
]);
const CELL = new Set(['td', 'th']);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '-', mdash: '-', hellip: '...',
  lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"', bull: '*', middot: '*', copy: '(c)', reg: '(R)',
  trade: '(TM)', laquo: '"', raquo: '"', times: 'x', rarr: '->', larr: '<-', eacute: '\u00e9', egrave: '\u00e8',
  aacute: '\u00e1', agrave: '\u00e0', ouml: '\u00f6', uuml: '\u00fc', auml: '\u00e4', szlig: '\u00df', ccedil: '\u00e7', euro: 'EUR', zwnj: '', shy: '',
};

function codePoint(n: number, raw: string): string {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : raw;
}

/** Decodes HTML character references (named ones Help Center editors emit, and numeric). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d?);/gi, (raw, ref: string) => {
    if (ref[0] === '#') return codePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)), raw);
    return NAMED[ref.toLowerCase()] ?? raw;
  });
}

/** Plain text of an HTML fragment, with paragraphs and list items on their own lines. */
export function htmlToText(html: string): string {
  const stripped = html.replace(COMMENT, ' ').replace(DROP, ' ');
  const text = stripped.replace(TAG, (tag, name: string) => {
    const n = name.toLowerCase();
    if (n === 'li' && !tag.startsWith('</')) return '\n- ';
    if (BLOCK.has(n)) return '\n';
    return CELL.has(n) ? ' ' : '';
  });
  return decodeEntities(text)
    .replace(/[ \t\f\v\r\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
