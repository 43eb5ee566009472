import { browser } from 'wxt/browser';
import { HELPDESK_MATCHES } from '@/lib/sites/hosts';
import { syncDomains, type DomainState } from '@/lib/schema/domains';
import type { RpcRouter } from './rpc';

const SCRIPT_ID = 'deskside-custom-domains';

const hostOf = (pattern: string) => pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');

/**
 * Makes the registered content script cover exactly the origins the user granted beyond the
 * built-in helpdesks: granting a domain (options page, or the browser's own site-access menu)
 * is the setting, so nothing is injected anywhere the user did not grant.
 */
export async function syncCustomDomains(): Promise<DomainState> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const custom = granted.filter((o) => o.startsWith('https://') && !HELPDESK_MATCHES.includes(o)).sort();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (!custom.length) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  } else {
    const script = {
      id: SCRIPT_ID,
      matches: custom,
      js: ['content-scripts/helpdesk.js'],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    if (existing.length) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
  }
  return { builtIn: HELPDESK_MATCHES.map(hostOf), custom: custom.map(hostOf) };
}

/** Keeps registrations in step with grants, and lets the options page ask for a re-sync. */
export function serveCustomDomains(rpc: RpcRouter): void {
  rpc.handle(syncDomains, () => syncCustomDomains());
  const resync = () => void syncCustomDomains().catch((e: unknown) => console.error('Deskside: custom domains', e));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();
}
