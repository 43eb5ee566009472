import { browser, type Browser } from 'wxt/browser';

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
