import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, type Launched } from '../../scripts/chromium';

export const MONITORING_URL = 'https://app.datadoghq.com/logs?query=service%3Awebhook-dispatcher';
export const TICKET_4102 = 'zendesk:acme-support.zendesk.com:4102';

/** Serves the Datadog-like log view at app.datadoghq.com: a host Deskside has no permission for. */
export async function routeMonitoring(context: BrowserContext): Promise<void> {
  const body = readFileSync(path.join(ROOT, 'test/fixtures/monitoring/datadog-log-view.html'), 'utf8');
  await context.route(/^https:\/\/app\.datadoghq\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** Selects the log message (a multi-line <pre>) the way a mouse drag would. */
export async function selectLog(page: Page): Promise<string> {
  return page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('log-message')!);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  });
}

/**
 * Right-click "Capture to Deskside" on `page`. Headless Chromium shows no context menu, so: the
 * user gesture's activeTab grant comes from triggering the extension's action on the tab (CDP
 * Extensions.triggerAction, the toolbar-click equivalent), and the click itself is dispatched to the
 * real onClicked listeners with the info Chromium would pass (selectionText collapses line breaks).
 */
export async function captureSelection(b: Launched, page: Page, selected: string): Promise<void> {
  await page.bringToFront();
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tab.targetId } as never);
  await cdp.detach();
  await b.worker.evaluate(
    async ({ pageUrl, selectionText }) => {
      type Chrome = {
        tabs: { query: (q: object) => Promise<unknown[]> };
        contextMenus: { onClicked: { dispatch: (info: unknown, tab: unknown) => void } };
      };
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [active] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      const info = { menuItemId: 'deskside-capture', editable: false, frameId: 0, pageUrl, selectionText };
      c.contextMenus.onClicked.dispatch(info, active);
    },
    { pageUrl: page.url(), selectionText: selected.replace(/\s+/g, ' ') },
  );
}

/** The action badge's text and title. */
export function badge(b: Launched): Promise<{ text: string; title: string }> {
  return b.worker.evaluate(async () => {
    type Action = { getBadgeText: (d: object) => Promise<string>; getTitle: (d: object) => Promise<string> };
    const action = (globalThis as unknown as { chrome: { action: Action } }).chrome.action;
    return { text: await action.getBadgeText({}), title: await action.getTitle({}) };
  });
}

/** The background's stored rows of one table (read straight from its IndexedDB). */
export async function storedRows<T>(b: Launched, table: string): Promise<T[]> {
  return tableRows<T>(b.worker, table);
}

/** Every row of one table of Deskside's IndexedDB, read from its worker or any of its own pages. */
export async function tableRows<T>(where: Pick<Page, 'evaluate'>, table: string): Promise<T[]> {
  return where.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('deskside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as T[]);
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}
