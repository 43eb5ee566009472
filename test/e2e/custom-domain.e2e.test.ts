import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  customDomainsRegistered,
  E2E_GRANTED_HOST,
  launchWithExtension,
  routeZendesk,
  type Launched,
} from '../../scripts/chromium';
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

  it('registers the content script on a granted domain and shows the sidebar there', async () => {
    // The test build holds the grant (no test can answer the browser's permission prompt); the
    // registration, the injection and the sidebar are the real ones.
    browser = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR });
    // Registration happens when the background starts; a page opened before it gets no content script.
    await customDomainsRegistered(browser);
    await routeZendesk(browser.context, { hosts });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => textIn(options, '[data-testid="custom-domain"]')).toContain(E2E_GRANTED_HOST);
    const page = await browser.context.newPage();
    await page.goto(TICKET);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', 'Webhooks stopped firing for order.created since Tuesday');
    await waitForText(frame, '[data-testid="field-first-reply"]', '42 min');
  });
});
