// What the content script needs from a helpdesk site. Zendesk and Jira each provide one; the
// watcher (entrypoints/helpdesk.content) and everything after it never know which site it is.
// Runs in the content script: no classic zod here or in an adapter (see lib/schema/snapshot-base.ts).
import type { TicketRef } from '../schema/messages';
import type { TicketSnapshot } from '../schema/ticket';

export interface FetchSnapshotOptions {
  /** The helpdesk origin; every request stays on it. */
  origin: string;
  ticketId: string;
  /** The agent-facing URL stored in the snapshot. */
  url: string;
  fetch: typeof fetch;
  signal?: AbortSignal;
}

/** What the agent is typing in the reply editor, and whether it would go out publicly. */
export interface Draft {
  text: string;
  public: boolean;
}

export interface SiteAdapter {
  site: TicketRef['site'];
  /** True when this page belongs to the site (URL or page markers such as Jira's meta tag). */
  matchesPage(doc: Document, href: string): boolean;
  /** The ticket id (Zendesk number, Jira key) the URL shows, or null when it shows none. */
  ticketIdFromUrl(href: string): string | null;
  /** The ticket as the page shows it; never throws, notices for what it could not read. */
  readDom(doc: Document, ref: { host: string; ticketId: string; url: string }, capturedAt: string): TicketSnapshot;
  /** The ticket from the site's REST API with the agent's session; never rejects except on abort. */
  fetchSnapshot(opts: FetchSnapshotOptions): Promise<TicketSnapshot>;
  /** Selectors of the reply editor(s), so typing there can be noticed cheaply. */
  composerSelectors: readonly string[];
  /** The current draft of the open ticket's reply, or null when empty. */
  readDraft(doc: Document): Draft | null;
  /** Puts text at the caret of the open ticket's reply editor (as typing would); false if none. */
  insertText(doc: Document, text: string): boolean;
}
