import { browser } from 'wxt/browser';
import { TicketRef } from '@/lib/schema';
import { z } from 'zod';

const STORAGE_KEY = 'tabTickets';
const Stored = z.record(z.string(), TicketRef);

type Listener = (tabId: number, ref: TicketRef | null) => void;

/**
 * Which tab shows which ticket. Mirrored to storage.session so a restarted service worker
 * still knows; the most recently focused helpdesk tab is the "active ticket".
 */
export class TabRegistry {
  private tabs = new Map<number, TicketRef>();
  private listeners = new Set<Listener>();
  private loaded: Promise<void>;

  constructor() {
    this.loaded = this.restore();
  }

  private async restore(): Promise<void> {
    const raw = (await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY];
    const parsed = Stored.safeParse(raw ?? {});
    if (!parsed.success) return;
    for (const [tab, ref] of Object.entries(parsed.data)) this.tabs.set(Number(tab), ref);
  }

  private persist(): Promise<void> {
    return browser.storage.session.set({ [STORAGE_KEY]: Object.fromEntries(this.tabs) });
  }

  async get(tabId: number): Promise<TicketRef | null> {
    await this.loaded;
    return this.tabs.get(tabId) ?? null;
  }

  async set(tabId: number, ref: TicketRef | null): Promise<void> {
    await this.loaded;
    const before = this.tabs.get(tabId);
    if (ref) this.tabs.set(tabId, ref);
    else this.tabs.delete(tabId);
    if (JSON.stringify(before ?? null) === JSON.stringify(ref)) return;
    await this.persist();
    this.listeners.forEach((l) => l(tabId, ref));
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
