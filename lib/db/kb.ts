// The knowledge base's tables: articles by source, feedback, and small state (the revision the
// persisted index was built on, the starter switch, sync cursors). Every write that changes the
// article set bumps the revision in the same transaction, so a stale index is never taken as current.
import type { z } from 'zod';
import { importKbFile } from '../kb/import/detect';
import { KbImportError } from '../kb/import/errors';
import { Feedback, KbArticle, type KbSource } from '../schema/kb';
import type { DesksideDb, KbArticleRow } from './database';

const REVISION = 'revision';
const STARTER_OFF = 'starter-removed';
/** The kbMeta row holding the persisted search index (derived: rebuilt from the articles). */
export const KB_INDEX_ID = 'index';
/** Sources cached from live searches (kb-live): searched again on the next ticket. */
const LIVE_SOURCES: readonly KbSource[] = ['jsm-kb', 'confluence'];

/** The primary key of a stored article: ids are only unique within their source. */
export const articleKey = (a: Pick<KbArticle, 'source' | 'id'>): string => `${a.source}:${a.id}`;

const toRow = (article: KbArticle): KbArticleRow => ({
  key: articleKey(article),
  source: article.source,
  updatedAt: article.updatedAt ?? '',
  article,
});

/** A counter that changes whenever the set of articles (or the starter switch) changes. */
export async function articlesRevision(db: DesksideDb): Promise<number> {
  const row = await db.kbMeta.get(REVISION);
  return typeof row?.value === 'number' ? row.value : 0;
}

// Time-based, so a revision never repeats even after an erase deleted the counter: an index
// cached in memory before the erase can never pass for the new articles'.
async function bump(db: DesksideDb): Promise<void> {
  await db.kbMeta.put({ id: REVISION, value: Math.max((await articlesRevision(db)) + 1, Date.now()) });
}

/** Every stored article, in key order (the order the index is built in). */
export async function listArticles(db: DesksideDb): Promise<KbArticle[]> {
  return (await db.kbArticles.toArray()).map((r) => r.article);
}

/**
 * Adds or replaces articles (by source and id), all or none. Validated first: a bad article
 * names its id and field and nothing is written. Returns how many were written.
 */
export async function putArticles(db: DesksideDb, articles: readonly KbArticle[], also?: () => Promise<void>): Promise<number> {
  const rows = articles.map((a) => {
    const r = KbArticle.safeParse(a);
    if (!r.success) throw new Error(`article ${a.id}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return toRow(r.data);
  });
  await db.transaction('rw', db.kbArticles, db.kbMeta, async () => {
    if (rows.length) await db.kbArticles.bulkPut(rows);
    await also?.();
    if (rows.length) await bump(db);
  });
  return rows.length;
}

/**
 * Imports files (several at once) all or nothing: every file is parsed before anything is
 * written, and a bad one throws KbImportError naming the file and line, leaving the KB as it was.
 */
export async function importFiles(db: DesksideDb, files: readonly { name: string; text: string }[]): Promise<{ name: string; count: number }[]> {
  const seen = new Map<string, string>();
  const parsed = files.map(({ name, text }) => {
    const { articles } = importKbFile(text, name);
    for (const a of articles) {
      const other = seen.get(a.id);
      if (other !== undefined) throw new KbImportError(name, `article "${a.id}"`, `the same id is also in ${other}; ids must be unique across the files imported together`);
      seen.set(a.id, name);
    }
    return { name, articles };
  });
  await putArticles(db, parsed.flatMap((p) => p.articles));
  return parsed.map((p) => ({ name: p.name, count: p.articles.length }));
}

/** Removes every article of a source; the starter KB is switched off instead (it is bundled). */
export async function removeSource(db: DesksideDb, source: KbSource): Promise<number> {
  return db.transaction('rw', db.kbArticles, db.kbMeta, async () => {
    const removed = await db.kbArticles.where('source').equals(source).delete();
    if (source === 'starter') await db.kbMeta.put({ id: STARTER_OFF, value: true });
    await bump(db);
    return removed;
  });
}

/** Whether the bundled starter KB is searched (on unless the user removed it). */
export async function starterEnabled(db: DesksideDb): Promise<boolean> {
  return (await db.kbMeta.get(STARTER_OFF))?.value !== true;
}

/** Brings the bundled starter KB back after it was removed. */
export async function restoreStarter(db: DesksideDb): Promise<void> {
  await db.transaction('rw', db.kbMeta, async () => {
    await db.kbMeta.delete(STARTER_OFF);
    await bump(db);
  });
}

/** How many stored articles each source has. */
export async function countBySource(db: DesksideDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  await db.kbArticles.orderBy('source').eachKey((source) => {
    const s = String(source);
    out[s] = (out[s] ?? 0) + 1;
  });
  return out;
}

/** Stores one verdict on a suggestion. */
export async function addFeedback(db: DesksideDb, feedback: Feedback): Promise<void> {
  const f = Feedback.parse(feedback);
  await db.kbFeedback.add({ articleId: f.articleId, ticketKey: f.ticketKey, at: f.at, feedback: f });
}

/** The most recent verdicts (the ones that shift rankings), newest first. */
export async function listFeedback(db: DesksideDb, limit = 5000): Promise<Feedback[]> {
  return (await db.kbFeedback.orderBy('at').reverse().limit(limit).toArray()).map((r) => r.feedback);
}

/** The latest verdict per article on one ticket (what the panel shows as already said). */
export async function ticketVerdicts(db: DesksideDb, ticketKey: string): Promise<Record<string, Feedback['kind']>> {
  const rows = await db.kbFeedback.where('ticketKey').equals(ticketKey).sortBy('at');
  return Object.fromEntries(rows.map((r) => [r.articleId, r.feedback.kind]));
}

/** A small state value, parsed with its schema; null when absent or no longer valid. */
export async function loadMeta<S extends z.ZodType>(db: DesksideDb, id: string, schema: S): Promise<z.output<S> | null> {
  const row = await db.kbMeta.get(id);
  if (!row) return null;
  const r = schema.safeParse(row.value);
  return r.success ? r.data : null;
}

/** Stores a small state value. */
export async function saveMeta(db: DesksideDb, id: string, value: unknown): Promise<void> {
  await db.kbMeta.put({ id, value });
}

/**
 * Removes what the KB derives or re-fetches by itself, to make room when storage is full: the
 * persisted index and the articles cached from live searches. Imported, synced and starter
 * articles, feedback and sync cursors stay. Returns what was removed.
 */
export async function dropDerivedKb(db: DesksideDb): Promise<{ kbIndex: boolean; liveArticles: number; bytes: number }> {
  return db.transaction('rw', db.kbArticles, db.kbMeta, async () => {
    const index = await db.kbMeta.get(KB_INDEX_ID);
    const live = await db.kbArticles.where('source').anyOf(LIVE_SOURCES as KbSource[]).toArray();
    const bytes = live.reduce((n, r) => n + JSON.stringify(r).length, index ? JSON.stringify(index).length : 0);
    await db.kbArticles.bulkDelete(live.map((r) => r.key));
    const liveArticles = live.length;
    if (index) await db.kbMeta.delete(KB_INDEX_ID);
    if (liveArticles) await bump(db);
    return { kbIndex: !!index, liveArticles, bytes };
  });
}
