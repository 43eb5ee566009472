import type { Pruned, StorageNotice } from '../schema/storage';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** About how big, for people: "about 1.2 MB", "about 14 KB", "less than 1 KB". */
export function aboutSize(bytes: number): string {
  if (bytes < 1024) return 'less than 1 KB';
  if (bytes < 1024 * 1024) return `about ${Math.round(bytes / 1024)} KB`;
  return `about ${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function removedParts(r: Pruned, days: number): string[] {
  const parts: string[] = [];
  if (r.tickets) parts.push(`${plural(r.tickets, 'cached ticket')} not opened in the last ${plural(days, 'day')} (with their history)`);
  if (r.historyEntries) parts.push(`${plural(r.historyEntries, 'history entry', 'history entries')} older than ${plural(days, 'day')}`);
  if (r.kbIndex) parts.push('the knowledge-base search index (rebuilt when needed)');
  if (r.liveArticles) parts.push(`${plural(r.liveArticles, 'article')} cached from Jira/Confluence searches (searched again when needed)`);
  return parts;
}

const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1] ?? ''}`);

/** What the user can do when storage is full. */
export const STORAGE_ACTION =
  'To free space, shorten the retention (Options > Retention) or export your data and erase it (Options > Your data).';

export interface NoticeText {
  title: string;
  /** What happened: what was removed, what waits, what was not saved. */
  lines: string[];
  /** What to do about it. */
  action: string;
}

/** The storage notice in words: what happened, how much was removed, what to do. */
export function storageNoticeText(n: StorageNotice): NoticeText {
  const removed = removedParts(n.removed, n.retentionDays);
  const lines = [
    removed.length
      ? `To make room it removed ${list(removed)}: ${aboutSize(n.removed.bytes)}.`
      : `Nothing could be removed under your ${plural(n.retentionDays, 'day')} retention.`,
  ];
  if (n.queued.length) lines.push(`Kept aside until there is room, then saved automatically: ${list(n.queued)}.`);
  if (n.unsaved.length) lines.push(`Not saved: ${list(n.unsaved)}.`);
  lines.push('Your escalation drafts and captures were not touched.');
  return {
    title: 'The browser ran out of storage for Deskside',
    lines,
    action: STORAGE_ACTION,
  };
}
