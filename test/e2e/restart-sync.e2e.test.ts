// The service worker stopped while the Help Center sync is fetching a page: the sync resumes by
// itself from its stored cursor and ends with every article exactly once, the options page showing
// the true progress throughout.
import type { Route } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, routeZendesk, ZENDESK_ORIGIN, type Launched } from '../../scripts/chromium';
import { hcPage, requestedPage } from '../fixtures/kb-e2e/hc-pages';
import { extensionProbe, rowsOf, WorkerControl } from './restart-helpers';
import { sidebar } from './sidebar-helpers';

const PAGES = 5;
const PER_PAGE = 3;
const STOP_AT = 3;

let browser: Launched;
let control: WorkerControl;
beforeEach(async () => {
  browser = await launchWithExtension();
  control = await WorkerControl.attach(browser);
});
afterEach(async () => {
  await control.close();
  await browser.context.close();
});

describe('the service worker stopped mid-sync', () => {
  it('resumes the Help Center sync from its cursor and ends with every article once', async () => {
    const asked: number[] = [];
    let held: { route: Route; page: number } | null = null;
    let onHeld: () => void = () => {};
    const pageHeld = new Promise<void>((resolve) => (onHeld = resolve));
    await routeZendesk(browser.context, {
      override: async (route, apiPath) => {
        if (!apiPath.startsWith('/api/v2/help_center/')) return false;
        const n = requestedPage(apiPath);
        asked.push(n);
        // The first request for page STOP_AT is a slow page: the worker is stopped while it waits.
        if (n === STOP_AT && !held) {
          held = { route, page: n };
          onHeld();
          return true;
        }
        await new Promise((r) => setTimeout(r, 100));
        await route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: hcPage(n, PAGES, PER_PAGE) });
        return true;
      },
    });
    const zendesk = await browser.context.newPage();
    await zendesk.goto(`${ZENDESK_ORIGIN}/agent/tickets/4103`);
    await sidebar(zendesk);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.click('[data-testid="kb-sync"]');

    await pageHeld;
    const status = () => options.textContent('[data-testid="kb-sync-status"]');
    await expect.poll(status).toContain(`${(STOP_AT - 1) * PER_PAGE} articles from ${STOP_AT - 1} pages so far`);
    const starts = control.starts;
    await control.stop();
    // While stopped, an alarm stands to wake the worker even if nothing else did.
    const probe = await extensionProbe(browser);
    const alarms = await probe.evaluate(() => (globalThis as unknown as { chrome: { alarms: { getAll: () => Promise<{ name: string }[]> } } }).chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toContain('deskside-kb-sync');
    // The page the stopped worker asked for arrives after all; nobody is there to store it.
    await held!.route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: hcPage(STOP_AT, PAGES, PER_PAGE) });

    // The options page's progress poll wakes a new worker, which resumes at the stored cursor.
    await control.restarted(starts);
    await expect.poll(() => options.getAttribute('[data-testid="kb-sync-status"]', 'data-phase'), { timeout: 20_000 }).toBe('done');
    expect(await status()).toContain(`${PAGES * PER_PAGE} articles from ${PAGES} pages`);
    await expect.poll(() => options.textContent('[data-testid="kb-count-zendesk-hc"]')).toContain(`${PAGES * PER_PAGE} articles`);
    expect(await options.$('[data-testid="kb-sources-error"]')).toBeNull();
    // Pages before the stop were not asked again; only the interrupted one was, once.
    expect(asked).toEqual([1, 2, 3, 3, 4, 5]);
    const rows = await rowsOf<{ key: string; source: string }>(probe, 'kbArticles');
    const hc = rows.filter((r) => r.source === 'zendesk-hc').map((r) => r.key);
    expect(hc).toHaveLength(PAGES * PER_PAGE);
    expect(new Set(hc).size).toBe(PAGES * PER_PAGE);
    // Finished: the watchdog alarm is gone.
    await expect.poll(() => probe.evaluate(() => (globalThis as unknown as { chrome: { alarms: { getAll: () => Promise<{ name: string }[]> } } }).chrome.alarms.getAll().then((a) => a.map((x) => x.name)))).not.toContain('deskside-kb-sync');
  });
});
