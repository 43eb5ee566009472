import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HELPDESK_MATCHES } from '@/lib/sites/hosts';
import { ToContentMini } from '@/lib/schema/content-side';
import { send } from './send';
import { mountSidebar } from './sidebar-frame';
import { ADAPTERS } from './adapters';
import { watchTickets } from './ticket-watcher';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let sidebar: ReturnType<typeof mountSidebar> | undefined;
    // The sidebar appears with the first ticket, not on every helpdesk page.
    const onTicket = () => {
      sidebar ??= mountSidebar(ctx);
    };
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return;
      if (ToContentMini.safeParse(raw).success) void sidebar?.toggle();
    });
    const adapter = ADAPTERS.find((a) => a.matchesPage(document, location.href));
    if (adapter) watchTickets(ctx, adapter, send, onTicket);
  },
});
