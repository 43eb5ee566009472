import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { describeZodError, SIDEBAR_PORT, SidebarPush, type SidebarRequest } from '@/lib/schema';
import type { HygieneFinding } from '@/lib/schema/hygiene';
import { panelTabId } from '@/components/panel-tab';

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
    const connect = () => {
      let served = false;
      port = browser.runtime.connect({ name: SIDEBAR_PORT });
      port.onMessage.addListener((raw: unknown) => {
        served = true;
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
      // Reconnect only a port that worked: one refused at once would be refused again.
      port.onDisconnect.addListener(() => {
        if (closed) return;
        if (served) connect();
        else setState({ kind: 'error', error: 'Deskside could not connect to its background.' });
      });
      const request: SidebarRequest = { type: 'subscribe', tabId: panelTabId() };
      port.postMessage(request);
    };
    connect();
    return () => {
      closed = true;
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
