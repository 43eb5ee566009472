import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { manifestProblems } from '../../lib/manifest/policy';
import {
  E2E_EXTENSION_DIR,
  E2E_GRANTED_HOST,
  EXTENSION_DIR,
  ROOT,
  customDomainsRegistered,
  launchWithExtension,
  routeZendesk,
  ZENDESK_ORIGIN,
  type Launched,
} from '../../scripts/chromium';
import type { Ext } from './extension-api';
import { sidebar, sidebarShown, textOf, waitForText } from './sidebar-helpers';

const WEBHOOKS = 'Webhooks stopped firing for order.created since Tuesday';
const SSO = 'Cannot log in with SSO after IdP certificate rotation';
const EVIL = 'https://evil.example';
const COMPOSER = '.ticket-panes-grid-layout[data-is-active="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]';

let browser: Launched | undefined;
afterEach(async () => {
  await browser?.context.close();
  browser = undefined;
});

/**
 * What a hostile page script would post: garbage, and every shape Deskside uses internally (content
 * messages, background-to-page messages, sidebar port requests and pushes, RPC requests), each
 * naming "PWNED" wherever it carries text, so any effect is visible.
 */
function hostileMessages(extensionId: string): unknown[] {
  const ticket = { site: 'zendesk', host: 'evil.example', ticketId: '666', url: `${EVIL}/agent/tickets/666` };
  return [
    'toggle-sidebar',
    42,
    null,
    [],
    {},
    { type: 123 },
    JSON.stringify({ type: 'insert-text', text: 'PWNED json string' }),
    { type: 'toggle-sidebar' },
    { type: 'insert-text', text: 'PWNED insert' },
    { type: 'fetch-json', path: '/api/v2/help_center/articles.json?pwned=1' },
    { type: 'draft-check', count: 3, worst: 'error', summary: 'PWNED badge' },
    { type: 'ticket-opened', ticket },
    { type: 'ticket-closed' },
    { type: 'open-panel' },
    { type: 'subscribe', tabId: 1 },
    { type: 'view', ref: ticket, snapshot: null, history: [] },
    { type: 'error', error: 'PWNED error' },
    { type: 'draft', findings: [{ rule: 'card', severity: 'error', message: 'PWNED finding' }] },
    { type: 'rpc', method: 'settings.save', params: {} },
    { type: 'rpc', method: 'data.wipe', params: {}, tabId: 1 },
    { id: extensionId, type: 'insert-text', text: 'PWNED with id' },
  ];
}

/** Reads the service worker's record of which tab shows which ticket. */
function registeredTickets(launched: Launched): Promise<Record<string, { host: string; ticketId: string }>> {
  return launched.worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as Ext).chrome;
    return ((await storage.session.get('tabTickets')).tabTickets ?? {}) as Record<string, { host: string; ticketId: string }>;
  });
}

const collapsedStored = (launched: Launched) =>
  launched.worker.evaluate(async () => (await (globalThis as unknown as Ext).chrome.storage.local.get('sidebarCollapsed')).sidebarCollapsed ?? null);

describe('what a web page can do to Deskside', () => {
  it('changes nothing by posting window messages, garbage or shaped like Deskside\'s own, to the page and its frames', async () => {
    browser = await launchWithExtension();
    const log = await routeZendesk(browser.context);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', WEBHOOKS);
    await expect.poll(() => sidebarShown(page)).toBe(true);
    await page.click(COMPOSER);
    const composerBefore = await page.locator(COMPOSER).innerText();
    const requestsBefore = log.requests.length;

    const messages = hostileMessages(browser.extensionId);
    // The page posts to itself and to every frame it can reach, and also forges MessageEvents
    // claiming to come from the extension (a page can dispatch those to its own window).
    const reached = await page.evaluate(
      ({ messages, origin }) =>
        new Promise<number>((resolve) => {
          for (const data of messages) {
            window.postMessage(data, '*');
            for (let i = 0; i < window.frames.length; i++) window.frames[i]!.postMessage(data, '*');
            window.dispatchEvent(new MessageEvent('message', { data, origin }));
          }
          // Window messages arrive in order: once this one is seen, every other one was delivered.
          window.addEventListener('message', (e) => {
            if (e.data === 'hostile-done') resolve(window.frames.length);
          });
          window.postMessage('hostile-done', '*');
        }),
      { messages, origin: `chrome-extension://${browser.extensionId}` },
    );
    // The sidebar frame sits in a closed shadow root: the page cannot even list it.
    expect(reached).toBe(0);
    // WXT's own DOM events carry the (public) extension id in their names: a page can forge "a newer
    // copy of the content script started" (which would stop Deskside here) and a location change.
    await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:helpdesk:wxt:content-script-started`, { detail: { contentScriptName: 'helpdesk', messageId: 'forged' } }));
      window.dispatchEvent(new Event(`${id}:helpdesk:wxt:locationchange`));
    }, browser.extensionId);
    // Suppose it got hold of the frame anyway: it posts the same messages straight into it.
    const iframe = await frame.frameElement();
    await iframe.evaluate((el, messages) => {
      for (const data of messages) (el as HTMLIFrameElement).contentWindow!.postMessage(data, '*');
    }, messages);
    await iframe.dispose();

    // Deskside still works, and did only what the agent does next: switch ticket.
    await page.click('[data-test-id="header-tab"][data-entity-id="4101"]');
    await waitForText(frame, '[data-testid="ticket-subject"]', SSO);
    expect(await sidebarShown(page)).toBe(true);
    expect(await collapsedStored(browser)).not.toBe(true);
    const sidebarText = (await frame.textContent('body')) ?? '';
    expect(sidebarText).not.toContain('PWNED');
    expect(await frame.$('[role="alert"]')).toBeNull();
    expect(await page.locator(COMPOSER).innerText()).toBe(composerBefore);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('PWNED');
    expect(await page.evaluate(() => document.querySelector('deskside-draft-badge')?.getAttribute('data-count') ?? '0')).toBe('0');
    expect(log.requests.slice(requestsBefore).filter((r) => r.includes('pwned') || r.includes('help_center'))).toEqual([]);
    expect(Object.values(await registeredTickets(browser)).map((t) => `${t.host}/${t.ticketId}`)).toEqual(['acme-support.zendesk.com/4101']);
    expect(errors).toEqual([]);
  });

  it('cannot reach the extension: no runtime messaging from pages, in either manifest', async () => {
    for (const dir of [EXTENSION_DIR, path.join(ROOT, '.output/firefox-mv2')]) {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      expect(manifest, dir).not.toHaveProperty('externally_connectable');
      expect(manifestProblems(manifest), dir).toEqual([]);
    }
    const e2e = JSON.parse(readFileSync(path.join(E2E_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifestProblems(e2e, [`https://${E2E_GRANTED_HOST}/*`])).toEqual([]);

    browser = await launchWithExtension();
    await routeZendesk(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    await sidebar(page);
    const reach = await page.evaluate(async (id) => {
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome;
      if (!c?.runtime?.sendMessage) return 'no runtime';
      try {
        await c.runtime.sendMessage(id, { type: 'rpc', method: 'settings.get', params: {} });
        return 'answered';
      } catch {
        return 'refused';
      }
    }, browser.extensionId);
    expect(reach).toBe('no runtime');
  });

  it('cannot frame or fetch the sidebar from a non-helpdesk page, and runs no Deskside code there', async () => {
    browser = await launchWithExtension();
    const { context, extensionId } = browser;
    await routeZendesk(context);
    // evil.example serves the very same Zendesk agent page: were any Deskside script injected, it
    // would recognise the ticket, show a sidebar and ask the API.
    const evilLog = await routeZendesk(context, { hosts: /^https:\/\/evil\.example\// });
    const zendesk = await context.newPage();
    await zendesk.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const realFrameUrl = (await sidebar(zendesk)).url();

    const evil = await context.newPage();
    await evil.goto(`${EVIL}/agent/tickets/4102`);
    const guesses = [
      realFrameUrl,
      `chrome-extension://${extensionId}/sidebar.html`,
      `chrome-extension://${extensionId}/sidebar.html?tab=1`,
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/sidebar.html',
    ];
    const fetched = await evil.evaluate(
      (urls) => Promise.all(urls.map((u) => fetch(u).then((r) => `${r.status}`, () => 'blocked'))),
      guesses,
    );
    expect(fetched).toEqual(guesses.map(() => 'blocked'));
    await evil.evaluate(
      (urls) =>
        Promise.all(
          urls.map(
            (src) =>
              new Promise<void>((resolve) => {
                const f = document.createElement('iframe');
                f.src = src;
                f.addEventListener('load', () => resolve());
                f.addEventListener('error', () => resolve());
                document.body.append(f);
              }),
          ),
        ),
      guesses,
    );
    // The service worker sees every document of the extension in a tab, framed or not: only the
    // Zendesk tab's sidebar. (It cannot even read the evil tab's URL: no permission there.)
    const zendeskTab = await browser.worker.evaluate(
      async (url) => (await (globalThis as unknown as Ext).chrome.tabs.query({ url }))[0]?.id,
      `${ZENDESK_ORIGIN}/*`,
    );
    const inTabs = await browser.worker.evaluate(async () => {
      const { runtime } = (globalThis as unknown as Ext).chrome;
      const found = await runtime.getContexts({ contextTypes: [runtime.ContextType.TAB] });
      return found.map((c) => ({ tabId: c.tabId, url: c.documentUrl }));
    });
    expect(inTabs).toEqual([{ tabId: zendeskTab, url: realFrameUrl }]);
    for (const f of evil.frames().slice(1)) expect(await textOf(f, 'body')).not.toContain('Deskside');

    expect(await evil.evaluate(() => [!!document.querySelector('deskside-sidebar'), !!document.querySelector('deskside-draft-badge')])).toEqual([
      false,
      false,
    ]);
    expect(evilLog.requests.filter((r) => r.startsWith('/api/'))).toEqual([]);
    expect(Object.values(await registeredTickets(browser)).map((t) => t.host)).toEqual(['acme-support.zendesk.com']);
  });

  it('cannot frame the sidebar from a granted custom domain either (it gets the side panel)', async () => {
    browser = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR });
    await customDomainsRegistered(browser);
    await routeZendesk(browser.context, { hosts: new RegExp(`^https://${E2E_GRANTED_HOST.replace(/\./g, '\\.')}/`) });
    const page: Page = await browser.context.newPage();
    await page.goto(`https://${E2E_GRANTED_HOST}/agent/tickets/4102`);
    await expect.poll(() => page.evaluate(() => document.querySelector('deskside-sidebar')?.getAttribute('data-panel'))).toBe('side');
    const fetched = await page.evaluate((u) => fetch(u).then((r) => `${r.status}`, () => 'blocked'), `chrome-extension://${browser.extensionId}/sidebar.html`);
    expect(fetched).toBe('blocked');
  });
});
