import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import type { RpcCaller } from './rpc';

/**
 * True when a message or port comes from one of Deskside's own pages (sidebar, popup, options).
 * The sidebar may be loaded through the per-session dynamic URL (use_dynamic_url), whose host is
 * not the extension id, so both origins count; a content script's sender.url is the host page.
 */
export function fromOwnPage(sender: Browser.runtime.MessageSender | undefined): boolean {
  if (!sender || sender.id !== browser.runtime.id || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  const dynamicHost = new URL(browser.runtime.getURL('/')).host;
  const extensionScheme = url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:';
  return extensionScheme && (url.host === browser.runtime.id || url.host === dynamicHost);
}

/**
 * The tab one of Deskside's own pages acts for; undefined for any other sender. A sidebar framed in
 * a helpdesk tab acts for that tab whatever it asks. A top-level page acts for the tab it names:
 * Chrome's side panel (no tab of its own) opens sidebar.html?tab=ID. A top-level page naming no
 * tab (options opened in a tab) acts for its own tab, as before.
 */
export function actingTab(sender: Browser.runtime.MessageSender | undefined, requested: number | undefined): number | undefined {
  if (!fromOwnPage(sender)) return undefined;
  const own = sender?.tab?.id;
  if (own !== undefined && (sender?.frameId ?? 0) > 0) return own;
  return requested ?? own;
}

const NamesTab = z.object({ tabId: z.number().int().nonnegative() });

/** The caller of an RPC request from one of Deskside's own pages: the tab it acts for. */
export function rpcCaller(sender: Browser.runtime.MessageSender, raw: unknown): RpcCaller {
  const named = NamesTab.safeParse(raw);
  return { tabId: actingTab(sender, named.success ? named.data.tabId : undefined) };
}
