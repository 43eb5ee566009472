import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

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
