// Help Center pages, JSM knowledge-base answers and Confluence search results come from the
// helpdesk (or whatever answers in its place): any of them, cut or mutated, gives articles the KB
// can store, or a message saying what was wrong; never a crash, never an article the store refuses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfluenceSearch } from '@/entrypoints/background/kb-live';
import { parseHcPage } from '@/lib/kb/helpcenter';
import { parseJsmKbPage } from '@/lib/kb/jsm';
import { KbArticle } from '@/lib/schema/kb';
import { mutatedArb, RUNS } from '../property';

const load = (dir: string, name: string): unknown => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../fixtures/${dir}/${name}`), 'utf8'));
const REAL = (name: string): unknown => JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../shared/realdata/api', name), 'utf8'));

const anyOf = (...docs: unknown[]) => fc.oneof(fc.jsonValue(), ...docs.map((d) => mutatedArb(d).map((m) => m.value)));

describe('knowledge-base answers, mutated', () => {
  it('Help Center pages: storable articles or a message naming the field', () => {
    fc.assert(
      fc.property(anyOf(load('kb', 'hc-articles-page1.json'), load('kb', 'hc-incremental-page1.json'), load('kb-e2e', 'hc-page1.json')), (json) => {
        const r = parseHcPage(json);
        if (r.ok) for (const a of r.page.articles) KbArticle.parse(a);
        else expect(r.message).toMatch(/\S/);
      }),
      { numRuns: RUNS },
    );
  });

  it('JSM knowledge-base search: storable articles or a message naming the field', () => {
    fc.assert(
      fc.property(anyOf(load('kb-e2e', 'jsm-kb-search.json'), REAL('jsm/openapi__kb_getArticles.json')), (json) => {
        const r = parseJsmKbPage(json);
        if (r.ok) for (const a of r.articles) KbArticle.parse(a);
        else expect(r.message).toMatch(/\S/);
      }),
      { numRuns: RUNS },
    );
  });

  // Found here: a result whose link made "base + path" no URL threw "TypeError: Invalid URL" and lost
  // every Confluence result; a lastModified past year 9999, or a content id "", made an article the
  // store refused, failing the whole live refresh.
  it('Confluence search: storable articles, or an Error saying the shape was unexpected', () => {
    fc.assert(
      fc.property(anyOf(load('kb-e2e', 'confluence-search.json')), (json) => {
        let articles: KbArticle[];
        try {
          articles = parseConfluenceSearch(json, 'https://acme.atlassian.net');
        } catch (err) {
          expect(String(err)).toMatch(/^Error: Confluence search answered an unexpected shape/);
          return;
        }
        for (const a of articles) KbArticle.parse(a);
      }),
      { numRuns: RUNS },
    );
  });

  it('Confluence: one result with a broken link or date keeps its place, without them', () => {
    const json = structuredClone(load('kb-e2e', 'confluence-search.json')) as { results: Record<string, unknown>[]; _links?: unknown };
    const first = json.results[0] as { lastModified?: string; content: { _links?: { webui?: string } } };
    first.lastModified = '+010000-01-01T00:00:00Z';
    first.content._links = { webui: 'not a path' };
    // A base that is no URL is not used: the others are still linked on the site's /wiki.
    json._links = { base: 'not a base' };
    const articles = parseConfluenceSearch(json, 'https://acme.atlassian.net');
    expect(articles).toHaveLength(json.results.filter((r) => r.content).length);
    expect(articles[0]).toMatchObject({ url: null, updatedAt: null });
    expect(articles[1]?.url).toBe('https://acme.atlassian.net/wiki/spaces/ITHELP/pages/7340090/Split+tunnelling');
    (json.results[1] as { content: { id: string } }).content.id = '';
    expect(parseConfluenceSearch(json, 'https://acme.atlassian.net').map((a) => a.id)).toEqual(articles.filter((_a, i) => i !== 1).map((a) => a.id));
  });
});
