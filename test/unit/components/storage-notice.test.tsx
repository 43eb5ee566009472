// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StorageNotice } from '@/components/StorageNotice';
import { aboutSize } from '@/lib/format/storage-notice';
import { STORAGE_NOTICE_KEY, type StorageNotice as Notice } from '@/lib/schema/storage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const notice: Notice = {
  at: '2026-11-27T04:40:00.000Z',
  retentionDays: 90,
  removed: { tickets: 12, historyEntries: 1, kbIndex: false, liveArticles: 0, bytes: 1_300_000 },
  unsaved: [],
  queued: ['the escalation draft of ticket 4102'],
};

let root: Root;
let host: HTMLElement;
const banner = () => document.querySelector('[data-testid="storage-notice"]');
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

beforeEach(async () => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('the storage notice banner', () => {
  it('says what was removed, what waits and what to do, until the user dismisses it', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_NOTICE_KEY]: notice });
    act(() => root.render(<StorageNotice />));
    await settle();
    expect(banner()?.getAttribute('role')).toBe('alert');
    expect(banner()?.textContent).toContain('The browser ran out of storage for Deskside');
    expect(banner()?.textContent).toContain('To make room it removed 12 cached tickets not opened in the last 90 days (with their history) and 1 history entry older than 90 days: about 1.2 MB.');
    expect(banner()?.textContent).toContain('Kept aside until there is room, then saved automatically: the escalation draft of ticket 4102.');
    expect(banner()?.textContent).toContain('shorten the retention (Options > Retention) or export your data and erase it');

    act(() => (document.querySelector('[data-testid="storage-notice-dismiss"]') as HTMLButtonElement).click());
    await settle();
    expect(banner()).toBeNull();
    expect((await fakeBrowser.storage.local.get(STORAGE_NOTICE_KEY))[STORAGE_NOTICE_KEY]).toBeUndefined();
  });

  it('appears when the background records a notice while the page is open, and goes when it clears it', async () => {
    act(() => root.render(<StorageNotice />));
    await settle();
    expect(banner()).toBeNull();
    await act(() => fakeBrowser.storage.local.set({ [STORAGE_NOTICE_KEY]: { ...notice, queued: [], unsaved: ['the latest read of ticket 4101'] } }));
    await settle();
    expect(banner()?.textContent).toContain('Not saved: the latest read of ticket 4101.');
    await act(() => fakeBrowser.storage.local.remove(STORAGE_NOTICE_KEY));
    await settle();
    expect(banner()).toBeNull();
  });

  it('shows nothing for a stored value that is not a notice', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_NOTICE_KEY]: { removed: 'lots' } });
    act(() => root.render(<StorageNotice />));
    await settle();
    expect(banner()).toBeNull();
  });

  it('sizes for people', () => {
    expect([aboutSize(200), aboutSize(14_500), aboutSize(1_300_000)]).toEqual(['less than 1 KB', 'about 14 KB', 'about 1.2 MB']);
  });
});
