import { browser } from 'wxt/browser';
import { TicketRef } from '@/lib/schema';
import { z } from 'zod';

const STORAGE_KEY = 'tabTickets';
const FOCUS_KEY = 'focusedTicketTabs';
const Stored = z.record(z.string(), TicketRef);
const Focus = z.array(z.number().int());

type Listener = (tabId: number, ref: TicketRef | null) => void;

/**
 * Which tab shows which ticket. Mirrored to storage.session so a restarted service worker
 * still knows; the most recently focused helpdesk tab is the "active ticket".
 */
export class TabRegistry {
  private tabs = new Map<number, TicketRef>();
  /** Tabs in the order the user last focused them, most recent last. */
  private focus: number[] = [];
  private listeners = new Set<Listener>();
  private loaded: Promise<void>;

  constructor() {
    this.loaded = this.restore();
  }

  private async restore(): Promise<void> {
    const stored = await browser.storage.session.get([STORAGE_KEY, FOCUS_KEY]);
    const parsed = Stored.safeParse(stored[STORAGE_KEY] ?? {});
    if (parsed.success) for (const [tab, ref] of Object.entries(parsed.data)) this.tabs.set(Number(tab), ref);
    const focus = Focus.safeParse(stored[FOCUS_KEY] ?? []);
    if (focus.success) this.focus = focus.data;
  }

  private persist(): Promise<void> {
    return browser.storage.session.set({ [STORAGE_KEY]: Object.fromEntries(this.tabs), [FOCUS_KEY]: this.focus });
  }

  /** Records that the user focused a tab (tab switch, window switch, or a ticket opened in it). */
  async focused(tabId: number): Promise<void> {
    await this.loaded;
    this.focus = [...this.focus.filter((t) => t !== tabId), tabId].slice(-50);
    await this.persist();
  }

  /**
   * The active ticket: the one in the most recently focused tab that shows a ticket. Evidence
   * captured from any other page attaches to it.
   */
  async activeTicket(): Promise<{ tabId: number; ref: TicketRef } | null> {
    await this.loaded;
    for (const tabId of [...this.focus].reverse()) {
      const ref = this.tabs.get(tabId);
      if (ref) return { tabId, ref };
    }
    return null;
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

  /** A closed tab: it shows nothing and can no longer be the focused one. */
  async remove(tabId: number): Promise<void> {
    await this.loaded;
    this.focus = this.focus.filter((t) => t !== tabId);
    await this.set(tabId, null);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
