// A Jira issue whose summary, labels, people, description and 125 ADF comments (text nodes, link
// marks and inline cards to javascript:/data:/vbscript: URLs) are the hostile corpus.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JIRA_ORIGIN, launchWithExtension, routeJira, type Launched } from '../../scripts/chromium';
import { COMMENTS, hostileJiraApi, hostileJiraPage, JIRA_KEY, LABELS, SUMMARY } from '../fixtures/hostile/jira';
import { PAYLOADS } from '../fixtures/hostile/payloads';
import { asShown, auditDom, expectNoSidewaysScroll, expectNothingRan, pageText, pwned, readsLeftToRight, watch, type Watch } from './hostile-helpers';
import { sidebar, waitForText } from './sidebar-helpers';

let b: Launched;
let w: Watch;
beforeEach(async () => {
  b = await launchWithExtension();
  w = await watch(b, [JIRA_ORIGIN]);
  await routeJira(b.context, {
    override: async (route, apiPath) => {
      const body = hostileJiraApi(apiPath);
      if (body === null) return false;
      await route.fulfill({ status: 200, contentType: 'application/json;charset=UTF-8', body });
      return true;
    },
  });
  // The hostile issue view instead of the fixture's (registered last, so it answers first).
  await b.context.route(`${JIRA_ORIGIN}/browse/${JIRA_KEY}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostileJiraPage() }));
});
afterEach(async () => {
  await b.context.close();
});

describe('a hostile Jira issue', () => {
  it('shows summary, labels, people and every ADF comment as text, and runs none of it', async () => {
    const page = await b.context.newPage();
    await page.goto(`${JIRA_ORIGIN}/browse/${JIRA_KEY}`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="captured"]', 'API', 20_000);
    expect(await pageText(frame, '[data-testid="ticket-subject"]')).toBe(asShown(SUMMARY));
    const labels = await frame.$$eval('[data-testid="field-tags"] .tags li', (els) => els.map((e) => e.textContent ?? ''));
    expect(labels.sort()).toEqual([...LABELS].sort());
    expect(await pageText(frame, '[data-testid="field-requester"]')).toContain('Lena <svg onload=alert(1)> Fischer');
    expect(await readsLeftToRight(frame, '[data-testid="field-requester"] .source')).toBe(true);

    await frame.click('[data-testid="tab-escalation"]');
    await frame.waitForSelector('[data-testid="escalation-timeline"]', { timeout: 20_000 });
    await expect.poll(async () => (await frame.$$('[data-testid="escalation-timeline"] li[data-source="comment"]')).length, { timeout: 20_000 }).toBe(COMMENTS.length);
    const timeline = await pageText(frame, '[data-testid="escalation-timeline"]');
    expect(PAYLOADS.filter((x) => !timeline.includes(asShown(x.text).slice(0, 100))).map((x) => x.id)).toEqual([]);

    expectNothingRan(w);
    expect(await pwned(page)).toBeNull();
    expect(await pwned(frame)).toBeNull();
    expect(await auditDom(frame, b.extensionId)).toEqual([]);
    await expectNoSidewaysScroll(frame);
    for (const id of ['suggestions', 'hygiene', 'evidence', 'escalation', 'ticket']) {
      await frame.click(`[data-testid="tab-${id}"]`);
      await frame.waitForSelector(`[data-testid="panel-${id}"]`, { timeout: 10_000 });
    }
  });
});
