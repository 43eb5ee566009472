import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesksideDb } from '@/lib/db/database';
import {
  addFeedback, articlesRevision, countBySource, importFiles, listArticles, listFeedback, putArticles, removeSource, restoreStarter, starterEnabled, ticketVerdicts,
} from '@/lib/db/kb';
import { KbImportError } from '@/lib/kb/import/errors';
import type { KbArticle } from '@/lib/schema/kb';

let db: DesksideDb;
let n = 0;
beforeEach(async () => {
  db = new DesksideDb(`kb-repo-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const article = (id: string, source: KbArticle['source'] = 'zendesk-hc', title = `Article ${id}`): KbArticle => ({
  id, source, title, body: `Body of ${id}`, labels: [], section: null, url: `https://help.example.test/${id}`, locale: 'en-us', updatedAt: '2026-10-01T00:00:00Z',
});
const GOOD = '{"id":"a1","title":"Reset a kiosk PIN","body":"Hold volume down."}\n{"id":"a2","title":"Handover notes","body":"See the archive."}\n';
const BAD = '{"id":"b1","title":"One","body":"fine"}\n{"id":"b2","title":"Two"}\n';

describe('KB repository', () => {
  it('imports several files at once and keeps each article under its source and id', async () => {
    const result = await importFiles(db, [{ name: 'a.jsonl', text: GOOD }, { name: 'c.csv', text: 'id,title,body\nc1,CSV title,CSV body\n' }]);
    expect(result).toEqual([{ name: 'a.jsonl', count: 2 }, { name: 'c.csv', count: 1 }]);
    expect((await listArticles(db)).map((a) => a.id).sort()).toEqual(['a1', 'a2', 'c1']);
    expect(await countBySource(db)).toEqual({ file: 3 });
  });

  it('imports nothing when one file of several is bad, and names that file and line', async () => {
    await importFiles(db, [{ name: 'a.jsonl', text: GOOD }]);
    const before = await articlesRevision(db);
    const err = await importFiles(db, [{ name: 'more.jsonl', text: '{"id":"m1","title":"M","body":"b"}\n' }, { name: 'bad.jsonl', text: BAD }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KbImportError);
    expect((err as Error).message).toMatch(/^bad\.jsonl: line 2/);
    expect((err as Error).message).toContain('body');
    expect((await listArticles(db)).map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(await articlesRevision(db)).toBe(before);
  });

  it('refuses the same id in two files imported together', async () => {
    const err = await importFiles(db, [{ name: 'a.jsonl', text: GOOD }, { name: 'b.jsonl', text: GOOD }]).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/b\.jsonl.*"a1".*also in a\.jsonl/);
    expect(await listArticles(db)).toEqual([]);
  });

  it('replaces an article on a re-import and bumps the revision on every change', async () => {
    const r0 = await articlesRevision(db);
    await putArticles(db, [article('1'), article('2')]);
    const r1 = await articlesRevision(db);
    expect(r1).toBeGreaterThan(r0);
    await putArticles(db, [{ ...article('1'), title: 'Renamed' }]);
    expect(await articlesRevision(db)).toBeGreaterThan(r1);
    expect((await listArticles(db)).find((a) => a.id === '1')?.title).toBe('Renamed');
    expect(await listArticles(db)).toHaveLength(2);
  });

  it('rejects an invalid article without writing any of the batch', async () => {
    const broken = { ...article('x'), updatedAt: 'yesterday' };
    await expect(putArticles(db, [article('ok'), broken])).rejects.toThrow(/article x: updatedAt/);
    expect(await listArticles(db)).toEqual([]);
  });

  it('removes one source only, and switches the starter KB off and back on', async () => {
    await putArticles(db, [article('1'), article('2'), article('f1', 'file')]);
    expect(await removeSource(db, 'zendesk-hc')).toBe(2);
    expect(await countBySource(db)).toEqual({ file: 1 });
    expect(await starterEnabled(db)).toBe(true);
    const r = await articlesRevision(db);
    await removeSource(db, 'starter');
    expect(await starterEnabled(db)).toBe(false);
    expect(await articlesRevision(db)).toBeGreaterThan(r);
    await restoreStarter(db);
    expect(await starterEnabled(db)).toBe(true);
  });

  it('keeps feedback newest first and the latest verdict per article on a ticket', async () => {
    const base = { ticketKey: 'zendesk:h:1', queryTerms: ['webhook'] };
    await addFeedback(db, { ...base, articleId: 'a', kind: 'helpful', at: '2026-11-01T10:00:00Z' });
    await addFeedback(db, { ...base, articleId: 'a', kind: 'not-helpful', at: '2026-11-01T11:00:00Z' });
    await addFeedback(db, { ...base, ticketKey: 'zendesk:h:2', articleId: 'b', kind: 'used', at: '2026-11-01T12:00:00Z' });
    expect((await listFeedback(db)).map((f) => f.kind)).toEqual(['used', 'not-helpful', 'helpful']);
    expect(await ticketVerdicts(db, 'zendesk:h:1')).toEqual({ a: 'not-helpful' });
    await expect(addFeedback(db, { ...base, articleId: '', kind: 'helpful', at: '2026-11-01T10:00:00Z' })).rejects.toThrow();
  });
});
