import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { CAPTURE_MENU_ID, FALLBACK_NOTE, clearCaptureBadge, handleCapture, setupCapture } from '@/entrypoints/background/capture';
import { TabRegistry } from '@/entrypoints/background/registry';
import { DesksideDb } from '@/lib/db/database';
import { listEvidence } from '@/lib/db/evidence';

const LOG = [
  '2026-11-24T09:14:02.118Z ERROR webhook-dispatcher delivery failed status=503 request_id=9f1c2a7e-4b3d-4e8f-9a61-0c5d7e2b1f44',
  'Authorization: Bearer sk_live_51Hq8cT2eZvKYlo2C9xQ7pLmN',
  '2026-11-24T09:14:05.402Z WARN webhook-dispatcher retry 1/5 for order.created',
].join('\n');
const ZD_TICKET = { site: 'zendesk', host: 'acme-support.zendesk.com', ticketId: '4102', url: 'https://acme-support.zendesk.com/agent/tickets/4102' } as const;
const info = (over: Partial<Browser.contextMenus.OnClickData> = {}) =>
  ({ menuItemId: CAPTURE_MENU_ID, editable: false, frameId: 0, pageUrl: 'https://app.datadoghq.com/logs?token=abc', selectionText: LOG.replace(/\n/g, ' '), ...over }) as Browser.contextMenus.OnClickData;
const tab = { id: 9, index: 0, title: 'Log Explorer | Datadog' } as Browser.tabs.Tab;

let db: DesksideDb;
let registry: TabRegistry;
let n = 0;
const executeScript = vi.fn();

type ClickListener = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => void;
/** A minimal context-menu API: fakeBrowser has none. Items by id, and the click listeners. */
function stubMenus() {
  const items = new Map<string, unknown>();
  const listeners: ClickListener[] = [];
  Object.assign(fakeBrowser, {
    contextMenus: {
      create: (props: { id: string }) => {
        if (items.has(props.id)) throw new Error(`Cannot create item with duplicate id ${props.id}`);
        items.set(props.id, props);
      },
      remove: async (id: string) => {
        if (!items.delete(id)) throw new Error(`Cannot find menu item with id ${id}`);
      },
      onClicked: { addListener: (l: ClickListener) => listeners.push(l) },
    },
  });
  return { items, click: (i: Browser.contextMenus.OnClickData, t?: Browser.tabs.Tab) => listeners.forEach((l) => l(i, t)) };
}
let menus: ReturnType<typeof stubMenus>;

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  // fakeBrowser implements neither scripting nor contextMenus.
  Object.assign(fakeBrowser.scripting, { executeScript });
  menus = stubMenus();
  db = new DesksideDb(`capture-${++n}`);
  registry = new TabRegistry();
});
afterEach(async () => {
  await db.delete();
});

const pageReturns = (text: string) =>
  executeScript.mockResolvedValue([{ frameId: 0, documentId: 'd', result: { text, url: 'https://app.datadoghq.com/logs', title: 'Log Explorer | Datadog' } }]);

describe('Capture to Deskside', () => {
  it('reads the selection through scripting, keeps its lines, redacts, and attaches it to the active ticket', async () => {
    pageReturns(LOG);
    await registry.set(3, ZD_TICKET);
    await registry.focused(3);
    await registry.focused(9); // the Datadog tab, which shows no ticket
    const row = await handleCapture(db, registry, info(), tab);
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 9, frameIds: [0] } }));
    expect(row?.ticketKey).toBe('zendesk:acme-support.zendesk.com:4102');
    expect(row?.via).toBe('scripting');
    expect(row?.note).toBeNull();
    const [stored] = await listEvidence(db, 'zendesk:acme-support.zendesk.com:4102');
    expect(stored?.evidence.text.split('\n')).toHaveLength(3);
    expect(stored?.evidence.text).not.toContain('sk_live_51Hq8cT2eZvKYlo2C9xQ7pLmN');
    expect(stored?.evidence.timestamps).toHaveLength(2);
    expect(stored?.evidence.source.title).toBe('Log Explorer | Datadog');
  });

  it('creates the menu item once however often the browser installs or starts it', async () => {
    setupCapture(db, registry);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect([...menus.items.keys()]).toEqual([CAPTURE_MENU_ID]));
    expect(menus.items.get(CAPTURE_MENU_ID)).toMatchObject({ title: 'Capture to Deskside', contexts: ['selection'] });
  });

  it('confirms each click on the badge with what was found, and clears it when the alarm fires', async () => {
    pageReturns(LOG);
    await fakeBrowser.action.setTitle({ title: 'Deskside KPIs' });
    setupCapture(db, registry);
    menus.click(info(), tab);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('+1'));
    menus.click(info(), tab); // the same selection again, a moment later: a second capture
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('+2'));
    expect(await fakeBrowser.action.getTitle({})).toMatch(/unattached.*2 timestamps/);
    const alarm = await fakeBrowser.alarms.get('deskside-capture-badge');
    expect(alarm).toBeDefined();
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    expect(await fakeBrowser.action.getTitle({})).toBe('Deskside KPIs');
  });

  it('falls back to selectionText where the page refuses scripting, and says line breaks may be lost', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const row = await handleCapture(db, registry, info({ pageUrl: 'chrome://settings/' }), tab);
    expect(row?.via).toBe('selectionText');
    expect(row?.note).toBe(FALLBACK_NOTE);
    expect(row?.ticketKey).toBe('');
    expect(row?.evidence.text).not.toContain('sk_live_51Hq8cT2eZvKYlo2C9xQ7pLmN');
    expect(row?.evidence.source.url).toBe('chrome://settings/');
  });

  it('redacts secrets in the source URL too', async () => {
    executeScript.mockResolvedValue([{ frameId: 0, documentId: 'd', result: { text: LOG, url: 'https://admin:hunter2pass@grafana.example.com/explore', title: 'Explore' } }]);
    const row = await handleCapture(db, registry, info(), tab);
    expect(row?.evidence.source.url).not.toContain('hunter2pass');
  });

  it('stores nothing when nothing was selected', async () => {
    pageReturns('   ');
    expect(await handleCapture(db, registry, info({ selectionText: '' }), tab)).toBeNull();
    expect(await db.evidence.count()).toBe(0);
    // Opening Deskside with no capture badge up leaves the action (the popup's title) alone.
    await fakeBrowser.action.setTitle({ title: 'Deskside KPIs' });
    await clearCaptureBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Deskside KPIs');
  });
});
