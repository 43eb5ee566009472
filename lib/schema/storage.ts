// What Deskside tells the user when the browser refuses to store more (QuotaExceededError), and
// the small queue that keeps a draft or capture it could not write until space frees up. Both live
// in storage.local (a different store from IndexedDB, so they can still be written).
import { z } from 'zod';
import { EscalationDraft } from './escalation';
import { EvidenceRowSchema } from './evidence-rpc';

export const STORAGE_NOTICE_KEY = 'storageNotice';
export const STORAGE_FALLBACK_KEY = 'storageFallback';

const Count = z.number().int().nonnegative();

/** What pruning removed to make room. */
export const Pruned = z.object({
  /** Tickets last captured before the retention window, with their history and links. */
  tickets: Count,
  /** History entries older than the retention window, of tickets still kept. */
  historyEntries: Count,
  /** The persisted knowledge-base search index (rebuilt on next use). */
  kbIndex: z.boolean(),
  /** Articles cached from live JSM/Confluence searches (searched again on next ticket). */
  liveArticles: Count,
  /** About how much was removed, in bytes of JSON. */
  bytes: Count,
});
export type Pruned = z.infer<typeof Pruned>;

export const NOTHING_PRUNED: Pruned = { tickets: 0, historyEntries: 0, kbIndex: false, liveArticles: 0, bytes: 0 };

/** The persisted storage notice, shown by the sidebar and popup until dismissed. */
export const StorageNotice = z.object({
  at: z.iso.datetime({ offset: true }),
  retentionDays: z.number().int().positive(),
  removed: Pruned,
  /** What could not be written and is not kept anywhere (e.g. "the latest read of ticket 4102"). */
  unsaved: z.array(z.string()),
  /** Drafts and captures kept in the fallback queue, written when space frees up. */
  queued: z.array(z.string()),
});
export type StorageNotice = z.infer<typeof StorageNotice>;

/** A draft or capture IndexedDB refused, kept until it can be written. */
export const FallbackItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft'), ticketKey: z.string().min(1), draft: EscalationDraft, at: z.iso.datetime({ offset: true }), label: z.string() }),
  z.object({ kind: z.literal('capture'), row: EvidenceRowSchema, label: z.string() }),
]);
export type FallbackItem = z.infer<typeof FallbackItem>;

/** One item per draft (the latest) or capture: what replaces what in the queue. */
export const fallbackId = (item: FallbackItem): string => (item.kind === 'draft' ? `draft:${item.ticketKey}` : `capture:${item.row.id}`);
