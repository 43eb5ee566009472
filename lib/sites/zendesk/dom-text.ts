// Text and value helpers for the Zendesk DOM reader. textContent only: innerText would force layout.
import * as sel from './selectors';

// Garden shows an unset dropdown as a dash; \u escapes keep the bundled content script ASCII.
const EMPTY = new Set(['', '-', '\u2013', '\u2014']);
// Controls and unrendered copies carry no ticket text (a <template> holds not-yet-shown comments).
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'label']);
const PARAGRAPH = new Set(['p', 'pre', 'blockquote', 'ul', 'ol', 'table', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LINE = new Set(['div', 'li', 'tr', 'dd', 'dt', 'section', 'article', 'header', 'footer']);
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

const isElement = (n: Node): n is Element => n.nodeType === 1;
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
export const line = (el: Element | null | undefined): string => oneLine(el?.textContent ?? '');
export const blank = (s: string): string | null => (EMPTY.has(s.trim()) ? null : s.trim());
// Contact details are never captured: a shown "Name <mail@x>" keeps only the name.
export const personName = (s: string): string | null => blank(oneLine(s.replace(/[<(]?\S+@\S+[>)]?/g, ' ')));

/** The first element any of `list` finds under `root`, trying them in order (newest UI first). */
export function one(root: ParentNode, list: readonly string[]): Element | null {
  for (const s of list) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

// Breaks are marked while collecting, so that one whitespace collapse over the joined text handles
// every text node, and the marks become newlines afterwards. The marks are Unicode noncharacters,
// which no page text carries (and which \s does not match).
const LINE_MARK = '\ufdd0';
const PARAGRAPH_MARK = '\ufdd1';

function collect(node: Node, out: string[], pre: boolean): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      const t = c.nodeValue ?? '';
      // Inside <pre> the source's line breaks are the text's (log lines, stack traces).
      out.push(pre ? t.replace(/\r\n?|\n/g, LINE_MARK) : t);
    } else if (isElement(c) && !SKIP.has(c.localName)) {
      const tag = c.localName;
      if (tag === 'br') {
        out.push(LINE_MARK);
        continue;
      }
      const mark = PARAGRAPH.has(tag) ? PARAGRAPH_MARK : LINE.has(tag) ? LINE_MARK : '';
      out.push(mark);
      collect(c, out, pre || tag === 'pre');
      out.push(mark);
    }
  }
}

/** Text with spaces collapsed but line and paragraph breaks kept, as the agent sees it. */
export function textOf(el: Element): string {
  const out: string[] = [];
  collect(el, out, false);
  return out
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/ ?\ufdd0 ?/g, '\n')
    .replace(/ ?\ufdd1 ?/g, '\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** ISO time with a zone, normalised to UTC; anything else (no zone, bad date) is null. */
export function isoOrNull(raw: string | null | undefined): string | null {
  const s = raw?.trim() ?? '';
  if (!ISO_WITH_ZONE.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
}

/** The shown value of a Garden field, or its own text without label and buttons. */
export function valueOf(field: Element): string {
  const v = one(field, sel.fieldValue);
  return v ? line(v) : oneLine(textOf(field));
}

/** An input's value, live if it has one. */
export function inputValue(el: Element): string {
  const prop = 'value' in el ? el.value : undefined;
  // The property holds the live value; parsed or cloned markup may only have the attribute.
  return typeof prop === 'string' && prop !== '' ? prop : (el.getAttribute('value') ?? el.textContent ?? '');
}

