import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { COLLAPSED_KEY } from '@/lib/schema/keys';
import { isBuiltInHelpdeskHost } from '@/lib/sites/hosts';
import { send } from './send';

const WIDTH = 360;

/**
 * Mounts the sidebar as an extension iframe on the right edge, inside a closed shadow root so
 * host CSS cannot reach it and our styles cannot reach the host. When collapsed, only a small
 * handle stays, to reopen it. The collapsed state lives in storage.local (remembered, and shared
 * with the sidebar's own button and the keyboard shortcut).
 *
 * sidebar.html may be framed only on the built-in helpdesks (its web_accessible_resources
 * matches). On a custom domain Chrome shows it in the browser's side panel instead, and this page
 * gets only the handle, which asks the background to open that panel. Firefox (MV2, no side panel,
 * no WAR matches) frames it everywhere.
 */
export function mountSidebar(ctx: ContentScriptContext): { toggle: () => Promise<void> } {
  const host = document.createElement('deskside-sidebar');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `
    :host { all: initial; }
    iframe { position: fixed; top: 0; right: 0; width: ${WIDTH}px; height: 100vh; border: 0;
      border-left: 1px solid #d8dcde; z-index: 2147483646; background: #fff;
      box-shadow: -2px 0 8px rgba(0,0,0,.08); color-scheme: light; }
    button { position: fixed; right: 0; top: 45vh; z-index: 2147483646; font: 600 12px system-ui;
      writing-mode: vertical-rl; padding: 10px 4px; border: 1px solid #d8dcde; border-right: 0;
      border-radius: 6px 0 0 6px; background: #1f73b7; color: #fff; cursor: pointer; }
    [hidden] { display: none !important; }`;
  const handle = document.createElement('button');
  handle.type = 'button';
  handle.textContent = 'Deskside';
  handle.title = 'Show the Deskside sidebar (Alt+Shift+D)';
  handle.setAttribute('aria-label', 'Show the Deskside sidebar');
  root.append(style, handle);
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());

  if (!import.meta.env.FIREFOX && !isBuiltInHelpdeskHost(location.host)) {
    host.dataset.panel = 'side';
    // Sent straight from the click: the background opens the panel while the gesture still counts.
    handle.addEventListener('click', () => void send({ type: 'open-panel' }).catch((e: unknown) => console.error(e)));
    return { toggle: async () => {} };
  }

  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL('/sidebar.html');
  frame.title = 'Deskside';
  // '*', not the default 'src': use_dynamic_url gives the frame an origin its src does not name.
  frame.allow = 'clipboard-write *';
  root.append(frame);

  const apply = (collapsed: boolean) => {
    frame.hidden = collapsed;
    handle.hidden = !collapsed;
    host.dataset.collapsed = String(collapsed);
  };
  const setCollapsed = (collapsed: boolean) => browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
  const toggle = async () => {
    const stored = (await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY];
    await setCollapsed(stored !== true);
  };

  handle.addEventListener('click', () => void setCollapsed(false));
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[COLLAPSED_KEY];
    if (area === 'local' && change) apply(change.newValue === true);
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  // Both stay hidden until the remembered state is known: no flash of an unwanted sidebar.
  frame.hidden = true;
  handle.hidden = true;
  void browser.storage.local.get(COLLAPSED_KEY).then((s) => apply(s[COLLAPSED_KEY] === true));
  return { toggle };
}
