// Which element holds the open issue: the side panel, a modal, or the issue page itself. Scoping
// to it keeps the board (or queue) behind a side panel out of what is read.
import { line } from './dom-text';
import * as sel from './selectors';

const KEY_IN = /\b([A-Z][A-Z0-9_]*-[1-9]\d*)\b/;

/** The key a breadcrumb names, from its text or its /browse/ link. */
function keyOf(el: Element): string | null {
  const href = el.getAttribute('href') ?? el.querySelector('a[href]')?.getAttribute('href') ?? '';
  return KEY_IN.exec(line(el))?.[1] ?? /\/browse\/([A-Z][A-Z0-9_]*-[1-9]\d*)/i.exec(href)?.[1]?.toUpperCase() ?? null;
}

function breadcrumbs(root: ParentNode): Element[] {
  for (const s of sel.currentIssue) {
    const found = [...root.querySelectorAll(s)];
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * From the issue's breadcrumb, its container: the nearest side panel or modal that also holds the
 * summary, else the widest ancestor holding no other issue's breadcrumb (the issue page itself).
 */
function widen(el: Element, others: readonly Element[]): Element {
  const root = el.closest(sel.issueRoot.join(', '));
  if (root && root.querySelector(sel.summary.join(', '))) return root;
  let scope = el;
  for (let up = el.parentElement; up && up.localName !== 'html'; up = up.parentElement) {
    if (others.some((o) => up.contains(o))) break;
    scope = up;
  }
  return scope;
}

/** The element showing issue `key`, or null when the page shows another issue (or none). */
export function findScope(doc: Document, key: string): Element | null {
  const crumbs = breadcrumbs(doc);
  const mine = crumbs.find((b) => keyOf(b) === key);
  if (mine) return widen(mine, crumbs.filter((b) => keyOf(b) !== key));
  // Breadcrumbs naming other issues only: the panel still shows the previous issue (the SPA lags).
  if (crumbs.length > 0) return null;
  // No breadcrumbs at all (renamed hooks): trust a lone summary heading.
  const headings = doc.querySelectorAll(sel.summary.join(', '));
  const only = headings.length === 1 ? headings[0] : undefined;
  return only ? (only.closest(sel.issueRoot.join(', ')) ?? doc.body) : null;
}

