// Captures in progress, kept in storage.session so that a service worker stopped between the
// context-menu click and the save does not lose the click: the next worker (woken by any event,
// or by the resume alarm) finishes it. Each entry fixes, at the click, what the capture will be:
// the moment (so the evidence id derived from moment and text is the same on every attempt, and
// a retry finds the saved row instead of adding a second) and the ticket it attaches to; once
// the selection is read it is stored redacted, so a retry never reads the page again.
// storage.session lives in memory only and is cleared with the browser.
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import type { EvidenceRow } from '@/lib/db/database';

const JOURNAL_KEY = 'pendingCaptures';
/** Wakes a stopped worker to finish a capture when no other event does. */
export const CAPTURE_RESUME_ALARM = 'deskside-capture-resume';
/** A capture whose worker was stopped this often is given up (and the failure shown). */
export const MAX_CAPTURE_ATTEMPTS = 3;

export const ReadSelection = z.object({
  /** Redacted. */
  text: z.string(),
  redactions: z.record(z.string(), z.number()),
  via: z.enum(['scripting', 'selectionText']),
  note: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
});
export type ReadSelection = z.infer<typeof ReadSelection>;

export const PendingCapture = z.object({
  id: z.string().min(1),
  capturedAt: z.string(),
  /** '' = the unattached list. */
  ticketKey: z.string(),
  ticketId: z.string().nullable(),
  info: z.object({
    frameId: z.number().int().optional(),
    selectionText: z.string().optional(),
    frameUrl: z.string().optional(),
    pageUrl: z.string().optional(),
  }),
  tab: z.object({ id: z.number().int().optional(), url: z.string().optional(), title: z.string().optional() }).nullable(),
  /** Null until the page's selection has been read. */
  selection: ReadSelection.nullable(),
  attempts: z.number().int().positive(),
});
export type PendingCapture = z.infer<typeof PendingCapture>;

// Only the fields a retry needs: the click's info and tab carry more (and Chrome may add some).
const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Pick<T, K>;

/** The entry for a click, before anything slow happens. */
export function pendingFor(
  id: string,
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
  ticket: { key: string; ticketId: string } | null,
  capturedAt: string,
): PendingCapture {
  return {
    id,
    capturedAt,
    ticketKey: ticket?.key ?? '',
    ticketId: ticket?.ticketId ?? null,
    info: pick(info, ['frameId', 'selectionText', 'frameUrl', 'pageUrl'] as const),
    tab: tab ? pick(tab, ['id', 'url', 'title'] as const) : null,
    selection: null,
    attempts: 1,
  };
}

const Journal = z.record(z.string(), z.unknown());

/** The stored entries and, in memory, which of them this worker is working on. */
export class CaptureJournal {
  private claimed = new Set<string>();
  private writes: Promise<unknown> = Promise.resolve();

  /** Entries parse one by one: a damaged one is dropped, the others kept. */
  async entries(): Promise<PendingCapture[]> {
    const raw = Journal.catch({}).parse((await browser.storage.session.get(JOURNAL_KEY))[JOURNAL_KEY] ?? {});
    return Object.values(raw).flatMap((v) => {
      const r = PendingCapture.safeParse(v);
      return r.success ? [r.data] : [];
    });
  }

  // Read-modify-write of one key: serialized so two captures at once cannot drop each other.
  private change(edit: (all: PendingCapture[]) => PendingCapture[]): Promise<void> {
    const run = this.writes.then(async () => {
      const before = await this.entries();
      const after = edit(before);
      await browser.storage.session.set({ [JOURNAL_KEY]: Object.fromEntries(after.map((e) => [e.id, e])) });
      // The alarm is set when a capture is added and cleared when none is left (not on every step).
      if (after.length > before.length) await browser.alarms.create(CAPTURE_RESUME_ALARM, { delayInMinutes: 0.5 });
      else if (!after.length) await browser.alarms.clear(CAPTURE_RESUME_ALARM);
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  /** Marks an entry as this worker's; false when it already is (a click and a resume racing). */
  claim(id: string): boolean {
    if (this.claimed.has(id)) return false;
    this.claimed.add(id);
    return true;
  }

  put(entry: PendingCapture): Promise<void> {
    return this.change((all) => [...all.filter((e) => e.id !== entry.id), entry]);
  }

  /** Done or given up: forgotten here and in storage. */
  remove(id: string): Promise<void> {
    this.claimed.delete(id);
    return this.change((all) => all.filter((e) => e.id !== id));
  }
}

/** The badge title for a stored capture. */
export function capturedWhere(entry: PendingCapture, summary: string): string {
  const where = entry.ticketId ? `Captured to ticket ${entry.ticketId}` : 'Captured (unattached: open Deskside on a ticket to attach it)';
  return `${where}: ${summary}${entry.selection?.note ? ` (${entry.selection.note})` : ''}`;
}

/** The row a finished entry stores. */
export function rowFor(entry: PendingCapture, evidence: EvidenceRow['evidence']): EvidenceRow {
  const via = entry.selection?.via ?? 'selectionText';
  return { id: evidence.id, ticketKey: entry.ticketKey, capturedAt: entry.capturedAt, via, note: entry.selection?.note ?? null, evidence };
}
