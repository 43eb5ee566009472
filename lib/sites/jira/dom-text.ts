// Text helpers for the Jira DOM reader. textContent only: innerText would force layout.

// Jira shows an unset field as "None" or a dash; \u escapes keep the bundled content script ASCII.
const EMPTY = new Set(['', '-', '\u2013', '\u2014', 'none', 'unassigned']);
// Controls and unrendered copies carry no issue text.
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button']);
const PARAGRAPH = new Set(['p', 'pre', 'blockquote', 'ul', 'ol', 'table', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LINE = new Set(['div', 'li', 'tr', 'dd', 'dt', 'section', 'article', 'header', 'footer']);

const isElement = (n: Node): n is Element => n.nodeType === 1;
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
export const line = (el: Element | null | undefined): string => oneLine(el?.textContent ?? '');
/** Null for Jira's "None"/"Unassigned"/dash placeholders. */
export const blank = (s: string): string | null => (EMPTY.has(s.trim().toLowerCase()) ? null : s.trim());

/** The first element any of `list` finds under `root`, trying them in order (newest UI first). */
export function one(root: ParentNode, list: readonly string[]): Element | null {
  for (const s of list) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

type Within = 'item' | 'cell' | null;
const NONE = 0;
const LINE_BREAK = 1;
const PARAGRAPH_BREAK = 2;

// Inside a list item or a table cell, paragraphs run inline: "- item" and "| a | b |" stay one line.
function breakOf(tag: string, within: Within): number {
  if (within !== null && (tag === 'p' || tag === 'div')) return NONE;
  if (tag === 'td' || tag === 'th') return NONE;
  if (within === 'item' && (tag === 'ul' || tag === 'ol')) return LINE_BREAK;
  return PARAGRAPH.has(tag) ? PARAGRAPH_BREAK : LINE.has(tag) ? LINE_BREAK : NONE;
}

// Whitespace other than single spaces, which collapsing would change.
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * One pass over the tree, collapsing whitespace and placing breaks as it goes: on a 200-comment
 * issue this runs hundreds of times per read, where regex passes over the joined text cost more
 * than the walk itself.
 */
class TextWriter {
  out = '';
  private space = false;
  private brk = NONE;

  breakAt(level: number): void {
    if (level > this.brk) this.brk = level;
  }

  private flush(leadingSpace: boolean): void {
    if (this.out === '') {
      this.brk = NONE;
      this.space = false;
      return;
    }
    if (this.brk !== NONE) this.out += this.brk === PARAGRAPH_BREAK ? '\n\n' : '\n';
    else if (this.space && leadingSpace) this.out += ' ';
    this.brk = NONE;
    this.space = false;
  }

  /** Page text: runs of whitespace become one space, none at line starts or ends. */
  text(t: string): void {
    const trimmed = t.trim();
    if (trimmed === '') {
      if (t !== '') this.space = true;
      return;
    }
    if (/^\s/.test(t)) this.space = true;
    this.flush(true);
    this.out += ODD_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
    this.space = /\s$/.test(t);
  }

  /** Preformatted text: its line breaks are the text's (log lines, stack traces). */
  pre(t: string): void {
    const lines = t.split(/\r\n?|\n/);
    lines.forEach((l, i) => {
      if (i > 0) this.breakAt(LINE_BREAK);
      this.text(l);
    });
  }

  /** A marker Deskside adds ("- ", "|"), written as is. */
  literal(raw: string): void {
    this.flush(!raw.startsWith(' '));
    this.out += raw;
  }
}

function collect(node: Node, w: TextWriter, pre: boolean, within: Within): void {
  let item = 0;
  const ordered = isElement(node) && node.localName === 'ol';
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      const t = c.nodeValue ?? '';
      if (pre) w.pre(t);
      else w.text(t);
    } else if (isElement(c) && !SKIP.has(c.localName)) {
      const tag = c.localName;
      if (tag === 'br') {
        w.breakAt(LINE_BREAK);
        continue;
      }
      const level = breakOf(tag, within);
      w.breakAt(level);
      // List items and rows read as the API's Markdown-ish text does: "- item", "1. item", "| a | b |".
      if (tag === 'li') w.literal(ordered ? `${++item}. ` : '- ');
      if (tag === 'tr') w.literal('|');
      if (tag === 'td' || tag === 'th') w.literal(' ');
      const inner: Within = tag === 'li' ? 'item' : tag === 'td' || tag === 'th' ? 'cell' : within;
      collect(c, w, pre || tag === 'pre', inner);
      if (tag === 'td' || tag === 'th') w.literal(' |');
      w.breakAt(level);
    }
  }
}

/** Text with spaces collapsed but line and paragraph breaks kept, as the agent sees it. */
export function textOf(el: Element): string {
  const w = new TextWriter();
  collect(el, w, false, null);
  return w.out;
}

/** The first descendant (or `el`) with text of its own, for names Jira renders twice. */
export function firstLeafText(el: Element): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = oneLine(n.nodeValue ?? '');
    const parent = n.parentElement;
    if (t && parent && !SKIP.has(parent.localName)) return t;
  }
  return null;
}

/** ISO time with a zone, normalised to UTC; anything else (relative, locale, no zone) is null. */
export function absoluteTime(raw: string | null | undefined): string | null {
  const s = raw?.trim() ?? '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(s)) return null;
  const t = Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
