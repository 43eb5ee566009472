import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, ROOT, routeZendesk, ZENDESK_ORIGIN, type ApiOverride, type Launched } from '../../scripts/chromium';
import { sidebar, textOf, waitForText } from './sidebar-helpers';

const FIXTURES = path.join(ROOT, 'test/fixtures/kb-e2e');
const COMPOSER = '.ticket-panes-grid-layout[data-is-active="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]';

let browser: Launched;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser.context.close();
});

/** Serves the Help Center list endpoint from two cursor pages and records what was asked. */
function helpCenter(asked: string[]): ApiOverride {
  return async (route, apiPath) => {
    if (!apiPath.startsWith('/api/v2/help_center/')) return false;
    asked.push(apiPath);
    const second = /page(%5B|\[)after(%5D|\])=/.test(apiPath);
    const body = readFileSync(path.join(FIXTURES, second ? 'hc-page2.json' : 'hc-page1.json'), 'utf8');
    await route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body });
    return true;
  };
}

async function openSuggestions(page: Page, ticket: string): Promise<Frame> {
  await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/${ticket}`);
  const frame = await sidebar(page);
  await frame.click('[data-testid="tab-suggestions"]', { timeout: 10_000 });
  await frame.waitForSelector('[data-testid="kb-suggestion"]', { timeout: 10_000 });
  return frame;
}

const titles = (frame: Frame, scope = '[data-testid="kb-suggestions"] > .kb-list') =>
  frame.$$eval(`${scope} [data-testid="kb-title"]`, (els) => els.map((e) => e.textContent ?? ''));

describe('KB suggestions in the sidebar', () => {
  it('suggests the bundled starter article for a webhooks ticket, with its matched terms highlighted', async () => {
    await routeZendesk(browser.context);
    const frame = await openSuggestions(await browser.context.newPage(), '4102');
    const first = await textOf(frame, '[data-testid="kb-suggestion"] [data-testid="kb-title"]');
    expect(first.toLowerCase()).toContain('webhook');
    expect(await textOf(frame, '[data-testid="kb-suggestion"] [data-testid="kb-source"]')).toBe('Starter KB');
    expect((await textOf(frame, '[data-testid="kb-suggestion"] [data-testid="kb-terms"]')).toLowerCase()).toContain('webhook');
    const marks = await frame.$$eval('[data-testid="kb-suggestion"]:first-child [data-testid="kb-snippet"] mark', (els) => els.map((e) => e.textContent ?? ''));
    expect(marks.length).toBeGreaterThan(0);
    const link = await frame.$('[data-testid="kb-suggestion"] [data-testid="kb-title"]');
    expect(await link?.getAttribute('target')).toBe('_blank');
    expect(await link?.getAttribute('rel')).toContain('noopener');
  });

  it('inserts the article link at the caret of the Zendesk reply composer and records it as used', async () => {
    await routeZendesk(browser.context);
    const page = await browser.context.newPage();
    const frame = await openSuggestions(page, '4102');
    const url = await frame.getAttribute('[data-testid="kb-suggestion"] [data-testid="kb-title"]', 'href');
    expect(url).toMatch(/^https:\/\//);
    await frame.click('[data-testid="kb-suggestion"] [data-testid="kb-insert"]');
    await waitForText(frame, '[data-testid="kb-suggestion"] [data-testid="kb-status"]', 'Link inserted');
    await expect.poll(() => page.textContent(COMPOSER)).toContain(url!);
    await waitForText(frame, '[data-testid="kb-suggestion"] [data-testid="kb-verdict"]', 'used in a reply');
  });

  it('syncs the Help Center from two cursor pages, then suggests and finds its articles', async () => {
    const asked: string[] = [];
    await routeZendesk(browser.context, { override: helpCenter(asked) });
    const zendesk = await browser.context.newPage();
    await zendesk.goto(`${ZENDESK_ORIGIN}/agent/tickets/4103`);
    await sidebar(zendesk);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.click('[data-testid="kb-sync"]');
    await expect.poll(() => options.getAttribute('[data-testid="kb-sync-status"]', 'data-phase'), { timeout: 10_000 }).toBe('done');
    expect(await options.textContent('[data-testid="kb-sync-status"]')).toContain('4 articles from 2 pages');
    await expect.poll(() => options.textContent('[data-testid="kb-count-zendesk-hc"]')).toContain('4 articles');
    expect(asked).toHaveLength(2);
    expect(asked[1]).toMatch(/page(%5B|\[)after/);

    await zendesk.bringToFront();
    const frame = await openSuggestions(zendesk, '4103');
    expect(await titles(frame)).toContain('Invoice PDF export shows the wrong VAT rate (old tax profile)');
    await frame.fill('[data-testid="kb-search-input"]', 'pallet label printer');
    await frame.waitForSelector('[data-testid="kb-search-results"]');
    const found = await titles(frame, '[data-testid="kb-search-results"]');
    expect(found[0]).toBe('Pallet label printer shows offline in the warehouse app');
    expect(await textOf(frame, '[data-testid="kb-search-results"] [data-testid="kb-source"]')).toBe('Help Center');
  });
});

describe('KB file import in the options page', () => {
  it('names the bad line of a broken file and imports nothing from the files chosen with it', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.setInputFiles('[data-testid="kb-import-input"]', [path.join(FIXTURES, 'good-articles.jsonl')]);
    await expect.poll(() => options.textContent('[data-testid="kb-import-message"]')).toContain('Imported 2 articles');
    await expect.poll(() => options.textContent('[data-testid="kb-count-file"]')).toContain('2 articles');

    await options.setInputFiles('[data-testid="kb-import-input"]', [
      { name: 'more.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from('{"id":"kb-301","title":"Extra","body":"Extra body."}\n') },
      { name: 'bad-articles.jsonl', mimeType: 'application/jsonl', buffer: readFileSync(path.join(FIXTURES, 'bad-articles.jsonl')) },
    ]);
    await expect.poll(() => options.textContent('[data-testid="kb-import-message"]')).toContain('bad-articles.jsonl');
    const message = (await options.textContent('[data-testid="kb-import-message"]')) ?? '';
    expect(message).toMatch(/line 2/);
    expect(message).toContain('body');
    expect(message).toContain('Nothing was imported');
    await options.reload();
    await expect.poll(() => options.textContent('[data-testid="kb-count-file"]')).toContain('2 articles');
  });
});
