import { browser, type Browser } from 'wxt/browser';
import { isBuiltInHelpdeskHost } from '@/lib/sites/hosts';
import type { TicketRef } from '@/lib/schema/messages';

// sidebar.html may be framed only on the built-in helpdesks (web_accessible_resources matches
// cannot grow when the user grants a custom domain). On a custom domain Chrome shows the sidebar in
// its side panel: a panel per tab, following that tab. Firefox has no side panel (and frames it).

/** The side panel page of one tab: the sidebar, told which tab to follow. */
export const panelPath = (tabId: number) => `sidebar.html?tab=${tabId}`;

/** Chrome's sidePanel API; undefined in Firefox. */
function sidePanel(): typeof browser.sidePanel | undefined {
  return (browser as { sidePanel?: typeof browser.sidePanel }).sidePanel;
}

function hostOf(url: string | undefined): string | null {
  return url && URL.canParse(url) ? new URL(url).host : null;
}

/** True when a page at this URL gets the side panel rather than the framed sidebar. */
export function usesSidePanel(url: string | undefined): boolean {
  const host = hostOf(url);
  return !!sidePanel() && url?.startsWith('https://') === true && !!host && !isBuiltInHelpdeskHost(host);
}

/**
 * Opens a tab's side panel. Call it synchronously from the listener of a user action (the click on
 * the page's handle, the shortcut): Chrome refuses once an await has passed, which is why the
 * panel is configured beforehand, when the tab registers its ticket.
 */
export function openPanel(tabId: number): Promise<void> {
  const panel = sidePanel();
  if (!panel) return Promise.reject(new Error('this browser has no side panel'));
  return panel.open({ tabId });
}

/**
 * The shortcut (Alt+Shift+D) on a custom-domain tab: opens its side panel, within the gesture, and
 * returns true. False where the shortcut toggles the framed sidebar instead.
 */
export function shortcutOpensPanel(tab: Browser.tabs.Tab): boolean {
  if (tab.id === undefined || !usesSidePanel(tab.url)) return false;
  openPanel(tab.id).catch(() => {
    // No ticket has been opened in that tab yet: it has no panel to show.
  });
  return true;
}

const report = (e: unknown) => console.error('Deskside: side panel', e);
/** Tabs whose panel this worker has configured (a restarted worker configures again: harmless). */
const configured = new Set<number>();

/**
 * A tab opened a ticket: on a custom domain, make its side panel ready to open (a click on the
 * handle cannot wait for this). Never fails the ticket: a panel that cannot be set is logged.
 */
export async function preparePanel(tabId: number, ref: TicketRef): Promise<void> {
  const panel = sidePanel();
  if (!panel || isBuiltInHelpdeskHost(ref.host) || configured.has(tabId)) return;
  configured.add(tabId);
  await panel.setOptions({ tabId, path: panelPath(tabId), enabled: true }).catch(report);
}

/**
 * Takes a tab's side panel away when the tab navigates off the custom domain, and keeps every
 * other tab without one: the global panel (the manifest's default) is disabled.
 */
export function servePanels(): void {
  const panel = sidePanel();
  if (!panel) return;
  void panel.setOptions({ enabled: false }).catch(report);
  browser.tabs.onUpdated.addListener((tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
    if (change.status !== 'loading' && change.url === undefined) return;
    // A page Deskside may serve (a granted custom domain) keeps the panel: it follows the tab's
    // tickets. Anywhere else (tab.url unreadable, or a built-in helpdesk) the panel goes.
    if (usesSidePanel(tab.url)) return;
    configured.delete(tabId);
    void panel
      .getOptions({ tabId })
      .then((o) => (o.enabled && o.path === panelPath(tabId) ? panel.setOptions({ tabId, enabled: false }) : undefined))
      .catch(report);
  });
  browser.tabs.onRemoved.addListener((tabId) => configured.delete(tabId));
}
