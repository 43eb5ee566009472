import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { describeZodError, SIDEBAR_PORT, SidebarPush, type SidebarRequest } from '@/lib/schema';
import type { HygieneFinding } from '@/lib/schema/hygiene';
import { panelTabId } from '@/components/panel-tab';

/** Reconnections after a worker stopped while starting: 0.2 + 0.4 + 0.8 + 1.6 + 3.2 s at most. */
const MAX_RETRIES = 5;

export type ViewState =
  | { kind: 'connecting' }
  | { kind: 'view'; push: Extract<SidebarPush, { type: 'view' }> }
  | { kind: 'error'; error: string };

/**
 * The ticket of the tab this sidebar is framed in (in a side panel, the tab it names), live from
 * the background. The port is reopened when the background's service worker restarts (Chromium
 * stops idle workers).
 */
export function useTicketView(): { state: ViewState; draft: HygieneFinding[] } {
  const [state, setState] = useState<ViewState>({ kind: 'connecting' });
  const [draft, setDraft] = useState<HygieneFinding[]>([]);
  useEffect(() => {
    let closed = false;
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    // Set once the background has answered this sidebar: from then on a port closed before any
    // answer is a worker stopped while starting (Chromium may stop it again at once), not a refusal.
    let everServed = false;
    let retries = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      let served = false;
      port = browser.runtime.connect({ name: SIDEBAR_PORT });
      port.onMessage.addListener((raw: unknown) => {
        served = everServed = true;
        retries = 0;
        const parsed = SidebarPush.safeParse(raw);
        if (!parsed.success) {
          setState({ kind: 'error', error: `Unexpected data from Deskside: ${describeZodError(parsed.error)}` });
        } else if (parsed.data.type === 'error') {
          setState({ kind: 'error', error: parsed.data.error });
        } else if (parsed.data.type === 'draft') {
          setDraft(parsed.data.findings);
        } else {
          setState({ kind: 'view', push: parsed.data });
        }
      });
      // Reconnect a port that worked at once. One closed before any answer is retried a few times,
      // backing off, only if this sidebar was served before: a refusal from the start is final.
      port.onDisconnect.addListener(() => {
        if (closed) return;
        if (served) connect();
        else if (everServed && retries < MAX_RETRIES) retryTimer = setTimeout(connect, 200 * 2 ** retries++);
        else setState({ kind: 'error', error: 'Deskside could not connect to its background.' });
      });
      const request: SidebarRequest = { type: 'subscribe', tabId: panelTabId() };
      port.postMessage(request);
    };
    connect();
    return () => {
      closed = true;
      clearTimeout(retryTimer);
      port?.disconnect();
    };
  }, []);
  return { state, draft };
}

/** The current time, refreshed every 30 s so relative times ("in 2 h") stay true. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(id);
  }, []);
  return now;
}
