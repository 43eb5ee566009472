import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Launched } from '../../scripts/chromium';
import type { Ext } from './extension-api';

/** The Deskside sidebar frame inside a helpdesk page (its iframe lives in a closed shadow root). */
export async function sidebar(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = page.frames().find((f) => f.url().endsWith('/sidebar.html'))), { timeout: 10_000 })
    .toBeTruthy();
  return frame!;
}

/** The text of a sidebar element, or '' while it is absent. */
export async function textOf(frame: Frame, selector: string): Promise<string> {
  const el = await frame.$(selector);
  return el ? ((await el.textContent()) ?? '') : '';
}

/** Waits until a sidebar element's text contains `expected`. */
export async function waitForText(frame: Frame, selector: string, expected: string, timeout = 10_000) {
  await expect.poll(() => textOf(frame, selector), { timeout }).toContain(expected);
}

/** Whether the sidebar iframe is shown (not collapsed). */
export async function sidebarShown(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('deskside-sidebar')?.getAttribute('data-collapsed') === 'false');
}

/**
 * The sidebar of a custom-domain tab, which Chrome shows in its side panel (sidebar.html may not be
 * framed there): once the background has configured the tab's panel, the panel's own page,
 * sidebar.html?tab=ID, opened as a page (a test cannot see into the side panel itself).
 */
export async function panelSidebar(launched: Launched, tabUrl: string): Promise<Frame> {
  const tabId = await launched.worker.evaluate(async (url) => (await (globalThis as unknown as Ext).chrome.tabs.query({ url }))[0]?.id, tabUrl);
  if (tabId === undefined) throw new Error(`no tab shows ${tabUrl}`);
  const path = `sidebar.html?tab=${tabId}`;
  await expect
    .poll(() => launched.worker.evaluate((id) => (globalThis as unknown as Ext).chrome.sidePanel.getOptions({ tabId: id }), tabId), { timeout: 10_000 })
    .toMatchObject({ enabled: true, path });
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/${path}`);
  return page.mainFrame();
}
