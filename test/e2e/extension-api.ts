import type { browser } from 'wxt/browser';

/**
 * The extension API as code run inside the service worker sees it (`worker.evaluate`), typed:
 * use as `(globalThis as unknown as Ext).chrome`. Types only: nothing of this reaches the browser.
 */
export interface Ext {
  chrome: typeof browser;
}
