// A Zendesk ticket whose subject, people, tags, custom fields and 125 comments are the hostile corpus,
// then the same corpus pasted, dropped and captured as evidence, typed into the escalation package
// and the reply composer. Nothing may run, nothing may leave for another host, all of it reads as text.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, routeZendesk, ZENDESK_ORIGIN, type Launched } from '../../scripts/chromium';
import { LONG_100K, PAYLOADS, SHORT } from '../fixtures/hostile/payloads';
import { ASSIGNEE, COMMENTS, GROUP, HOSTILE_TICKET, hostileApi, hostilePage, ORGANIZATION, REQUESTER, SUBJECT, TAGS } from '../fixtures/hostile/zendesk';
import { captureSelection, selectLog } from './evidence-helpers';
import { asShown, auditDom, expectNoSidewaysScroll, expectNothingRan, pageText, pwned, readsLeftToRight, watch, type Watch } from './hostile-helpers';
import { sidebar, waitForText } from './sidebar-helpers';

const LOGS_ORIGIN = 'https://app.datadoghq.com';
const COMPOSER = '.ticket-panes-grid-layout[data-is-active="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]';
const TABS = ['suggestions', 'hygiene', 'evidence', 'escalation', 'ticket'];

let b: Launched;
let w: Watch;
beforeEach(async () => {
  b = await launchWithExtension();
  w = await watch(b, [ZENDESK_ORIGIN, LOGS_ORIGIN]);
  await routeZendesk(b.context, {
    page: hostilePage,
    override: async (route, apiPath) => {
      const body = hostileApi(apiPath);
      if (body === null) return false;
      await route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body });
      return true;
    },
  });
});
afterEach(async () => {
  await b.context.close();
});

/** A log viewer page whose selected log line is the corpus (escaped, as a real viewer shows it). */
async function routeHostileLogs(context: BrowserContext, text: string): Promise<void> {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = `<!doctype html><html><head><meta charset="utf-8"><title>Logs &lt;img src=x onerror=alert(1)&gt; | Datadog</title></head><body><pre id="log-message">${esc}</pre></body></html>`;
  await context.route(/^https:\/\/app\.datadoghq\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}


async function openTicket(): Promise<{ page: Page; frame: Frame }> {
  const page = await b.context.newPage();
  await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/${HOSTILE_TICKET}`);
  const frame = await sidebar(page);
  await waitForText(frame, '[data-testid="captured"]', 'API', 20_000);
  return { page, frame };
}

async function clickTab(frame: Frame, id: string): Promise<void> {
  await frame.click(`[data-testid="tab-${id}"]`, { timeout: 10_000 });
  await frame.waitForSelector(`[data-testid="panel-${id}"]`, { timeout: 10_000 });
}

/** Everything the tests require after hostile text was shown, in the host page and the sidebar. */
async function expectInert(page: Page, frame: Frame): Promise<void> {
  expectNothingRan(w);
  expect(await pwned(page)).toBeNull();
  expect(await pwned(frame)).toBeNull();
  expect(await auditDom(frame, b.extensionId)).toEqual([]);
  await expectNoSidewaysScroll(frame);
  for (const id of TABS) await clickTab(frame, id);
}

describe('a hostile Zendesk ticket', () => {
  it('shows subject, people, tags and every comment as text, and runs none of it', async () => {
    const { page, frame } = await openTicket();
    expect(await pageText(frame, '[data-testid="ticket-subject"]')).toBe(asShown(SUBJECT));
    const requester = await pageText(frame, '[data-testid="field-requester"]');
    expect(requester).toContain(asShown(REQUESTER));
    expect(requester).toContain(asShown(ORGANIZATION));
    expect(await pageText(frame, '[data-testid="field-assignee"]')).toContain(asShown(ASSIGNEE));
    expect(await pageText(frame, '[data-testid="field-group"]')).toContain(asShown(GROUP));
    const tags = await frame.$$eval('[data-testid="field-tags"] .tags li', (els) => els.map((e) => e.textContent ?? ''));
    expect(tags.sort()).toEqual([...TAGS].sort());
    // A U+202E left open in the requester's name and organization does not mirror the label after it.
    expect(await readsLeftToRight(frame, '[data-testid="field-requester"] .source')).toBe(true);

    // Every comment in the escalation timeline, as text (whitespace collapsed, clipped at 160).
    await clickTab(frame, 'escalation');
    await frame.waitForSelector('[data-testid="escalation-timeline"]', { timeout: 20_000 });
    const timeline = await pageText(frame, '[data-testid="escalation-timeline"]');
    const missing = COMMENTS.filter(({ p }) => !timeline.includes(asShown(p.text).slice(0, 100)));
    expect(missing.map(({ p }) => p.id)).toEqual([]);
    await expectInert(page, frame);
  });

  it('keeps pasted, dropped and captured evidence, escalation text and a reply draft as text', async () => {
    const corpus = PAYLOADS.map((p) => p.text).join('\n');
    await routeHostileLogs(b.context, SHORT.map((p) => p.text).join('\n'));
    const { page, frame } = await openTicket();

    // Captured from a log viewer through the context menu.
    const logs = await b.context.newPage();
    await logs.goto(`${LOGS_ORIGIN}/logs`);
    await captureSelection(b, logs, await selectLog(logs));
    await page.bringToFront();
    await clickTab(frame, 'evidence');
    await waitForText(frame, '[data-testid="evidence-attached"]', 'Logs <img src=x onerror=alert(1)> | Datadog', 20_000);

    // Pasted, then dropped as a file.
    await frame.fill('[data-testid="evidence-paste"]', corpus);
    await frame.click('text=Add as evidence');
    await waitForText(frame, '[data-testid="evidence-message"]', 'Added pasted text', 20_000);
    const drop = await frame.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], '<img src=x onerror=alert(1)>.log', { type: 'text/plain' }));
      return dt;
    }, corpus);
    await frame.dispatchEvent('[data-testid="evidence-drop"]', 'drop', { dataTransfer: drop });
    await waitForText(frame, '[data-testid="evidence-attached"]', '<img src=x onerror=alert(1)>.log', 20_000);
    const cards = await frame.$$eval('[data-testid="evidence-attached"] [data-testid="evidence-item"]', (els) =>
      els.map((e) => ({ source: e.querySelector('.evidence-source')?.textContent ?? '', text: e.querySelector('[data-testid="evidence-text"]')?.textContent ?? '' })));
    expect(cards).toHaveLength(3);
    // Each keeps its lines: every payload is there as written (redaction found nothing to remove).
    const absent = (text: string, list: typeof PAYLOADS) => list.filter((p) => !text.includes(p.text)).map((p) => p.id);
    const [pasted, dropped, captured] = [/pasted,/, /\.log/, /Datadog/].map((re) => cards.find((c) => re.test(c.source)));
    expect({ pasted: absent(pasted!.text, PAYLOADS), dropped: absent(dropped!.text, PAYLOADS) }).toEqual({ pasted: [], dropped: [] });
    // A selection's whitespace is the page's layout (tabs, line separators), so compare it collapsed.
    const shown = asShown(captured!.text);
    expect(SHORT.filter((p) => !shown.includes(asShown(p.text))).map((p) => p.id)).toEqual([]);

    // The escalation package takes hostile text in every field and keeps it as typed.
    await clickTab(frame, 'escalation');
    const fields = ['esc-summary', 'esc-expected', 'esc-actual', 'esc-users', 'esc-orgs', 'esc-business'];
    for (const [i, id] of fields.entries()) await frame.fill(`[data-testid="${id}"]`, SHORT.slice(i * 15, i * 15 + 15).map((p) => p.text.replace(/\n/g, ' ')).join(' '));
    await frame.fill('[data-testid="esc-steps"]', SHORT.slice(90).map((p) => p.text.replace(/\s+/g, ' ')).join('\n'));
    await expect.poll(() => frame.inputValue('[data-testid="esc-business"]')).toContain(SHORT[75]!.text.replace(/\n/g, ' '));
    expect(await pageText(frame, '[data-testid="escalation-evidence"]')).toContain('Logs <img src=x onerror=alert(1)> | Datadog');
    // Copied as Markdown for Jira: the markup is escaped and no link leads anywhere but the web.
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await frame.selectOption('[data-testid="output-format"]', 'md');
    await frame.click('[data-testid="copy"]');
    await waitForText(frame, '[data-testid="output-message"]', 'Copied', 20_000);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    // Outside code (fenced evidence, inline code spans), where Markdown shows text as written.
    const prose = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
    // An unescaped tag or an unescaped "](" not followed by a web address.
    const bad = /(?<!\\)<(script|img|svg)|(?<!\\)\]\((?!https?:)/i.exec(prose);
    expect(bad && prose.slice(Math.max(0, bad.index - 200), bad.index + 100)).toBeNull();

    // A reply draft full of markup is checked as text; the 100k unbroken line wraps in the sidebar.
    await page.locator(COMPOSER).fill(`Card 4111 1111 1111 1111 ${SHORT.slice(0, 40).map((p) => p.text).join(' ')} ${LONG_100K.text.slice(0, 20_000)}`);
    await waitForText(frame, '[data-testid="draft-warning"]', 'card', 20_000);
    await expectInert(page, frame);
    expect(await pwned(logs)).toBeNull();
  });

  it('shows the hostile subject in the popup as text', async () => {
    const { page, frame } = await openTicket();
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await expect.poll(() => pageText(popup, '[data-testid="breaching"]'), { timeout: 20_000 }).toContain(asShown(SUBJECT));
    const link = await popup.getAttribute('[data-testid="breaching"] a', 'href');
    expect(link).toBe(`${ZENDESK_ORIGIN}/agent/tickets/${HOSTILE_TICKET}`);
    expect(await auditDom(popup, b.extensionId)).toEqual([]);
    expect(await pwned(popup)).toBeNull();
    await expectNoSidewaysScroll(popup);
    await expectInert(page, frame);
  });
});
