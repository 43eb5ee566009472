import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import type { DesksideDb, EvidenceRow } from '@/lib/db/database';
import { parseRedacted, summarizeEvidence } from '@/lib/evidence';
import { redact } from '@/lib/privacy';
import { ticketKey } from '@/lib/schema/snapshot-base';
import { EVIDENCE_REVISION_KEY } from '@/lib/schema/evidence-rpc';
import { CAPTURE_RESUME_ALARM, CaptureJournal, capturedWhere, MAX_CAPTURE_ATTEMPTS, pendingFor, rowFor, type PendingCapture, type ReadSelection } from './capture-journal';
import type { TabRegistry } from './registry';
import { guardCapture } from './storage-guard';

export const CAPTURE_MENU_ID = 'deskside-capture';
const BADGE_ALARM = 'deskside-capture-badge';
const UNSEEN_KEY = 'unseenCaptures';
const TITLE_KEY = 'titleBeforeCapture';
/** How long the "+N" badge stays when the user does not open Deskside. */
const BADGE_MINUTES = 2;
export const FALLBACK_NOTE =
  'Read from the context menu because this page does not let extensions read it: line breaks may be lost.';

type Selection = Omit<ReadSelection, 'redactions'>;

// Runs in the page (serialized by executeScript): self-contained, no imports. A selection inside
// a textarea or input is not part of getSelection() in Chromium, so read those from the field.
function readPageSelection(): { text: string; url: string; title: string } {
  const el = document.activeElement;
  let text = '';
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    text = el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
  }
  if (!text) text = getSelection()?.toString() ?? '';
  return { text, url: location.href, title: document.title };
}

async function readSelection(info: PendingCapture['info'], tab: PendingCapture['tab']): Promise<Selection | null> {
  const tabId = tab?.id;
  if (tabId !== undefined && tabId >= 0) {
    try {
      const [res] = await browser.scripting.executeScript({ target: { tabId, frameIds: [info.frameId ?? 0] }, func: readPageSelection });
      const r = res?.result;
      if (r?.text.trim()) return { text: r.text, via: 'scripting', note: null, url: r.url, title: r.title || null };
    } catch {
      // Browser pages and the web store refuse scripting even with activeTab: use selectionText.
    }
  }
  const text = info.selectionText ?? '';
  if (!text.trim()) return null;
  return { text, via: 'selectionText', note: FALLBACK_NOTE, url: info.frameUrl ?? info.pageUrl ?? tab?.url ?? null, title: tab?.title ?? null };
}

const badgeApi = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** Tells open evidence and escalation panels to reload. */
export async function evidenceChanged(): Promise<void> {
  await browser.storage.local.set({ [EVIDENCE_REVISION_KEY]: Date.now() });
}

// The unseen captures are counted by id: a capture finished again after a restart counts once.
async function showCaptureBadge(title: string, capture: string | null): Promise<void> {
  const failed = capture === null;
  const stored = z.array(z.string()).catch([]).parse((await browser.storage.session.get(UNSEEN_KEY))[UNSEEN_KEY]);
  const ids = failed || stored.includes(capture) ? stored : [...stored, capture];
  const unseen = ids.length;
  const action = badgeApi();
  // Remember the manifest's title (the popup's) once, to put it back when the badge clears.
  if ((await browser.storage.session.get(TITLE_KEY))[TITLE_KEY] === undefined) {
    await browser.storage.session.set({ [TITLE_KEY]: await action.getTitle({}) });
  }
  await browser.storage.session.set({ [UNSEEN_KEY]: ids });
  await action.setBadgeBackgroundColor({ color: failed ? '#cc3340' : '#1f73b7' });
  await action.setBadgeText({ text: failed ? '!' : `+${unseen}` });
  await action.setTitle({ title });
  // An alarm, not a timer: the worker may be stopped long before the badge should go.
  await browser.alarms.create(BADGE_ALARM, { delayInMinutes: BADGE_MINUTES });
}

/** Clears the capture badge (the user opened Deskside, or the badge has been up long enough). */
export async function clearCaptureBadge(): Promise<void> {
  const stored: unknown = (await browser.storage.session.get(TITLE_KEY))[TITLE_KEY];
  if (stored === undefined) return; // no capture badge is up: leave the action as it is
  const before = z.string().catch('Deskside').parse(stored);
  await browser.storage.session.remove([UNSEEN_KEY, TITLE_KEY]);
  const action = badgeApi();
  await action.setBadgeText({ text: '' });
  await action.setTitle({ title: before });
  await browser.alarms.clear(BADGE_ALARM);
}

/**
 * One "Capture to Deskside" click: journals it (see capture-journal.ts), then reads the selection,
 * redacts and parses it, attaches it to the active ticket (or the unattached list) and confirms on
 * the badge. Null when nothing was selected.
 */
export async function handleCapture(
  db: DesksideDb,
  registry: TabRegistry,
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
  journal = new CaptureJournal(),
): Promise<EvidenceRow | null> {
  const active = await registry.activeTicket();
  const ticket = active ? { key: ticketKey(active.ref), ticketId: active.ref.ticketId } : null;
  const entry = pendingFor(crypto.randomUUID(), info, tab, ticket, new Date().toISOString());
  journal.claim(entry.id);
  await journal.put(entry);
  return finishCapture(db, journal, entry);
}

/** Takes a journaled capture to the end; on failure it is dropped and the failure shown. */
async function finishCapture(db: DesksideDb, journal: CaptureJournal, entry: PendingCapture): Promise<EvidenceRow | null> {
  try {
    let selection = entry.selection;
    if (!selection) {
      const sel = await readSelection(entry.info, entry.tab);
      if (!sel) {
        await journal.remove(entry.id);
        return null;
      }
      // URLs and titles carry tokens and names too: they are redacted like the text.
      const { text, counts } = redact(sel.text);
      selection = { ...sel, text, redactions: counts, url: sel.url === null ? null : redact(sel.url).text, title: sel.title === null ? null : redact(sel.title).text };
      entry = { ...entry, selection };
      // A selection larger than storage.session holds (10 MB) is still captured, only not durably:
      // a retry would read the page again.
      await journal.put(entry).catch((e: unknown) => console.warn('Deskside: capture not journaled', e));
    }
    const evidence = parseRedacted(selection.text, selection.redactions, { capturedAt: entry.capturedAt, sourceUrl: selection.url, sourceTitle: selection.title });
    const row = await guardCapture(db, rowFor(entry, evidence));
    await evidenceChanged();
    await showCaptureBadge(capturedWhere(entry, summarizeEvidence(evidence)), entry.id);
    await journal.remove(entry.id);
    return row;
  } catch (e) {
    await journal.remove(entry.id);
    throw e;
  }
}

/**
 * Finishes the captures a stopped worker left (call at worker start and on the resume alarm).
 * One stopped too often is given up and the failure shown.
 */
export async function resumeCaptures(db: DesksideDb, journal: CaptureJournal): Promise<void> {
  for (const entry of await journal.entries()) {
    if (!journal.claim(entry.id)) continue;
    if (entry.attempts >= MAX_CAPTURE_ATTEMPTS) {
      await journal.remove(entry.id);
      await showCaptureBadge(`Deskside could not capture this: it was interrupted ${entry.attempts} times`, null);
      continue;
    }
    const retry = { ...entry, attempts: entry.attempts + 1 };
    await journal.put(retry);
    await finishCapture(db, journal, retry).catch((e: unknown) => showCaptureBadge(failedTitle(e), null));
  }
}

const failedTitle = (e: unknown) => `Deskside could not capture this: ${e instanceof Error ? e.message : String(e)}`;

async function createMenu(): Promise<void> {
  // Removing first makes this safe to run on every install, update and startup.
  await browser.contextMenus.remove(CAPTURE_MENU_ID).catch(() => undefined);
  browser.contextMenus.create({ id: CAPTURE_MENU_ID, title: 'Capture to Deskside', contexts: ['selection'] });
}

/** The context-menu item, its click handler and the badge alarm. */
export function setupCapture(db: DesksideDb, registry: TabRegistry): void {
  const journal = new CaptureJournal();
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CAPTURE_MENU_ID) return;
    void handleCapture(db, registry, info, tab, journal).catch((e: unknown) => showCaptureBadge(failedTitle(e), null));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void clearCaptureBadge();
    if (alarm.name === CAPTURE_RESUME_ALARM) void resumeCaptures(db, journal);
  });
  // A worker stopped mid-capture left it journaled: this (new) worker finishes it.
  void resumeCaptures(db, journal);
}
