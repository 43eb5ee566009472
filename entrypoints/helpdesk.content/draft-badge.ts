import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '@/lib/sites/adapter';

/**
 * A small badge by the reply editor saying what the pre-send check found. It sits in its own
 * closed shadow root, positioned over the page (never inside the host's DOM or styles), and only
 * while there is something to say.
 */
export function mountDraftBadge(ctx: ContentScriptContext, adapter: SiteAdapter) {
  const host = document.createElement('deskside-draft-badge');
  const root = host.attachShadow({ mode: 'closed' });
  const badge = document.createElement('div');
  badge.setAttribute('role', 'status');
  const style = document.createElement('style');
  style.textContent = `
    :host { all: initial; }
    div { position: fixed; z-index: 2147483646; font: 600 12px/1.3 system-ui, sans-serif; max-width: 320px;
      padding: 4px 8px; border-radius: 4px; color: #fff; background: #cc3340; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
    div.warning { background: #ad5918; }
    div.info { background: #1f73b7; }
    [hidden] { display: none !important; }`;
  root.append(style, badge);
  badge.hidden = true;
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());

  return (result: { count: number; worst: 'error' | 'warning' | 'info' | null; summary: string }) => {
    const editor = document.querySelector(adapter.composerSelectors.join(','));
    if (!result.count || !editor) {
      badge.hidden = true;
      host.dataset.count = '0';
      return;
    }
    const rect = editor.getBoundingClientRect();
    badge.className = result.worst ?? 'error';
    badge.textContent = `Deskside: ${result.summary}`;
    badge.style.left = `${Math.max(4, rect.left)}px`;
    badge.style.top = `${Math.max(4, rect.top - 28)}px`;
    badge.hidden = false;
    host.dataset.count = String(result.count);
  };
}
