// The storage notice in the real extension pages: the background persists it in storage.local (as
// storage-guard.ts does after a QuotaExceededError); the sidebar, inside a helpdesk page, and the
// popup both show it, live, and dismissing it in one clears it everywhere. (Chromium's CDP quota
// override does not make IndexedDB refuse an extension's writes, so the refusal itself is
// covered by the unit tests with a DBCore middleware: test/unit/background/storage-guard.test.ts.)
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorageNotice } from '@/lib/schema/storage';
import { launchWithExtension, routeZendesk, ZENDESK_ORIGIN, type Launched } from '../../scripts/chromium';
import { sidebar, textOf, waitForText } from './sidebar-helpers';

let browser: Launched;
beforeEach(async () => {
  browser = await launchWithExtension();
  await routeZendesk(browser.context);
});
afterEach(async () => {
  await browser.context.close();
});

const textIn = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).textContent({ timeout: 1000 }).catch(() => null)) ?? '';

const notice: StorageNotice = {
  at: '2026-11-27T04:40:00.000Z',
  retentionDays: 90,
  removed: { tickets: 12, historyEntries: 0, kbIndex: true, liveArticles: 0, bytes: 480_000 },
  unsaved: [],
  queued: ['the escalation draft of ticket 4102'],
};

describe('the storage notice in the extension', () => {
  it('shows in the sidebar and the popup as it is recorded, and one dismissal clears both', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4101`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="captured"]', 'API');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    expect(await textIn(popup, '[data-testid="storage-notice"]')).toBe('');

    // A string, so no `chrome` typing is needed here (the worker is not bound by the pages' CSP).
    await browser.worker.evaluate(`chrome.storage.local.set({ storageNotice: ${JSON.stringify(notice)} })`);
    const removed = 'To make room it removed 12 cached tickets not opened in the last 90 days (with their history) and the knowledge-base search index (rebuilt when needed): about 469 KB.';
    await waitForText(frame, '[data-testid="storage-notice"]', removed);
    expect(await textOf(frame, '[data-testid="storage-notice"]')).toContain('Kept aside until there is room, then saved automatically: the escalation draft of ticket 4102.');
    await expect.poll(() => textIn(popup, '[data-testid="storage-notice"]')).toContain(removed);

    await popup.click('[data-testid="storage-notice-dismiss"]');
    await expect.poll(() => textOf(frame, '[data-testid="storage-notice"]')).toBe('');
    expect(await textIn(popup, '[data-testid="storage-notice"]')).toBe('');
    expect(await browser.worker.evaluate("chrome.storage.local.get('storageNotice')")).toEqual({});
  });
});
