import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/lib/db/database';
import type { ToContentMessage } from '@/lib/schema';
import { handleContentMessage } from './content-messages';
import { TabRegistry } from './registry';
import { scheduleRetention } from './retention';
import { serveSidebars } from './sidebar-port';

export default defineBackground(() => {
  const db = getDb();
  const registry = new TabRegistry();

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    handleContentMessage(db, registry, raw, sender).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void registry.set(tabId, null));
  serveSidebars(db, registry);
  void scheduleRetention(db);

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-sidebar' || tab?.id === undefined) return;
    const message: ToContentMessage = { type: 'toggle-sidebar' };
    browser.tabs.sendMessage(tab.id, message).catch(() => {
      // The tab has no Deskside content script (not a helpdesk page): nothing to toggle.
    });
  });
});
