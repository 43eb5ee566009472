import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JIRA_ORIGIN, launchWithExtension, routeJira, routeZendesk, ZENDESK_ORIGIN, type Launched } from '../../scripts/chromium';
import { sidebar, waitForText } from './sidebar-helpers';

let browser: Launched;
/** The stored counts of the user's own data (the derived KB index is rebuilt, not restored). */
const textIn = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).textContent({ timeout: 1000 }).catch(() => null)) ?? '';
const counts = async (page: Page) =>
  (await textIn(page, '[data-testid="usage"]')).match(/(snapshots|history|links|evidence|escalationDrafts) \d+/g)?.join(', ') ?? '';

/** Seeds the cache the way a specialist does: by opening tickets (and waiting for the API). */
async function openTickets(): Promise<void> {
  const page = await browser.context.newPage();
  for (const url of [
    `${ZENDESK_ORIGIN}/agent/tickets/4101`,
    `${ZENDESK_ORIGIN}/agent/tickets/4102`,
    `${ZENDESK_ORIGIN}/agent/tickets/4103`,
    `${JIRA_ORIGIN}/browse/SUP-101`,
    `${JIRA_ORIGIN}/jira/servicedesk/projects/HELP/queues/custom/1/HELP-7`,
  ]) {
    await page.goto(url);
    await waitForText(await sidebar(page), '[data-testid="captured"]', 'API');
  }
  await page.close();
}

beforeEach(async () => {
  browser = await launchWithExtension();
  await routeZendesk(browser.context);
  await routeJira(browser.context);
});
afterEach(async () => {
  await browser.context.close();
});

describe('KPI popup', () => {
  it('says plainly when there is no data yet', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => textIn(popup, '[data-testid="not-enough"]')).toContain('Not enough data yet');
  });

  it('shows the KPIs of the tickets opened, with definitions, and the tickets breaching soonest', async () => {
    await openTickets();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => textIn(popup, '[data-testid="kpi-tickets"]'), { timeout: 10_000 }).toBe('5');
    expect(await popup.$('[data-testid="not-enough"]')).toBeNull();
    // Each KPI carries its definition.
    await popup.click('[data-metric="first-response"] summary');
    expect(await textIn(popup, '[data-metric="first-response"]')).toMatch(/first/i);
    // HELP-7's first-response SLA is breached: it is listed, linked to the ticket.
    const link = popup.locator('[data-testid="breaching"] a', { hasText: 'HELP-7' });
    await expect.poll(() => link.getAttribute('href')).toContain('HELP-7');
  });
});

describe('your data', () => {
  it('exports, erases and imports everything back with nothing lost; a broken file changes nothing', async () => {
    await openTickets();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => textIn(options, '[data-testid="usage"]')).toContain('snapshots 5');
    const before = await counts(options);
    expect(before).toContain('history');

    const [download] = await Promise.all([options.waitForEvent('download'), options.click('text=Export everything')]);
    const file = path.join(process.env.TMPDIR ?? '/tmp', `backup-${Date.now()}.json`);
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { tables: { snapshots: unknown[] } };
    expect(backup.tables.snapshots).toHaveLength(5);
    expect(readFileSync(file, 'utf8')).not.toMatch(/@(lavabit|example)\./);

    const broken = path.join(process.env.TMPDIR ?? '/tmp', `broken-${Date.now()}.json`);
    writeFileSync(broken, JSON.stringify({ ...backup, tables: { ...backup.tables, snapshots: [{ site: 'zendesk' }] } }));
    await options.setInputFiles('[data-testid="import"]', broken);
    await expect.poll(() => textIn(options, '[data-testid="data-message"]')).toContain('nothing was changed');
    expect(await textIn(options, '[data-testid="data-message"]')).toContain('snapshots');
    expect(await counts(options)).toBe(before);

    await options.click('text=Erase everything');
    await options.click('text=Yes, erase');
    await expect.poll(() => textIn(options, '[data-testid="usage"]')).toContain('nothing');

    await options.setInputFiles('[data-testid="import"]', file);
    await expect.poll(() => textIn(options, '[data-testid="data-message"]')).toContain('Imported');
    await expect.poll(() => counts(options)).toBe(before);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => textIn(popup, '[data-testid="kpi-tickets"]'), { timeout: 10_000 }).toBe('5');
  });
});
