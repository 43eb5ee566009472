import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '@/entrypoints/background/content-messages';
import { DraftChecks } from '@/entrypoints/background/drafts';
import { TabRegistry } from '@/entrypoints/background/registry';
import { preparePanel, servePanels, shortcutOpensPanel, usesSidePanel } from '@/entrypoints/background/side-panel';
import { DesksideDb } from '@/lib/db/database';

const CUSTOM = 'https://support.acme-corp.test/agent/tickets/4102';
const CLOUD = 'https://acme.zendesk.com/agent/tickets/4102';
const ref = (url: string) => ({ site: 'zendesk' as const, host: new URL(url).host, ticketId: '4102', url });

// Chrome's side panel as far as Deskside uses it (fakeBrowser has none): per-tab options.
let options: Map<number | 'global', { enabled?: boolean; path?: string }>;
const open = vi.fn<(options: { tabId: number }) => Promise<void>>(() => Promise.resolve());
const setOptions = vi.fn(async ({ tabId, ...rest }: { tabId?: number; enabled?: boolean; path?: string }) => {
  const key = tabId ?? 'global';
  options.set(key, { ...options.get(key), ...rest });
});
const getOptions = vi.fn(async ({ tabId }: { tabId?: number }) => ({ ...options.get('global'), ...options.get(tabId ?? 'global') }));

let tabSeq = 100;
const fromTab = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, url: CUSTOM }) as never;

beforeEach(() => {
  fakeBrowser.reset();
  options = new Map([['global', { path: 'sidebar.html', enabled: true }]]);
  open.mockClear();
  setOptions.mockClear();
  Object.assign(fakeBrowser, { sidePanel: { open, setOptions, getOptions } });
  tabSeq += 10;
});

describe('which pages use the side panel', () => {
  it('is every https page outside the built-in helpdesks, in a browser that has one', () => {
    expect(usesSidePanel(CUSTOM)).toBe(true);
    expect(usesSidePanel(CLOUD)).toBe(false);
    expect(usesSidePanel('https://acme.atlassian.net/browse/SUP-1')).toBe(false);
    expect(usesSidePanel(undefined)).toBe(false);
    expect(usesSidePanel('chrome://extensions/')).toBe(false);
    Object.assign(fakeBrowser, { sidePanel: undefined });
    expect(usesSidePanel(CUSTOM)).toBe(false);
  });
});

describe('opening the panel within the user gesture', () => {
  it('opens it from the shortcut synchronously, before anything is awaited', () => {
    const tabId = tabSeq;
    expect(shortcutOpensPanel({ id: tabId, url: CUSTOM } as never)).toBe(true);
    expect(open).toHaveBeenCalledWith({ tabId });
    expect(shortcutOpensPanel({ id: tabId + 1, url: CLOUD } as never)).toBe(false);
    expect(shortcutOpensPanel({ id: tabId + 2 } as never)).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it("opens it from the handle's message synchronously, and says why when it cannot", async () => {
    const db = new DesksideDb(`panel-${tabSeq}`);
    const args = [db, new TabRegistry(), new DraftChecks()] as const;
    const reply = handleContentMessage(...args, { type: 'open-panel' }, fromTab(tabSeq));
    expect(open).toHaveBeenCalledWith({ tabId: tabSeq });
    expect(await reply).toEqual({ ok: true });
    open.mockRejectedValueOnce(new Error('`sidePanel.open()` may only be called in response to a user gesture.'));
    expect(await handleContentMessage(...args, { type: 'open-panel' }, fromTab(tabSeq))).toEqual({
      ok: false,
      error: 'could not open the side panel: `sidePanel.open()` may only be called in response to a user gesture.',
    });
  });
});

describe('which tabs have a panel', () => {
  it('configures one for a custom-domain tab when it opens a ticket, once, and none for cloud tabs', async () => {
    const db = new DesksideDb(`panel-${tabSeq}`);
    const args = [db, new TabRegistry(), new DraftChecks()] as const;
    const tabId = tabSeq;
    await handleContentMessage(...args, { type: 'ticket-opened', ticket: ref(CUSTOM) }, fromTab(tabId));
    expect(await getOptions({ tabId })).toEqual({ enabled: true, path: `sidebar.html?tab=${tabId}` });
    await handleContentMessage(...args, { type: 'ticket-opened', ticket: { ...ref(CUSTOM), ticketId: '4101' } }, fromTab(tabId));
    await handleContentMessage(...args, { type: 'ticket-opened', ticket: ref(CLOUD) }, fromTab(tabId + 1));
    expect(setOptions).toHaveBeenCalledTimes(1);
  });

  it('turns the global panel off, and a tab\'s panel off when the tab leaves the custom domain', async () => {
    servePanels();
    await vi.waitFor(() => expect(options.get('global')?.enabled).toBe(false));
    const tabId = tabSeq;
    await preparePanel(tabId, ref(CUSTOM));
    const navigate = (url: string | undefined) =>
      fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, { id: tabId, url } as never);
    await navigate('https://support.acme-corp.test/agent/tickets/4101');
    expect((await getOptions({ tabId })).enabled).toBe(true);
    // An ungranted site: its URL is not readable, and no Deskside content script runs there.
    await navigate(undefined);
    await vi.waitFor(() => expect(options.get(tabId)?.enabled).toBe(false));
    // Back on the custom domain, the next ticket configures it again.
    await preparePanel(tabId, ref(CUSTOM));
    expect(options.get(tabId)).toEqual({ enabled: true, path: `sidebar.html?tab=${tabId}` });
    await navigate(CLOUD);
    await vi.waitFor(() => expect(options.get(tabId)?.enabled).toBe(false));
  });

  it('does nothing in a browser without a side panel (Firefox frames the sidebar)', async () => {
    Object.assign(fakeBrowser, { sidePanel: undefined });
    await preparePanel(tabSeq, ref(CUSTOM));
    expect(setOptions).not.toHaveBeenCalled();
    expect(shortcutOpensPanel({ id: tabSeq, url: CUSTOM } as never)).toBe(false);
  });
});
