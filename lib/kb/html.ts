// Help Center bodies are HTML; the index and the snippets want plain text. No DOMParser here:
// this runs in the background service worker (no DOM) and in Node. Tags are dropped, block
// elements become line breaks, list items keep a dash, and entities are decoded.
// Bodies are a stranger's text: every pass is linear, so a crafted body (thousands of unclosed
// `<script` or `<a "` openers) cannot hold the service worker for seconds as backtracking would.

// A tag, with quoted attribute values that may hold ">" (not "<": a failed match then stops at the
// next "<" instead of rescanning the rest of the body).
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/g;
// Elements whose content is not text at all: dropped with it, to their end tag or the end of the body.
const DROP_OPEN = /<(script|style|head|template|noscript)\b/gi;
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

// Cuts from each `open` match to the end of `close` (case-insensitive), or to the end when it never
// closes, as a browser's parser would; one forward scan.
function cut(html: string, open: RegExp, close: (m: RegExpExecArray) => string): string {
  const lower = html.toLowerCase();
  let out = '';
  let at = 0;
  open.lastIndex = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const end = close(m);
    const stop = lower.indexOf(end, m.index + m[0].length);
    out += `${html.slice(at, m.index)} `;
    if (stop < 0) return out;
    at = stop + end.length;
    // An end tag may carry spaces before its ">".
    if (end.startsWith('</')) {
      const gt = html.indexOf('>', at);
      at = gt < 0 ? html.length : gt + 1;
    }
    open.lastIndex = at;
  }
  return out + html.slice(at);
}

/** Plain text of an HTML fragment, with paragraphs and list items on their own lines. */
export function htmlToText(html: string): string {
  const uncommented = cut(html, /<!--/g, () => '-->');
  const stripped = cut(uncommented, DROP_OPEN, (m) => `</${(m[1] ?? '').toLowerCase()}`);
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
