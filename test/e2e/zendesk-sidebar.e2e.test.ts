import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, routeZendesk, ZENDESK_ORIGIN, type Launched } from '../../scripts/chromium';
import { sidebar, sidebarShown, textOf, waitForText } from './sidebar-helpers';

const WEBHOOKS = 'Webhooks stopped firing for order.created since Tuesday';
const SSO = 'Cannot log in with SSO after IdP certificate rotation';
const VAT = 'Invoice PDF export shows wrong VAT rate';

let browser: Launched;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser.context.close();
});

/** An API that never answers while the gate is closed (a slow network). */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  // Resolves to false ("not handled here") once opened, so the fixture is served then.
  const hold = async () => {
    await opened;
    return false;
  };
  return { open, hold };
}

describe('Zendesk ticket sidebar', () => {
  it("shows the active ticket's subject, status and priority from the page, not the other mounted tickets", async () => {
    const slowApi = gate();
    await routeZendesk(browser.context, { override: () => slowApi.hold() });
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', WEBHOOKS);
    expect(await textOf(frame, '[data-testid="field-status"]')).toContain('pending');
    expect(await textOf(frame, '[data-testid="field-priority"]')).toContain('urgent');
    expect(await frame.getAttribute('[data-testid="field-status"] .source', 'data-source')).toBe('dom');
    const all = (await frame.textContent('body')) ?? '';
    expect(all).not.toContain(SSO);
    expect(all).not.toContain(VAT);
  });

  it('adds comments, metrics and SLA from the Zendesk API', async () => {
    await routeZendesk(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="field-comments"]', '7');
    expect(await textOf(frame, '[data-testid="field-first-reply"]')).toContain('42 min');
    expect(await textOf(frame, '[data-testid="field-reopens"]')).toContain('1 / 3');
    expect(await textOf(frame, '[data-testid="field-sla"]')).toMatch(/Next reply time (breaches in|breached)/);
    expect(await frame.getAttribute('[data-testid="field-first-reply"] .source', 'data-source')).toBe('api');
    expect(await textOf(frame, '[data-testid="field-requester"]')).toContain('Priya Raman (Brightline Foods)');
  });

  it('follows a switch between ticket tabs within 500 ms', async () => {
    await routeZendesk(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', WEBHOOKS);
    const timings: number[] = [];
    for (const [id, subject] of [['4101', SSO], ['4103', VAT], ['4102', WEBHOOKS], ['4101', SSO], ['4103', VAT]] as const) {
      const started = Date.now();
      await page.click(`[data-test-id="header-tab"][data-entity-id="${id}"]`);
      await waitForText(frame, '[data-testid="ticket-subject"]', subject);
      timings.push(Date.now() - started);
      expect(page.url()).toBe(`${ZENDESK_ORIGIN}/agent/tickets/${id}`);
    }
    timings.sort((a, b) => a - b);
    expect(timings[2]).toBeLessThan(500);
    expect(await textOf(frame, '[data-testid="field-assignee"]')).toContain('not set');
  });

  it('still shows the page data, with a visible notice, when the API fails', async () => {
    await routeZendesk(browser.context, {
      override: (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"InternalError"}' }).then(() => true),
    });
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="notices"]', '500');
    expect(await textOf(frame, '[data-testid="ticket-subject"]')).toContain(WEBHOOKS);
    expect(await textOf(frame, '[data-testid="field-priority"]')).toContain('urgent');
  });

  it('shows the cached snapshot on reload before the network answers', async () => {
    const slowApi = gate();
    let holding = false;
    await routeZendesk(browser.context, { override: () => (holding ? slowApi.hold() : false) });
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    let frame = await sidebar(page);
    await waitForText(frame, '[data-testid="field-comments"]', '7');
    holding = true;
    await page.reload();
    frame = await sidebar(page);
    // Only the API (hence the cache) knows the metrics: seeing them while the API is held proves the cache.
    await waitForText(frame, '[data-testid="field-first-reply"]', '42 min');
    await expect
      .poll(() => frame.getAttribute('[data-testid="field-first-reply"] .source', 'data-source'))
      .toBe('cache');
    expect(await textOf(frame, '[data-testid="field-comments"]')).toContain('7');
    slowApi.open();
    await expect
      .poll(() => frame.getAttribute('[data-testid="field-first-reply"] .source', 'data-source'), { timeout: 10_000 })
      .toBe('api');
  });

  it('remembers a collapsed sidebar across navigation, and reopens it from the handle or the shortcut', async () => {
    await routeZendesk(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', WEBHOOKS);
    await expect.poll(() => sidebarShown(page)).toBe(true);
    await frame.click('[data-testid="collapse"]');
    await expect.poll(() => sidebarShown(page)).toBe(false);
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4101`);
    await expect.poll(() => page.evaluate(() => document.querySelector('deskside-sidebar')?.getAttribute('data-collapsed'))).toBe('true');
    // The keyboard shortcut (commands API) reopens it.
    await browser.worker.evaluate(async () => {
      type Chrome = {
        tabs: { query: (q: object) => Promise<unknown[]> };
        commands: { onCommand: { dispatch: (command: string, tab: unknown) => void } };
      };
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await c.tabs.query({ url: 'https://*.zendesk.com/*' });
      c.commands.onCommand.dispatch('toggle-sidebar', tab);
    });
    await expect.poll(() => sidebarShown(page)).toBe(true);
    const reopened = await sidebar(page);
    await waitForText(reopened, '[data-testid="ticket-subject"]', SSO);
  });
});
