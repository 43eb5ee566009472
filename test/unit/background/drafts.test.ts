// The draft check after a service-worker restart: a new worker knows no findings, and asks the tab
// for its draft instead of telling the sidebar there is nothing wrong.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DraftChecks } from '@/entrypoints/background/drafts';

const TICKET = { site: 'zendesk', host: 'acme-support.zendesk.com', ticketId: '4102', url: 'https://acme-support.zendesk.com/agent/tickets/4102' } as const;
let sent: { tabId: number; message: unknown }[];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
    sent.push({ tabId, message });
  }) as never);
});

describe('DraftChecks across a worker restart', () => {
  it('knows a tab only once it has checked its draft', async () => {
    const fresh = new DraftChecks();
    expect(fresh.known(7)).toBe(false);
    await fresh.check(7, TICKET, { text: 'Please use card 4111 1111 1111 1111', public: true });
    expect(fresh.known(7)).toBe(true);
    expect(fresh.findings(7).length).toBeGreaterThan(0);
    fresh.forget(7);
    expect(fresh.known(7)).toBe(false);
  });

  it('asks the tab to send its draft again, and a tab without a content script is not an error', async () => {
    const fresh = new DraftChecks();
    fresh.recheck(7);
    await vi.waitFor(() => expect(sent).toEqual([{ tabId: 7, message: { type: 'recheck-draft' } }]));
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(() => fresh.recheck(8)).not.toThrow();
    // A tab closed meanwhile: some browsers throw at once instead of rejecting.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(() => {
      throw new Error('No tab with id: 9.');
    });
    expect(() => fresh.recheck(9)).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
