// The watch kept by the hostile-* tests: every dialog, every request the browser context makes
// (pages, extension frames, the service worker), and what the extension's own DOM holds afterwards.
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Launched } from '../../scripts/chromium';

/** What the browser did while hostile text was shown. */
export interface Watch {
  dialogs: string[];
  /** Requests to an origin outside the allowed ones. */
  strays: string[];
  /** Every request seen, for a check that the watch was really listening. */
  seen: number;
}

/**
 * Starts watching the context: dialogs on every page (host pages and extension pages, and frames in
 * them), and every request. Anything not on `allowed` origins (or chrome-extension://) is recorded
 * and, if it reaches the network, aborted. Call before routing the fixtures (their routes then win).
 */
export async function watch(b: Launched, allowed: string[]): Promise<Watch> {
  const w: Watch = { dialogs: [], strays: [], seen: 0 };
  const ok = (url: string) => {
    if (url.startsWith(`chrome-extension://${b.extensionId}/`) || url === 'about:blank') return true;
    try {
      return allowed.includes(new URL(url).origin);
    } catch {
      return false;
    }
  };
  const onPage = (page: Page) =>
    page.on('dialog', (d) => {
      w.dialogs.push(`${d.type()} on ${page.url()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
  b.context.pages().forEach(onPage);
  b.context.on('page', onPage);
  b.context.on('request', (r) => {
    w.seen++;
    if (!ok(r.url())) w.strays.push(`${r.resourceType()} ${r.url().slice(0, 200)}`);
  });
  // Fallback for anything the fixture routes do not answer: recorded above, never sent.
  await b.context.route(/.*/, (route) => {
    const url = route.request().url();
    return ok(url) ? route.fallback() : route.abort('blockedbyclient');
  });
  return w;
}

/** Nothing ran: no dialog, no request left the fixture origins, and the watch did see traffic. */
export function expectNothingRan(w: Watch): void {
  expect(w.seen, 'the request watch saw no traffic at all').toBeGreaterThan(0);
  expect(w.dialogs).toEqual([]);
  expect(w.strays).toEqual([]);
}

/** window.__pwned in a page or frame (the main world: host page or extension page). */
export function pwned(target: Page | Frame): Promise<unknown> {
  return target.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);
}

/**
 * Elements in an extension page that only data turned into markup could have made: scripts not
 * from the extension, frames, objects, style elements, base, meta refresh, a form action, any
 * on* attribute, links and sources that are not http(s) or the extension's own, CSS url()/expression
 * in a style attribute, and SVG that animates or scripts. Returns one line per offender.
 */
export function auditDom(frame: Frame | Page, extensionId: string): Promise<string[]> {
  return frame.evaluate((id) => {
    const own = `chrome-extension://${id}/`;
    const bad: string[] = [];
    const say = (el: Element, why: string) => bad.push(`${why}: ${el.outerHTML.slice(0, 120)}`);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) say(el, `handler ${a.name}`);
        if (/^(href|src|action|formaction|xlink:href|data|srcdoc|background|poster)$/i.test(a.name)) {
          let v = a.value.trim();
          try {
            if (a.name !== 'srcdoc') v = new URL(v, document.baseURI).href;
          } catch {
            // Left as written: it is reported below unless it is http(s) or the extension's own.
          }
          if (a.name === 'srcdoc' || !(v.startsWith(own) || /^https?:\/\//i.test(v) || (tag === 'a' && v === ''))) say(el, `${a.name}=${v.slice(0, 40)}`);
        }
        if (a.name === 'style' && /url\(|expression\(|@import/i.test(a.value)) say(el, 'style with url/expression');
      }
      if (tag === 'script' && !(el as HTMLScriptElement).src.startsWith(own)) say(el, 'script not from the extension');
      if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'style', 'template', 'foreignobject', 'animate', 'set', 'image', 'math', 'marquee', 'audio', 'video'].includes(tag)) say(el, tag);
      if (tag === 'meta' && el.hasAttribute('http-equiv')) say(el, 'meta http-equiv');
      if (tag === 'link' && !(el as HTMLLinkElement).href.startsWith(own)) say(el, 'link not from the extension');
      if (tag === 'img' && !(el as HTMLImageElement).src.startsWith(own)) say(el, 'img not from the extension');
    }
    return bad;
  }, extensionId);
}

/** Whitespace-collapsed, NUL-free text: how a value is expected to read once shown as text. */
export const asShown = (s: string): string => s.replaceAll('\u0000', '').replace(/\s+/g, ' ').trim();

/** The text of the whole document, normalised as `asShown`. */
export async function pageText(frame: Frame | Page, selector = 'body'): Promise<string> {
  const text = await frame.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector);
  return asShown(text);
}

/** The page does not scroll sideways: no data pushed it wider than its viewport. */
export async function expectNoSidewaysScroll(frame: Frame | Page): Promise<void> {
  const box = await frame.evaluate(() => ({
    doc: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    main: [document.querySelector('main')?.scrollWidth ?? 0, document.querySelector('main')?.clientWidth ?? 0],
  }));
  expect(box.doc[0], `document ${box.doc.join(' > ')}`).toBeLessThanOrEqual(box.doc[1]! + 1);
  expect(box.main[0], `main ${box.main.join(' > ')}`).toBeLessThanOrEqual(box.main[1]! + 1);
}

/**
 * Whether the characters of `selector`'s text still run left to right on screen (a U+202E before
 * it in the same line would draw them mirrored): the first character sits left of the last.
 */
export function readsLeftToRight(frame: Frame, selector: string): Promise<boolean | null> {
  return frame.evaluate((sel) => {
    const el = document.querySelector(sel);
    const node = el && Array.from(el.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').length > 1);
    if (!node) return null;
    const at = (i: number) => {
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      return r.getBoundingClientRect().left;
    };
    return at(0) < at((node.textContent ?? '').length - 1);
  }, selector);
}
