import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DraftChecks } from '@/entrypoints/background/drafts';
import { TabRegistry } from '@/entrypoints/background/registry';
import { serveSidebars } from '@/entrypoints/background/sidebar-port';
import { DesksideDb } from '@/lib/db/database';
import { SIDEBAR_PORT, type SidebarPush } from '@/lib/schema';

type Listener = (message: unknown) => void;

/** A runtime port as the background sees it: what it was sent, and whether it was cut. */
function fakePort(sender: object) {
  const onMessage: Listener[] = [];
  const port = {
    name: SIDEBAR_PORT,
    sender: { id: fakeBrowser.runtime.id, ...sender },
    pushes: [] as SidebarPush[],
    disconnected: false,
    postMessage: (m: SidebarPush) => port.pushes.push(m),
    disconnect: () => {
      port.disconnected = true;
    },
    onMessage: { addListener: (l: Listener) => onMessage.push(l) },
    onDisconnect: { addListener: () => {} },
    /** The sidebar sends a request. */
    send: (m: unknown) => onMessage.forEach((l) => l(m)),
  };
  return port;
}

const own = (path: string) => `chrome-extension://${fakeBrowser.runtime.id}/${path}`;
const ref = (tab: number) => ({ site: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: `${tab}00`, url: `https://acme.zendesk.com/agent/tickets/${tab}00` });

let connect: (port: ReturnType<typeof fakePort>) => void;
let registry: TabRegistry;
let n = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  const listeners: ((port: unknown) => void)[] = [];
  // fakeBrowser does not implement runtime.onConnect.
  Object.assign(fakeBrowser.runtime, { onConnect: { addListener: (l: (port: unknown) => void) => listeners.push(l) } });
  connect = (port) => listeners.forEach((l) => l(port));
  registry = new TabRegistry();
  serveSidebars(new DesksideDb(`port-${++n}`), registry, new DraftChecks());
  await registry.set(3, ref(3));
  await registry.set(9, ref(9));
});

const viewedTicket = (port: ReturnType<typeof fakePort>) =>
  port.pushes.flatMap((p) => (p.type === 'view' ? [p.ref?.ticketId ?? null] : []));

describe('sidebar ports', () => {
  it("cuts a port from a content script, a web page's frame or another extension, before it gets anything", () => {
    const ports = [
      fakePort({ url: 'https://acme.zendesk.com/agent/tickets/300', tab: { id: 3 }, frameId: 0 }),
      fakePort({ url: 'https://evil.example/', tab: { id: 3 }, frameId: 2 }),
      fakePort({ id: 'another-extension', url: 'chrome-extension://another-extension/sidebar.html', tab: { id: 3 } }),
    ];
    for (const port of ports) {
      connect(port);
      port.send({ type: 'subscribe', tabId: 9 });
      expect(port.disconnected).toBe(true);
      expect(port.pushes).toEqual([]);
    }
  });

  it('keeps a framed sidebar on its own tab even when it names another', async () => {
    const port = fakePort({ url: own('sidebar.html'), tab: { id: 3 }, frameId: 4 });
    connect(port);
    port.send({ type: 'subscribe', tabId: 9 });
    await vi.waitFor(() => expect(viewedTicket(port)).toEqual(['300']));
  });

  it('lets the side panel follow the tab it names, and tells a panel that names none', async () => {
    const panel = fakePort({ url: own('sidebar.html?tab=9') });
    connect(panel);
    panel.send({ type: 'subscribe', tabId: 9 });
    await vi.waitFor(() => expect(viewedTicket(panel)).toEqual(['900']));
    const lost = fakePort({ url: own('sidebar.html') });
    connect(lost);
    lost.send({ type: 'subscribe' });
    expect(lost.pushes).toEqual([{ type: 'error', error: 'This sidebar follows no tab: open it from a helpdesk ticket.' }]);
  });
});
