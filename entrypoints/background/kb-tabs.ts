// The KB reaches Help Center, JSM and Confluence only through a helpdesk tab's content script:
// same-origin requests with the agent's own session, never a credential of the extension's.
import { browser } from 'wxt/browser';
import { FetchReply, type ToContentMessage } from '@/lib/schema/messages';

/** A GET through a helpdesk tab: the page's answer, or why there was none. */
export type TabFetch = (origin: string, path: string) => Promise<FetchReply>;

/** An open tab on this origin, preferring the active one; null when there is none. */
export async function tabOn(origin: string): Promise<number | null> {
  const tabs = await browser.tabs.query({});
  const on = tabs.filter((t) => t.id !== undefined && t.url && safeOrigin(t.url) === origin);
  const pick = on.find((t) => t.active) ?? on[0];
  return pick?.id ?? null;
}

/** The origin of the first open Zendesk tab (the Help Center to sync), or null. */
export async function zendeskOrigin(): Promise<string | null> {
  const tabs = await browser.tabs.query({ url: 'https://*.zendesk.com/*' });
  const sorted = [...tabs].sort((a, b) => Number(b.active) - Number(a.active));
  for (const t of sorted) {
    const o = t.url ? safeOrigin(t.url) : null;
    if (o) return o;
  }
  return null;
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Asks one tab's content script for a JSON path; a tab that cannot answer is an error reply. */
export async function fetchInTab(tabId: number, path: string): Promise<FetchReply> {
  const message: ToContentMessage = { type: 'fetch-json', path };
  try {
    const raw: unknown = await browser.tabs.sendMessage(tabId, message);
    const reply = FetchReply.safeParse(raw);
    return reply.success ? reply.data : { ok: false, error: 'the helpdesk tab gave no usable answer (reload it)' };
  } catch (e) {
    return { ok: false, error: `the helpdesk tab did not answer (${e instanceof Error ? e.message : String(e)}); reload it` };
  }
}

/** fetchInTab on any open tab of the origin. */
export const fetchOnOrigin: TabFetch = async (origin, path) => {
  const tabId = await tabOn(origin);
  if (tabId === null) return { ok: false, error: `no tab is open on ${origin}: open one (signed in) and the sync resumes` };
  return fetchInTab(tabId, path);
};
