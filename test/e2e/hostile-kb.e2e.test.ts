// Hostile KB articles imported from every file format of the options page and synced from the Help
// Center, then listed in the sidebar: titles read as text, bodies never render as markup, and only
// an http(s) article address becomes a link (javascript:, data:, vbscript: stay plain, with no Open,
// Copy or Insert action).
import type { Frame } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, routeZendesk, ZENDESK_ORIGIN, type Launched } from '../../scripts/chromium';
import { csv, hcExport, hcSyncPage, jsonl, markdown, SAFE_URL, WORD } from '../fixtures/hostile/kb';
import { auditDom, expectNoSidewaysScroll, expectNothingRan, pwned, watch, type Watch } from './hostile-helpers';
import { sidebar, waitForText } from './sidebar-helpers';

let b: Launched;
let w: Watch;
beforeEach(async () => {
  b = await launchWithExtension();
  w = await watch(b, [ZENDESK_ORIGIN]);
  await routeZendesk(b.context, {
    override: async (route, apiPath) => {
      if (!apiPath.startsWith('/api/v2/help_center/')) return false;
      await route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: hcSyncPage() });
      return true;
    },
  });
});
afterEach(async () => {
  await b.context.close();
});

interface Listed {
  title: string;
  links: string[];
  actions: string[];
}

/** The search results for `word`: each title as text, every href in the card, its action buttons. */
async function search(frame: Frame, word: string, count: number): Promise<Listed[]> {
  await frame.fill('[data-testid="kb-search-input"]', word);
  await expect
    .poll(() => frame.$$eval('[data-testid="kb-search-results"] [data-testid="kb-title"]', (els, w) => els.filter((e) => (e.textContent ?? '').startsWith(w)).length, word), { timeout: 10_000 })
    .toBe(count);
  return frame.$$eval('[data-testid="kb-search-results"] [data-testid="kb-suggestion"]', (cards) =>
    cards.map((c) => ({
      title: c.querySelector('[data-testid="kb-title"]')?.textContent ?? '',
      links: Array.from(c.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? ''),
      actions: Array.from(c.querySelectorAll('button')).map((x) => x.getAttribute('data-testid') ?? ''),
    })));
}

const titlesOf = (lines: string[]) => lines.map((l) => (JSON.parse(l) as { title: string }).title);

describe('hostile KB articles', () => {
  it('imports every format and syncs the Help Center, then lists them as text with web links only', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.setInputFiles('[data-testid="kb-import-input"]', [
      { name: 'hostile <img src=x onerror=alert(1)>.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(jsonl()) },
      { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(csv()) },
      { name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown()) },
      { name: 'hc-export.json', mimeType: 'application/json', buffer: Buffer.from(hcExport()) },
    ]);
    await expect.poll(() => options.textContent('[data-testid="kb-import-message"]'), { timeout: 20_000 }).toContain('Imported 22 articles');

    const page = await b.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="captured"]', 'API', 20_000);
    await options.bringToFront();
    await options.click('[data-testid="kb-sync"]');
    await expect.poll(() => options.getAttribute('[data-testid="kb-sync-status"]', 'data-phase'), { timeout: 20_000 }).toBe('done');
    expect(await options.textContent('[data-testid="kb-sync-status"]')).toContain('6 articles');

    await page.bringToFront();
    await frame.click('[data-testid="tab-suggestions"]');
    await frame.waitForSelector('[data-testid="kb-search-input"]', { timeout: 10_000 });
    const jsonlListed = await search(frame, WORD.jsonl, 10);
    expect(jsonlListed.map((l) => l.title).sort()).toEqual(titlesOf(jsonl().split('\n')).sort());
    const listed = [
      ...jsonlListed,
      ...(await search(frame, WORD.csv, 5)),
      ...(await search(frame, WORD.md, 1)),
      ...(await search(frame, WORD.hc, 6)),
      ...(await search(frame, WORD.sync, 6)),
    ].filter((l) => Object.values(WORD).some((word) => l.title.startsWith(word)));
    expect(listed).toHaveLength(28);
    expect(listed.find((l) => l.title.startsWith(WORD.md))?.title).toBe('hostilemd <img src=x onerror=alert(1)> \u202Efdp.exe');

    // Only the https articles are links (title and Open) with Copy and Insert; no other href at all.
    const links = [...new Set(listed.flatMap((l) => l.links))];
    expect(links).toEqual([SAFE_URL]);
    for (const l of listed) {
      const web = l.links.length > 0;
      expect(l.links, l.title.slice(0, 40)).toEqual(web ? [SAFE_URL, SAFE_URL] : []);
      expect(l.actions.includes('kb-insert'), l.title.slice(0, 40)).toBe(web);
      expect(l.actions.includes('kb-copy'), l.title.slice(0, 40)).toBe(web);
    }
    // One https article each in the JSON Lines, the Help Center export and the sync.
    expect(listed.filter((l) => l.links.length > 0)).toHaveLength(3);

    expectNothingRan(w);
    for (const target of [page, frame, options]) expect(await pwned(target)).toBeNull();
    expect(await auditDom(frame, b.extensionId)).toEqual([]);
    expect(await auditDom(options, b.extensionId)).toEqual([]);
    await expectNoSidewaysScroll(frame);
    await expectNoSidewaysScroll(options);
    // A "__proto__" key in an imported line set no property on every object of the background.
    expect(await b.worker.evaluate(() => (({}) as Record<string, unknown>).polluted ?? null)).toBeNull();
  });
});
