import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const COMPOSER = '.ticket-panes-grid-layout[data-is-active="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]';
const badgeCount = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.querySelector('deskside-draft-badge')?.getAttribute('data-count') ?? null);

describe('checking the reply before it is sent', () => {
  it('warns at once when a public reply holds a card number, and stops when it is removed', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', 'Webhooks stopped firing');

    await page.click(COMPOSER);
    await page.keyboard.type('Hi Priya, please use card 4111 1111 1111 1111 for the retry.');
    await waitForText(frame, '[data-testid="draft-warning"]', 'card');
    await expect.poll(() => badgeCount(page)).toBe('1');
    // The warning quotes the finding without repeating the whole number.
    expect(await textOf(frame, '[data-testid="draft-warning"]')).not.toContain('4111 1111 1111 1111');

    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Hi Priya, the replay is running; next update by 16:00 UTC.');
    await expect.poll(() => frame.$('[data-testid="draft-warning"]')).toBeNull();
    await expect.poll(() => badgeCount(page)).toBe('0');
  });

  it('does not warn about an internal note', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', 'Webhooks stopped firing');
    await page.click('.ticket-panes-grid-layout[data-is-active="true"] [data-test-id="omnichannel-channel-switcher-button"]');
    await page.click(COMPOSER);
    await page.keyboard.type('Customer card on file 4111 1111 1111 1111 (internal).');
    await page.waitForTimeout(800);
    expect(await frame.$('[data-testid="draft-warning"]')).toBeNull();
  });
});

describe('the hygiene checklist', () => {
  it('scores the open ticket, explains what fails, and remembers an ignored rule', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4103`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="captured"]', 'API');
    await frame.click('[data-testid="tab-hygiene"]');
    await waitForText(frame, '[data-testid="hygiene-score"]', '/100');
    // 4103 has no assignee: the unassigned rule names it, with its fix.
    await waitForText(frame, '[data-testid="hygiene"]', 'assign');
    const before = await textOf(frame, '[data-testid="hygiene-score"]');
    const rule = await frame.getAttribute('.finding >> nth=0', 'data-rule');
    await frame.click('.finding >> nth=0 >> text=Ignore for this ticket');
    await waitForText(frame, '[data-testid="hygiene-ignored"]', rule!);
    await page.reload();
    const again = await sidebar(page);
    await again.click('[data-testid="tab-hygiene"]');
    await waitForText(again, '[data-testid="hygiene-ignored"]', rule!);
    expect(await again.$(`.finding[data-rule="${rule}"]`)).toBeNull();
    expect(before).toMatch(/\d+\/100/);
  });
});

describe('hygiene settings', () => {
  it('a rule turned off in the options page no longer shows in the sidebar', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const unassigned = options.locator('fieldset[data-rule="unassigned"] input[type=checkbox]');
    await unassigned.uncheck();
    await options.click('text=Save rules');
    await expect.poll(() => options.locator('[data-testid="hygiene-settings"] [role=status]').textContent()).toBe('Saved.');

    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4103`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="captured"]', 'API');
    await frame.click('[data-testid="tab-hygiene"]');
    await waitForText(frame, '[data-testid="hygiene-score"]', '/100');
    expect(await frame.$('.finding[data-rule="unassigned"]')).toBeNull();

    // A parameter that is not valid JSON is named next to the rule and nothing is saved.
    const params = options.locator('fieldset[data-rule="stale-update"] textarea');
    await params.fill('{ not json');
    await expect.poll(() => options.locator('fieldset[data-rule="stale-update"] [role=alert]').textContent()).toContain('Not valid JSON');
  });
});
