import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '@/lib/sites/adapter';
import { pageFetch } from './page-fetch';
import { mergeSnapshots } from '@/lib/sites/merge';
import type { ContentMessage, TicketRef } from '@/lib/schema/messages';
import type { TicketSnapshot } from '@/lib/schema/ticket';

type Send = (message: ContentMessage) => Promise<void>;

/** What a snapshot says, without the moment it was taken: equal signatures need no new message. */
function signature(s: TicketSnapshot): string {
  return JSON.stringify({ ...s, capturedAt: '' });
}

/**
 * Follows the ticket the tab shows: on each navigation, reads the page at once and asks the API
 * once (same origin, the agent's session); on each relevant DOM change, reads the page again and
 * sends a snapshot only when what it says changed.
 */
export function watchTickets(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  send: Send,
  onTicket: () => void,
): { current: () => TicketRef | null } {
  let ref: TicketRef | null = null;
  let api: TicketSnapshot | null = null;
  let apiAbort: AbortController | null = null;
  let lastSignature = '';
  let scheduled = false;
  let dirty = false;
  // A ticket whose opening waits for its own task: nothing about it is read or sent before that, so
  // the sidebar always hears "opened" first.
  let opening: TicketRef | null = null;

  const report = (e: unknown) => console.error(e);

  const extract = () => {
    dirty = false;
    if (!ref || opening) return;
    const dom = adapter.readDom(document, ref, new Date().toISOString());
    // Nothing on the page yet and no API answer: wait for the observer rather than send nothing.
    if (!dom.sources.length && !api) return;
    const snapshot = api ? mergeSnapshots(dom, api) : dom;
    const sig = signature(snapshot);
    if (sig === lastSignature) return;
    lastSignature = sig;
    send({ type: 'snapshot', snapshot }).catch(report);
  };

  const flush = () => {
    scheduled = false;
    if (dirty) extract();
  };
  const schedule = () => {
    dirty = true;
    if (scheduled || !ref) return;
    scheduled = true;
    // One read per frame however many mutations land, in a task of its own just after the frame:
    // inside the frame it would lengthen the page's own rendering. A hidden tab has no frames (and
    // no one waiting on it): read now.
    if (document.hidden) queueMicrotask(flush);
    else ctx.requestAnimationFrame(() => ctx.setTimeout(flush, 0));
  };

  const enrich = (target: TicketRef) => {
    apiAbort?.abort();
    const abort = new AbortController();
    apiAbort = abort;
    ctx.onInvalidated(() => abort.abort());
    adapter.fetchSnapshot({
      origin: location.origin,
      ticketId: target.ticketId,
      url: target.url,
      fetch: pageFetch(),
      signal: abort.signal,
    })
      .then((snapshot) => {
        if (abort.signal.aborted || ref?.ticketId !== target.ticketId) return;
        api = snapshot;
        extract();
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted) report(e);
      });
  };

  // The page tells of a navigation inside its own task (a tab click, pushState): only the bookkeeping
  // happens there. Opening the ticket, reading the page and asking the API each get a task of their
  // own, so Deskside never makes the page's task longer (`npm run bench -- longtasks`).
  const open = (target: TicketRef) => {
    if (ref !== target) return;
    opening = null;
    onTicket();
    send({ type: 'ticket-opened', ticket: target }).catch(report);
    ctx.setTimeout(() => {
      if (ref === target) extract();
    }, 0);
    ctx.setTimeout(() => {
      if (ref === target) enrich(target);
    }, 0);
  };

  const onLocation = (href: string) => {
    const ticketId = adapter.ticketIdFromUrl(href);
    if (ticketId === (ref?.ticketId ?? null)) return;
    apiAbort?.abort();
    api = null;
    lastSignature = '';
    if (!ticketId) {
      ref = opening = null;
      send({ type: 'ticket-closed' }).catch(report);
      return;
    }
    const target: TicketRef = { site: adapter.site, host: location.host, ticketId, url: href };
    ref = opening = target;
    ctx.setTimeout(() => open(target), 0);
  };

  const observer = new MutationObserver((records) => {
    // Typing in the reply composer is not a ticket change.
    const relevant = records.some((r) => {
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      return !el?.closest('[contenteditable="true"]');
    });
    if (relevant) schedule();
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-is-active', 'aria-selected', 'hidden', 'datetime', 'value', 'type'],
  });
  ctx.onInvalidated(() => observer.disconnect());
  // A page can dispatch an event of the same name; only WXT's own carries the new URL.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    if (event.newUrl instanceof URL) onLocation(event.newUrl.href);
  });
  // The subject is an <input>: edits change its value, not the DOM.
  ctx.addEventListener(document, 'change', schedule, { capture: true });
  onLocation(location.href);
  return { current: () => ref };
}
