import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HELPDESK_MATCHES } from '@/lib/sites/hosts';
import { ToContentMini } from '@/lib/schema/content-side';
import { mountDraftBadge } from './draft-badge';
import { watchDraft } from './draft-watcher';
import { proxyFetch } from './fetch-proxy';
import { pageFetch } from './page-fetch';
import { scriptStartedEvent } from './script-started';
import { send } from './send';
import { mountSidebar } from './sidebar-frame';
import { ADAPTERS } from './adapters';
import { watchTickets } from './ticket-watcher';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // WXT stops this script when a document event named "<extension id>:helpdesk:wxt:content-script-
    // started" arrives (meant for a newer copy replacing it), and any page can forge one: the id is
    // public. Deskside never injects a second copy into a live document, so while this copy's
    // extension is alive the event is stopped before it reaches WXT.
    const started = (event: Event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    };
    window.addEventListener(scriptStartedEvent(), started, { capture: true });
    ctx.onInvalidated(() => window.removeEventListener(scriptStartedEvent(), started, { capture: true }));
    const adapter = ADAPTERS.find((a) => a.matchesPage(document, location.href));
    if (!adapter) return;
    let sidebar: ReturnType<typeof mountSidebar> | undefined;
    let recheckDraft: (again?: boolean) => void = () => {};
    // The sidebar appears with the first ticket, not on every helpdesk page.
    const onTicket = () => {
      sidebar ??= mountSidebar(ctx);
      recheckDraft();
    };
    const tickets = watchTickets(ctx, adapter, send, onTicket);
    recheckDraft = watchDraft(ctx, adapter, tickets.current, send);
    const showBadge = mountDraftBadge(ctx, adapter);

    // Only this extension's background may ask anything of this page, and only these things.
    browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || sender.tab) return;
      const parsed = ToContentMini.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      switch (message.type) {
        case 'toggle-sidebar':
          void sidebar?.toggle();
          return;
        case 'recheck-draft':
          recheckDraft(true);
          return;
        case 'draft-check':
          showBadge(message);
          return;
        case 'insert-text': {
          const ok = adapter.insertText(document, message.text);
          sendResponse(ok ? { ok: true } : { ok: false, error: 'No reply editor is open on this ticket' });
          return;
        }
        case 'fetch-json':
          void proxyFetch(message.path, pageFetch()).then(sendResponse);
          return true;
      }
    });
  },
});
