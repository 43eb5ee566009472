import { liveQuery, type Subscription } from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import type { DesksideDb } from '@/lib/db/database';
import { loadHistory, loadSnapshot } from '@/lib/db/snapshots';
import {
  describeZodError,
  SIDEBAR_PORT,
  SidebarRequest,
  ticketKey,
  type SidebarPush,
  type TicketRef,
} from '@/lib/schema';
import type { DraftChecks } from './drafts';
import type { TabRegistry } from './registry';
import { actingTab, fromOwnPage } from './senders';

/**
 * Serves sidebars over long-lived ports: each sidebar follows the ticket of the tab it is framed
 * in (in Chrome's side panel, the tab it names), and gets a new view whenever that ticket's cached
 * data changes (Dexie liveQuery).
 */
export function serveSidebars(db: DesksideDb, registry: TabRegistry, drafts: DraftChecks): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SIDEBAR_PORT) return;
    // Only this extension's own pages may connect: never a content script or another extension.
    if (!fromOwnPage(port.sender)) {
      port.disconnect();
      return;
    }
    followTab(db, registry, drafts, port);
  });
}

function followTab(
  db: DesksideDb,
  registry: TabRegistry,
  drafts: DraftChecks,
  port: Browser.runtime.Port,
) {
  // Known once the sidebar subscribes: its own tab when framed, the one it names in a side panel.
  let tabId: number | undefined;
  let subscription: Subscription | undefined;
  let current: string | null | undefined;
  const send = (push: SidebarPush) => port.postMessage(push);

  const watch = (ref: TicketRef | null) => {
    const key = ref ? ticketKey(ref) : null;
    if (key === current) return;
    current = key;
    subscription?.unsubscribe();
    subscription = undefined;
    if (!ref || !key) {
      send({ type: 'view', ref: null, snapshot: null, history: [] });
      return;
    }
    subscription = liveQuery(async () => ({
      snapshot: (await loadSnapshot(db, key)) ?? null,
      history: await loadHistory(db, key),
    })).subscribe({
      next: ({ snapshot, history }) => send({ type: 'view', ref, snapshot, history }),
      error: (e: unknown) => send({ type: 'error', error: `Couldn't read the cache: ${String(e)}` }),
    });
  };

  const unlisten = registry.onChange((changedTab, ref) => {
    if (changedTab === tabId) watch(ref);
  });
  const unlistenDrafts = drafts.onChange((changedTab, findings) => {
    if (changedTab === tabId) send({ type: 'draft', findings });
  });
  port.onMessage.addListener((raw: unknown) => {
    const parsed = SidebarRequest.safeParse(raw);
    if (!parsed.success) {
      send({ type: 'error', error: `invalid request: ${describeZodError(parsed.error)}` });
      return;
    }
    tabId = actingTab(port.sender, parsed.data.tabId);
    if (tabId === undefined) {
      send({ type: 'error', error: 'This sidebar follows no tab: open it from a helpdesk ticket.' });
      return;
    }
    current = undefined;
    void registry.get(tabId).then(watch);
    // A worker that never saw this tab's draft asks for it rather than clearing the warning shown.
    if (drafts.known(tabId)) send({ type: 'draft', findings: drafts.findings(tabId) });
    else drafts.recheck(tabId);
  });
  port.onDisconnect.addListener(() => {
    unlisten();
    unlistenDrafts();
    subscription?.unsubscribe();
  });
}
