import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  customDomainsRegistered,
  E2E_GRANTED_HOST,
  launchWithExtension,
  routeZendesk,
  VIEWPORT_HEIGHT,
  VIEWPORT_WIDTH,
  ZENDESK_ORIGIN,
  type Launched,
} from '../../scripts/chromium';
import type { Ext } from './extension-api';
import { sidebar, waitForText } from './sidebar-helpers';

const TICKET = `https://${E2E_GRANTED_HOST}/agent/tickets/4102`;
const hosts = new RegExp(`^https://${E2E_GRANTED_HOST.replace(/\./g, '\\.')}/`);
const textIn = (page: Page, selector: string) => page.locator(selector).textContent({ timeout: 500 }).catch(() => '');

let browser: Launched | undefined;
afterEach(async () => {
  await browser?.context.close();
});

describe('custom helpdesk domains', () => {
  it('injects nothing on a domain the user has not granted', async () => {
    browser = await launchWithExtension();
    await routeZendesk(browser.context, { hosts });
    const page = await browser.context.newPage();
    await page.goto(TICKET);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => document.querySelector('deskside-sidebar'))).toBeNull();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.fill('#domain', 'not a host');
    await options.click('form button[type=submit]');
    await expect.poll(() => textIn(options, '#domain-error')).toContain('Enter a host name');
    expect(await textIn(options, '[data-testid="domains"]')).not.toContain(E2E_GRANTED_HOST);
  });

  it('registers the content script on a granted domain and shows the sidebar there in the side panel', async () => {
    // The test build holds the grant (no test can answer the browser's permission prompt); the
    // registration, the injection, the handle and the side panel are the real ones.
    browser = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR });
    const { worker, context, extensionId } = browser;
    // Registration happens when the background starts; a page opened before it gets no content script.
    await customDomainsRegistered(browser);
    await routeZendesk(context, { hosts });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(() => textIn(options, '[data-testid="custom-domain"]')).toContain(E2E_GRANTED_HOST);
    const page = await context.newPage();
    await page.goto(TICKET);

    // sidebar.html may not be framed here (WAR matches are the built-in helpdesks only): the
    // content script shows its handle, and the background has configured this tab's side panel.
    await expect.poll(() => page.evaluate(() => document.querySelector('deskside-sidebar')?.getAttribute('data-panel'))).toBe('side');
    const tabId = await worker.evaluate(async (url) => (await (globalThis as unknown as Ext).chrome.tabs.query({ url }))[0]?.id, TICKET);
    expect(tabId).toBeTypeOf('number');
    await expect
      .poll(() => worker.evaluate((id) => (globalThis as unknown as Ext).chrome.sidePanel.getOptions({ tabId: id }), tabId!))
      .toEqual({ tabId, enabled: true, path: `sidebar.html?tab=${tabId}` });
    // No other tab gets a panel: the global one is off.
    expect((await worker.evaluate(() => (globalThis as unknown as Ext).chrome.sidePanel.getOptions({}))).enabled).toBe(false);
    expect(page.frames().some((f) => f.url().includes('sidebar.html'))).toBe(false);

    // A click on the handle (a real, trusted click: its shadow root is closed) opens the panel.
    await page.mouse.click(VIEWPORT_WIDTH - 6, Math.round(VIEWPORT_HEIGHT * 0.45) + 30);
    await expect.poll(() => sidePanels(browser!)).toEqual([`chrome-extension://${extensionId}/sidebar.html?tab=${tabId}`]);

    // The panel's page shows this tab's ticket and follows it to the next one.
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidebar.html?tab=${tabId}`);
    await waitForText(panel.mainFrame(), '[data-testid="ticket-subject"]', 'Webhooks stopped firing for order.created since Tuesday');
    await waitForText(panel.mainFrame(), '[data-testid="field-first-reply"]', '42 min');
    await page.click('[data-test-id="header-tab"][data-entity-id="4101"]');
    await waitForText(panel.mainFrame(), '[data-testid="ticket-subject"]', 'Cannot log in with SSO after IdP certificate rotation');

    // Leaving the custom domain takes the tab's panel away.
    await context.route('https://elsewhere.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>elsewhere</p>' }));
    await page.goto('https://elsewhere.example/');
    await expect.poll(() => worker.evaluate((id) => (globalThis as unknown as Ext).chrome.sidePanel.getOptions({ tabId: id }).then((o) => o.enabled), tabId!)).toBe(false);
    await expect.poll(() => sidePanels(browser!)).toEqual([]);
  });

  it('keeps the framed sidebar on Zendesk cloud in the same build', async () => {
    browser = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR });
    await routeZendesk(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', 'Webhooks stopped firing for order.created since Tuesday');
    const tabId = await browser.worker.evaluate(async (url) => (await (globalThis as unknown as Ext).chrome.tabs.query({ url }))[0]?.id, `${ZENDESK_ORIGIN}/*`);
    expect((await browser.worker.evaluate((id) => (globalThis as unknown as Ext).chrome.sidePanel.getOptions({ tabId: id }), tabId!)).enabled).toBe(false);
  });
});

/** The side panels open now, by page URL (the service worker sees every extension context). */
function sidePanels(launched: Launched): Promise<string[]> {
  return launched.worker.evaluate(async () => {
    const { runtime } = (globalThis as unknown as Ext).chrome;
    const panels = await runtime.getContexts({ contextTypes: [runtime.ContextType.SIDE_PANEL] });
    return panels.map((c) => c.documentUrl ?? '');
  });
}
