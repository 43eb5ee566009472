// A service worker stopped mid-capture: the journal lets the next worker finish the capture once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { CAPTURE_MENU_ID, handleCapture, resumeCaptures } from '@/entrypoints/background/capture';
import { CAPTURE_RESUME_ALARM, CaptureJournal, MAX_CAPTURE_ATTEMPTS, pendingFor } from '@/entrypoints/background/capture-journal';
import { TabRegistry } from '@/entrypoints/background/registry';
import { DesksideDb } from '@/lib/db/database';
import { listEvidence } from '@/lib/db/evidence';

const LOG = [
  '2026-11-24T09:14:02.118Z ERROR webhook-dispatcher delivery failed status=503',
  'Authorization: Bearer sk_live_51Hq8cT2eZvKYlo2C9xQ7pLmN',
].join('\n');
const KEY = 'zendesk:acme-support.zendesk.com:4102';
const ZD_TICKET = { site: 'zendesk', host: 'acme-support.zendesk.com', ticketId: '4102', url: 'https://acme-support.zendesk.com/agent/tickets/4102' } as const;
const info = { menuItemId: CAPTURE_MENU_ID, editable: false, frameId: 0, pageUrl: 'https://app.datadoghq.com/logs', selectionText: LOG.replace(/\n/g, ' ') } as Browser.contextMenus.OnClickData;
const tab = { id: 9, index: 0, title: 'Log Explorer | Datadog' } as Browser.tabs.Tab;
const pageRead = [{ frameId: 0, documentId: 'd', result: { text: LOG, url: 'https://app.datadoghq.com/logs', title: 'Log Explorer | Datadog' } }];

let db: DesksideDb;
let registry: TabRegistry;
let n = 0;
const executeScript = vi.fn();
const journaled = async () => (await fakeBrowser.storage.session.get('pendingCaptures')).pendingCaptures as Record<string, { selection: unknown; attempts: number }>;

beforeEach(async () => {
  fakeBrowser.reset();
  executeScript.mockReset();
  Object.assign(fakeBrowser.scripting, { executeScript });
  db = new DesksideDb(`capture-journal-${++n}`);
  registry = new TabRegistry();
  await registry.set(3, ZD_TICKET);
  await registry.focused(3);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('a capture interrupted by a stopped service worker', () => {
  it('is journaled before the page is read, and a new worker finishes it once, on the ticket of the click', async () => {
    // The first worker is stopped while it waits for the page: the read never answers.
    executeScript.mockReturnValueOnce(new Promise(() => {}));
    void handleCapture(db, registry, info, tab, new CaptureJournal());
    await vi.waitFor(async () => expect(Object.values((await journaled()) ?? {})).toHaveLength(1));
    expect(Object.values(await journaled())[0]).toMatchObject({ selection: null, attempts: 1 });
    expect(await fakeBrowser.alarms.get(CAPTURE_RESUME_ALARM)).toBeDefined();
    // Meanwhile the agent moved on to another ticket: the capture still goes where it was made.
    await registry.set(4, { ...ZD_TICKET, ticketId: '4103', url: 'https://acme-support.zendesk.com/agent/tickets/4103' });
    await registry.focused(4);

    executeScript.mockResolvedValue(pageRead);
    await resumeCaptures(db, new CaptureJournal());
    const rows = await listEvidence(db, KEY);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.evidence.text.split('\n')).toHaveLength(2);
    expect(rows[0]!.evidence.text).not.toContain('sk_live_51Hq8cT2eZvKYlo2C9xQ7pLmN');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('+1');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/^Captured to ticket 4102: /);
    expect(await journaled()).toEqual({});
    expect(await fakeBrowser.alarms.get(CAPTURE_RESUME_ALARM)).toBeUndefined();
  });

  it('never stores or counts a capture twice, even when the worker stopped after the save', async () => {
    executeScript.mockResolvedValue(pageRead);
    const journal = new CaptureJournal();
    // Keep what the journal held just before the capture was removed from it.
    let lastEntry: unknown;
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const entries = Object.values((items.pendingCaptures ?? {}) as Record<string, unknown>);
      if (entries.length) lastEntry = entries[0];
      return set(items);
    });
    await handleCapture(db, registry, info, tab, journal);
    expect(await listEvidence(db, KEY)).toHaveLength(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('+1');

    // The stop came between the badge and the journal removal: the next worker finds it again.
    await set({ pendingCaptures: { [(lastEntry as { id: string }).id]: lastEntry } });
    await resumeCaptures(db, new CaptureJournal());
    expect(await listEvidence(db, KEY)).toHaveLength(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('+1');
    expect(executeScript).toHaveBeenCalledTimes(1); // the stored selection is used, the page not read again
    expect(await journaled()).toEqual({});
  });

  it('still captures a selection too large for the journal, only not durably', async () => {
    executeScript.mockResolvedValue(pageRead);
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const entries = Object.values((items.pendingCaptures ?? {}) as Record<string, { selection: unknown }>);
      if (entries.some((e) => e.selection !== null)) throw new Error('Resource::kQuotaBytes quota exceeded');
      return set(items);
    });
    await handleCapture(db, registry, info, tab, new CaptureJournal());
    expect(await listEvidence(db, KEY)).toHaveLength(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('+1');
    expect(await journaled()).toEqual({});
  });

  it('is finished by the click alone when a resume runs at the same time (the click woke the worker)', async () => {
    executeScript.mockResolvedValue(pageRead);
    const journal = new CaptureJournal();
    await Promise.all([handleCapture(db, registry, info, tab, journal), resumeCaptures(db, journal)]);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await listEvidence(db, KEY)).toHaveLength(1);
  });

  it(`is given up, with the failure on the badge, after ${MAX_CAPTURE_ATTEMPTS} interrupted attempts`, async () => {
    const entry = { ...pendingFor('c1', info, tab, { key: KEY, ticketId: '4102' }, '2026-11-27T09:00:00.000Z'), attempts: MAX_CAPTURE_ATTEMPTS };
    await fakeBrowser.storage.session.set({ pendingCaptures: { c1: entry, broken: { id: 'broken' } } });
    await resumeCaptures(db, new CaptureJournal());
    expect(executeScript).not.toHaveBeenCalled();
    expect(await listEvidence(db, KEY)).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toContain(`interrupted ${MAX_CAPTURE_ATTEMPTS} times`);
    // The damaged entry is dropped with it: nothing is left to wake the worker for.
    expect(await journaled()).toEqual({});
  });

  it('keeps only what a retry needs from the click, never the whole tab', () => {
    const entry = pendingFor('c2', info, { ...tab, url: 'https://app.datadoghq.com/logs', favIconUrl: 'x', status: 'complete' } as Browser.tabs.Tab, null, '2026-11-27T09:00:00.000Z');
    expect(entry.tab).toEqual({ id: 9, url: 'https://app.datadoghq.com/logs', title: 'Log Explorer | Datadog' });
    expect(entry.info).toEqual({ frameId: 0, selectionText: info.selectionText, pageUrl: 'https://app.datadoghq.com/logs' });
    expect(entry.ticketKey).toBe('');
  });
});
