import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { actingTab, fromOwnPage, rpcCaller } from '@/entrypoints/background/senders';

const own = (path: string) => `chrome-extension://${fakeBrowser.runtime.id}/${path}`;
const sender = (fields: object) => ({ id: fakeBrowser.runtime.id, ...fields }) as never;

// A sidebar framed in helpdesk tab 3, Chrome's side panel (no tab), the sidebar opened as a page
// in tab 8, and the content script of tab 3 (its sender.url is the helpdesk page).
const framed = sender({ url: own('sidebar.html'), tab: { id: 3 }, frameId: 7 });
const panel = sender({ url: own('sidebar.html?tab=3') });
const page = sender({ url: own('sidebar.html?tab=3'), tab: { id: 8 }, frameId: 0 });
const contentScript = sender({ url: 'https://acme.zendesk.com/agent/tickets/7', tab: { id: 3 }, frameId: 0 });

beforeEach(() => fakeBrowser.reset());

describe('who is one of our own pages', () => {
  it("accepts the extension's own pages, framed or not", () => {
    expect([framed, panel, page].map(fromOwnPage)).toEqual([true, true, true]);
  });

  it('refuses content scripts, web pages, other extensions and spoofed URLs', () => {
    expect(fromOwnPage(contentScript)).toBe(false);
    expect(fromOwnPage(undefined)).toBe(false);
    expect(fromOwnPage({ id: 'another-extension', url: own('sidebar.html') } as never)).toBe(false);
    expect(fromOwnPage(sender({ url: 'chrome-extension://another-extension/sidebar.html' }))).toBe(false);
    expect(fromOwnPage(sender({ url: `https://${fakeBrowser.runtime.id}/sidebar.html` }))).toBe(false);
    expect(fromOwnPage(sender({ url: 'not a url' }))).toBe(false);
    expect(fromOwnPage(sender({}))).toBe(false);
  });
});

describe('which tab a sender acts for', () => {
  it('keeps a framed sidebar on its own tab, whatever tab it names', () => {
    expect(actingTab(framed, undefined)).toBe(3);
    expect(actingTab(framed, 99)).toBe(3);
  });

  it('lets the side panel and a top-level sidebar page follow the tab they name', () => {
    expect(actingTab(panel, 3)).toBe(3);
    expect(actingTab(page, 3)).toBe(3);
    expect(actingTab(panel, undefined)).toBeUndefined();
    expect(actingTab(page, undefined)).toBe(8);
  });

  it('gives a content script or another extension no tab to act for', () => {
    expect(actingTab(contentScript, 3)).toBeUndefined();
    expect(actingTab({ id: 'another-extension', url: own('sidebar.html'), tab: { id: 3 } } as never, 3)).toBeUndefined();
  });

  it("reads an RPC request's named tab only where it may be honoured", () => {
    const request = { type: 'rpc', method: 'kb.insertLink', params: {}, tabId: 5 };
    expect(rpcCaller(panel, request)).toEqual({ tabId: 5 });
    expect(rpcCaller(framed, request)).toEqual({ tabId: 3 });
    expect(rpcCaller(panel, { ...request, tabId: -1 })).toEqual({ tabId: undefined });
    expect(rpcCaller(contentScript, request)).toEqual({ tabId: undefined });
  });
});
