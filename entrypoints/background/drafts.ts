import { browser } from 'wxt/browser';
import { checkDraft } from '@/lib/hygiene';
import type { HygieneFinding } from '@/lib/schema/hygiene';
import type { Draft, TicketRef, ToContentMessage } from '@/lib/schema/messages';
import { loadSettings } from './settings';

type Listener = (tabId: number, findings: HygieneFinding[]) => void;

const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

/**
 * The pre-send check of each tab's reply draft. Drafts are checked and forgotten: neither the
 * text nor the findings are stored, only the latest findings kept in memory for the sidebar.
 */
export class DraftChecks {
  private latest = new Map<number, HygieneFinding[]>();
  private listeners = new Set<Listener>();

  /** Checks a draft (null: the editor is empty), tells the sidebar and the composer badge. */
  async check(tabId: number, ticket: TicketRef, draft: Draft | null): Promise<void> {
    const settings = await loadSettings();
    const findings = draft ? checkDraft(draft, settings.hygiene) : [];
    this.latest.set(tabId, findings);
    this.listeners.forEach((l) => l(tabId, findings));
    const worst = SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s)) ?? null;
    const badge: ToContentMessage = {
      type: 'draft-check',
      count: findings.length,
      worst,
      summary: findings.map((f) => f.message).join(' ') || `Draft for ${ticket.ticketId} looks fine`,
    };
    await browser.tabs.sendMessage(tabId, badge);
  }

  findings(tabId: number): HygieneFinding[] {
    return this.latest.get(tabId) ?? [];
  }

  /** Whether this worker has checked the tab's draft (a restarted one has not). */
  known(tabId: number): boolean {
    return this.latest.has(tabId);
  }

  /**
   * Asks the tab to send its draft again even unchanged: a sidebar connected to a worker started
   * after the last check (Chromium stopped the previous one) then gets the findings the agent saw,
   * without typing. Findings themselves are never stored.
   */
  recheck(tabId: number): void {
    const message: ToContentMessage = { type: 'recheck-draft' };
    // A closed tab makes sendMessage throw at once in some browsers rather than reject.
    Promise.resolve()
      .then(() => browser.tabs.sendMessage(tabId, message))
      .catch(() => {
        // No content script in that tab (not a helpdesk page, or reloading): nothing to check.
      });
  }

  forget(tabId: number): void {
    this.latest.delete(tabId);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
