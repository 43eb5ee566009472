// The KB searched live from a Jira issue: JSM's knowledge base and Confluence answer with hostile
// titles, HTML excerpts, ids and links (script schemes, another host, a hostile `_links.base`), plus
// one normal result each. The agent sees the normal ones suggested with working links on the site,
// the hostile ones as plain text with no Open/Copy/Insert unless their link is a web page on the site.
import type { Frame } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JIRA_ORIGIN, launchWithExtension, routeJira, type Launched } from '../../scripts/chromium';
import { CONFLUENCE_NORMAL, confluenceSearch, confluenceTitles, ESCAPED_MARKUP, HOSTILE_PER_SOURCE, JSM_NORMAL, jsmSearch, jsmTitles, LIVE_WORD } from '../fixtures/hostile/kb-live';
import { asShown, auditDom, expectNoSidewaysScroll, expectNothingRan, pwned, watch, type Watch } from './hostile-helpers';
import { sidebar, waitForText } from './sidebar-helpers';

const JSON_TYPE = 'application/json;charset=UTF-8';
let b: Launched;
let w: Watch;
/** The live searches as the site received them: path and query, and JSM's opt-in header. */
let asked: { jsm: { path: string; optIn: string | undefined }[]; confluence: string[] };
beforeEach(async () => {
  b = await launchWithExtension();
  w = await watch(b, [JIRA_ORIGIN]);
  asked = { jsm: [], confluence: [] };
  await routeJira(b.context, {
    override: async (route, apiPath) => {
      if (!apiPath.startsWith('/rest/servicedeskapi/knowledgebase/article?')) return false;
      const optIn = route.request().headers()['x-experimentalapi'];
      asked.jsm.push({ path: apiPath, optIn });
      // Atlassian refuses its experimental resources without the opt-in header.
      if (optIn !== 'opt-in') await route.fulfill({ status: 412, contentType: JSON_TYPE, body: '{"errorMessage":"This API is experimental."}' });
      else await route.fulfill({ status: 200, contentType: JSON_TYPE, body: jsmSearch() });
      return true;
    },
  });
  // Confluence lives under /wiki on the same site (registered last, so it answers first).
  await b.context.route(`${JIRA_ORIGIN}/wiki/rest/api/search?*`, (route) => {
    const url = new URL(route.request().url());
    asked.confluence.push(url.pathname + url.search);
    return route.fulfill({ status: 200, contentType: JSON_TYPE, body: confluenceSearch() });
  });
});
afterEach(async () => {
  await b.context.close();
});

interface Card {
  title: string;
  text: string;
  links: string[];
  actions: string[];
}

const cards = (frame: Frame, list: string): Promise<Card[]> =>
  frame.$$eval(`${list} [data-testid="kb-suggestion"]`, (els) =>
    els.map((c) => ({
      title: c.querySelector('[data-testid="kb-title"]')?.textContent ?? '',
      text: c.textContent ?? '',
      links: Array.from(c.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? ''),
      actions: Array.from(c.querySelectorAll('button')).map((x) => x.getAttribute('data-testid') ?? ''),
    })));

/** The search results for `word`, once `count` of them carry it in their title. */
async function search(frame: Frame, word: string, count: number): Promise<Card[]> {
  await frame.fill('[data-testid="kb-search-input"]', word);
  await expect
    .poll(async () => (await cards(frame, '[data-testid="kb-search-results"]')).filter((c) => c.title.startsWith(word)).length, { timeout: 10_000 })
    .toBe(count);
  return (await cards(frame, '[data-testid="kb-search-results"]')).filter((c) => c.title.startsWith(word));
}

describe('hostile live KB results from JSM and Confluence', () => {
  it('suggests the normal results with links on the site and shows the hostile ones as text', async () => {
    const page = await b.context.newPage();
    await page.goto(`${JIRA_ORIGIN}/browse/HELP-7`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="captured"]', 'API', 20_000);
    await frame.click('[data-testid="tab-suggestions"]');

    // Both normal results are suggested for the VPN issue, each linked to its page on the site.
    await expect.poll(async () => (await cards(frame, '[data-testid="kb-suggestions"] > .kb-list')).map((c) => c.title), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([JSM_NORMAL.title, CONFLUENCE_NORMAL.title]));
    const suggested = await cards(frame, '[data-testid="kb-suggestions"] > .kb-list');
    for (const [normal, source] of [[JSM_NORMAL, 'JSM knowledge base'], [CONFLUENCE_NORMAL, 'Confluence']] as const) {
      const card = suggested.find((c) => c.title === normal.title)!;
      expect(card.text).toContain(source);
      expect(card.links).toEqual([normal.url, normal.url]);
      expect(card.actions).toEqual(expect.arrayContaining(['kb-copy', 'kb-insert']));
    }
    expect(await frame.textContent('[data-testid="kb-suggestions"]')).not.toContain('not searched');
    // Searched once each, with the summary, and JSM with its opt-in header.
    expect(asked.jsm).toEqual([{ path: expect.stringContaining('query=VPN%20drops%20every%2010%20minutes%20on%20macOS%2015') as string, optIn: 'opt-in' }]);
    expect(asked.confluence).toEqual([expect.stringContaining(encodeURIComponent('type=page AND text ~ "VPN drops every 10 minutes on macOS 15"')) as string]);

    // Every hostile result is listed, its title as literal text.
    const jsm = await search(frame, LIVE_WORD.jsm, HOSTILE_PER_SOURCE);
    expect(jsm.map((c) => c.title).sort()).toEqual(jsmTitles().sort());
    const conf = await search(frame, LIVE_WORD.confluence, HOSTILE_PER_SOURCE);
    expect(conf.map((c) => asShown(c.title)).sort()).toEqual(confluenceTitles().map(asShown).sort());
    expect(conf.every((c) => !c.title.includes('@@@'))).toBe(true);
    // Escaped markup in an excerpt reads as the markup, not as an element.
    for (const list of [jsm, conf]) expect(list.some((c) => c.text.includes(ESCAPED_MARKUP))).toBe(true);

    // JSM links are script and data URLs: none is a link or has Copy/Insert.
    for (const c of jsm) {
      expect(c.links, c.title.slice(0, 40)).toEqual([]);
      expect(c.actions.filter((a) => a === 'kb-copy' || a === 'kb-insert'), c.title.slice(0, 40)).toEqual([]);
    }
    // Confluence paths are read under the site's /wiki whatever `_links.base` says: only the one
    // path that is a path there ("//evil.example/x") is a link, and it stays on the site.
    const onSite = `${JIRA_ORIGIN}/wiki//evil.example/x`;
    expect(conf.filter((c) => c.links.length > 0).map((c) => c.links)).toEqual([[onSite, onSite]]);
    for (const c of conf) {
      const web = c.links.length > 0;
      expect(c.actions.includes('kb-copy'), c.title.slice(0, 40)).toBe(web);
      expect(c.actions.includes('kb-insert'), c.title.slice(0, 40)).toBe(web);
    }

    expectNothingRan(w);
    expect(await pwned(page)).toBeNull();
    expect(await pwned(frame)).toBeNull();
    expect(await auditDom(frame, b.extensionId)).toEqual([]);
    await expectNoSidewaysScroll(frame);
    for (const id of ['hygiene', 'evidence', 'escalation', 'ticket', 'suggestions']) {
      await frame.click(`[data-testid="tab-${id}"]`);
      await frame.waitForSelector(`[data-testid="panel-${id}"]`, { timeout: 10_000 });
    }
  });
});
