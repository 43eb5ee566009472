import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '@/lib/sites/adapter';
import type { ContentMessage, TicketRef } from '@/lib/schema/messages';

const DEBOUNCE_MS = 250;

/**
 * Notices typing in the reply editor (and channel switches) and, once the agent pauses, sends the
 * draft to be checked. Cheap: one delegated listener, one read per pause, nothing sent unchanged.
 * Returns a function to re-check at once (after a ticket switch); `again` sends even an unchanged
 * draft (the background's service worker restarted and lost its findings).
 */
export function watchDraft(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  currentTicket: () => TicketRef | null,
  send: (message: ContentMessage) => Promise<void>,
): (again?: boolean) => void {
  const composer = adapter.composerSelectors.join(',');
  let last = '';
  let timer: number | undefined;

  const check = (again = false) => {
    timer = undefined;
    if (again) last = '';
    const ticket = currentTicket();
    if (!ticket) return;
    const draft = adapter.readDraft(document);
    const signature = JSON.stringify([ticket.ticketId, draft]);
    if (signature === last) return;
    last = signature;
    send({ type: 'draft', ticket, draft }).catch((e: unknown) => console.error(e));
  };
  const onEvent = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest(composer)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => check(), DEBOUNCE_MS);
  };
  ctx.addEventListener(document, 'input', onEvent, { capture: true });
  ctx.addEventListener(document, 'click', onEvent, { capture: true });
  return check;
}
