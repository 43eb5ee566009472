import { browser, type Browser } from 'wxt/browser';
import { saveSnapshot } from '@/lib/db/snapshots';
import type { DesksideDb } from '@/lib/db/database';
import { ContentMessage, describeZodError, type Reply } from '@/lib/schema';
import type { DraftChecks } from './drafts';
import type { TabRegistry } from './registry';
import { openPanel, preparePanel } from './side-panel';
import { guardedSave } from './storage-guard';

/**
 * Handles one message from a content script. Anything that is not a valid ContentMessage from
 * one of this extension's own content scripts gets an error reply naming the problem.
 */
export async function handleContentMessage(
  db: DesksideDb,
  registry: TabRegistry,
  drafts: DraftChecks,
  raw: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Reply> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'message from another extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'message not sent from a tab' };
  const parsed = ContentMessage.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${describeZodError(parsed.error)}` };
  const message = parsed.data;
  switch (message.type) {
    case 'ticket-opened':
      await registry.set(tabId, message.ticket);
      await preparePanel(tabId, message.ticket);
      // Opening a ticket in the tab the agent is looking at makes it the active ticket.
      if (sender.tab?.active) await registry.focused(tabId);
      return { ok: true };
    case 'ticket-closed':
      await registry.set(tabId, null);
      return { ok: true };
    case 'snapshot':
      // Cached even when the tab has already moved on: a late snapshot is still true data.
      await guardedSave(db, `the latest read of ticket ${message.snapshot.ticketId}`, () => saveSnapshot(db, message.snapshot));
      return { ok: true };
    case 'draft':
      await drafts.check(tabId, message.ticket, message.draft);
      return { ok: true };
    case 'open-panel':
      // No await comes before this call: Chrome opens a side panel only within the click's gesture.
      return openPanel(tabId).then(
        () => ({ ok: true }),
        (e: unknown) => ({ ok: false, error: `could not open the side panel: ${e instanceof Error ? e.message : String(e)}` }),
      );
  }
}
