import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/lib/db/database';
import type { ToContentMessage } from '@/lib/schema';
import { setupCapture } from './capture';
import { handleContentMessage } from './content-messages';
import { DraftChecks } from './drafts';
import { serveCustomDomains } from './custom-domains';
import { registerHandlers } from './handlers';
import { TabRegistry } from './registry';
import { RpcRouter } from './rpc';
import { fromOwnPage, rpcCaller } from './senders';
import { scheduleRetention } from './retention';
import { servePanels, shortcutOpensPanel } from './side-panel';
import { serveSidebars } from './sidebar-port';

export default defineBackground(() => {
  const db = getDb();
  const registry = new TabRegistry();
  const drafts = new DraftChecks();

  const rpc = new RpcRouter();
  registerHandlers(rpc, db);
  serveCustomDomains(rpc);

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Extension pages (sidebar, popup, options) call methods; content scripts report tickets.
    const fromPage = fromOwnPage(sender);
    const reply = fromPage
      ? rpc.dispatch(raw, rpcCaller(sender, raw))
      : handleContentMessage(db, registry, drafts, raw, sender);
    reply.then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    drafts.forget(tabId);
    void registry.remove(tabId);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void registry.focused(tabId));
  browser.windows.onFocusChanged.addListener((windowId) => {
    if (windowId === browser.windows.WINDOW_ID_NONE) return;
    void browser.tabs.query({ active: true, windowId }).then(async ([tab]) => {
      if (tab?.id !== undefined) await registry.focused(tab.id);
    });
  });
  serveSidebars(db, registry, drafts);
  servePanels();
  setupCapture(db, registry);
  void scheduleRetention(db);

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-sidebar' || tab?.id === undefined) return;
    if (shortcutOpensPanel(tab)) return;
    const message: ToContentMessage = { type: 'toggle-sidebar' };
    browser.tabs.sendMessage(tab.id, message).catch(() => {
      // The tab has no Deskside content script (not a helpdesk page): nothing to toggle.
    });
  });
});
