// Article files come from anywhere (exports, spreadsheets, scripts): whatever is in one, an import
// either gives articles the KB can store or a KbImportError naming the file and the line, and a
// failed import leaves every stored table exactly as it was.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesksideDb } from '@/lib/db/database';
import { addFeedback, importFiles, putArticles, saveMeta } from '@/lib/db/kb';
import { importKbFile } from '@/lib/kb/import/detect';
import { KbImportError } from '@/lib/kb/import/errors';
import { KbArticle } from '@/lib/schema/kb';
import { garbageTextArb, RUNS, truncatedArb } from '../property';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/kb');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const FILES = ['articles.jsonl', 'articles.csv', 'hc-articles-page1.json', 'sso-article.md'];

const nameArb = fc.oneof(
  fc.constantFrom('a.jsonl', 'a.json', 'a.ndjson', 'a.csv', 'a.md', 'a.markdown', 'a.txt', 'noext', '.md', '.csv', '..md', 'dir/.md', 'C:\\kb\\.markdown'),
  fc.string({ maxLength: 12 }).map((s) => `${s}.md`),
);

/** Runs an import: it returns storable articles, or throws a KbImportError naming the file. */
function importOrExplain(text: string, file: string): { ok: true; articles: KbArticle[] } | { ok: false; error: KbImportError } {
  try {
    const { articles } = importKbFile(text, file);
    for (const a of articles) KbArticle.parse(a);
    return { ok: true, articles };
  } catch (err) {
    if (!(err instanceof KbImportError)) throw err;
    expect(err.message.startsWith(`${file}: `)).toBe(true);
    expect(err.why).toMatch(/\S/);
    return { ok: false, error: err };
  }
}

describe('importKbFile on any bytes', () => {
  it('random text under any file name: storable articles or a KbImportError naming the file', () => {
    fc.assert(fc.property(garbageTextArb, nameArb, (text, file) => void importOrExplain(text, file)), { numRuns: RUNS });
  });

  it.each(FILES)('%s cut at any point: storable articles or a KbImportError naming the file', (name) => {
    const text = fixture(name);
    fc.assert(fc.property(truncatedArb(text), (cut) => void importOrExplain(cut, name)), { numRuns: RUNS });
  });

  it.each(FILES)('%s with a BOM and CRLF line ends imports the same articles as without', (name) => {
    const plain = importKbFile(fixture(name), name).articles;
    const crlf = importKbFile(`\ufeff${fixture(name).replace(/\r?\n/g, '\r\n')}`, name).articles;
    // Markdown and CSV bodies keep their text; only line ends may differ inside a multi-line field.
    expect(crlf.map((a) => ({ ...a, body: a.body.replace(/\r\n/g, '\n') }))).toEqual(plain);
  });
});

const goodLine = fc.record({
  id: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''), fc.nat()),
  title: fc.string({ maxLength: 20 }),
  body: fc.string({ maxLength: 40 }),
});
const badLine = fc.oneof(
  fc.constant('{"id":"x","title":"no body"}'),
  fc.constant('{"id":"","title":"t","body":"b"}'),
  fc.constant('{"id":"x","title":7,"body":"b"}'),
  fc.constant('{"id":"x","title":"t","body":"b"'),
  fc.constant('[1,2]'),
  fc.constant('null'),
  fc.constant('{"id":"x","title":"t","body":"b","labels":"not-a-list"}'),
  fc.string({ minLength: 1, maxLength: 10 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return s.trim() !== '';
    }
  }),
);

describe('Markdown ids', () => {
  it('an article whose file name gives no id (".md") and whose front matter has none is refused by name', () => {
    fc.assert(
      fc.property(nameArb.filter((f) => /\.(md|markdown)$/i.test(f)), fc.string({ maxLength: 20 }), (file, body) => {
        const r = importOrExplain(`# A title\n\n${body}`, file);
        if (!r.ok) expect(r.error.message).toMatch(/\bid\b/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('a bad record after good ones', () => {
  it('JSON Lines: the error names the bad line, with BOM, CRLF, blank lines and a huge line before it', () => {
    fc.assert(
      fc.property(
        // At least one good line: a file starting with "[" is read as one JSON array instead.
        fc.uniqueArray(goodLine, { selector: (l) => String(l.id), minLength: 1, maxLength: 8 }),
        badLine,
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (good, bad, bom, eol, huge) => {
          const lines = good.map((l) => JSON.stringify(l));
          if (huge && lines.length > 0) lines[0] = JSON.stringify({ ...good[0], body: 'x'.repeat(300_000) });
          const text = `${bom ? '\ufeff' : ''}${[...lines, '', bad].join(eol)}${eol}`;
          const r = importOrExplain(text, 'kb.jsonl');
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.where).toBe(`line ${lines.length + 2}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('CSV: a row with the wrong number of fields or a stray quote is named by its line', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9]{1,6}$/), fc.string({ maxLength: 10 }).map((s) => `"${s.replace(/"/g, '""')}"`)), { selector: (r) => r[0], maxLength: 6 }),
        fc.constantFrom('only-one-field', 'a,b,c,d', 'x,ti"tle,body'),
        fc.constantFrom('\n', '\r\n'),
        (rows, bad, eol) => {
          const text = ['id,title,body', ...rows.map(([id, t]) => `${id},${t},body`), bad].join(eol);
          const r = importOrExplain(text, 'kb.csv');
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.where).toBe(`line ${rows.length + 2}`);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('importFiles: all or nothing', () => {
  let db: DesksideDb;
  let n = 0;
  beforeEach(async () => {
    db = new DesksideDb(`kb-property-${n++}`);
    await db.open();
    await putArticles(db, [
      { id: 'keep-1', source: 'file', title: 'Kept', body: 'Stays', labels: ['a'], section: null, url: null, locale: null, updatedAt: null },
      { id: 'hc-1', source: 'zendesk-hc', title: 'HC', body: 'Stays too', labels: [], section: 'S', url: 'https://help.example.test/1', locale: 'en-us', updatedAt: '2026-10-01T00:00:00Z' },
    ]);
    await addFeedback(db, { articleId: 'keep-1', ticketKey: 'zendesk:acme:1', kind: 'helpful', at: '2026-11-01T00:00:00Z', queryTerms: ['pin'] });
    await saveMeta(db, 'sync-cursor', { at: 5 });
  });
  afterEach(async () => {
    await db.delete();
  });

  const snapshotTables = async () => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));

  it('a batch with one bad file anywhere in it changes no table at all', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...FILES), { maxLength: 3 }),
        fc.oneof(garbageTextArb, truncatedArb(fixture('articles.jsonl')), badLine),
        fc.nat(),
        async (good, badText, at) => {
          const before = await snapshotTables();
          const files = good.map((name, i) => ({ name: `${i}-${name}`, text: fixture(name) }));
          files.splice(at % (files.length + 1), 0, { name: 'bad.jsonl', text: badText });
          const err = await importFiles(db, files).then(() => null, (e: unknown) => e);
          // The "bad" file may happen to be fine (a cut on a line boundary): then it was imported.
          if (err === null) return;
          expect(err).toBeInstanceOf(KbImportError);
          expect(await snapshotTables()).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
