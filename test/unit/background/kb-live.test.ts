import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfluenceSearch, refreshLive } from '@/entrypoints/background/kb-live';
import { DesksideDb } from '@/lib/db/database';
import { articlesRevision, countBySource, listArticles } from '@/lib/db/kb';
import type { FetchReply } from '@/lib/schema/messages';
import { snapshot } from '../snapshot-factory';

const fixture = (name: string): unknown => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../fixtures/kb-e2e/${name}`), 'utf8'));
const ok = (json: unknown): FetchReply => ({ ok: true, status: 200, retryAfter: null, json });
const JIRA = snapshot({ site: 'jira', host: 'acme.atlassian.net', ticketId: 'IT-42', subject: 'VPN drops "every" few minutes' });

let db: DesksideDb;
let n = 0;
beforeEach(async () => {
  db = new DesksideDb(`kb-live-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('live JSM and Confluence results', () => {
  it('reads Confluence search results as articles, without highlight markers, with full page links', () => {
    const [first] = parseConfluenceSearch(fixture('confluence-search.json'), 'https://acme.atlassian.net');
    expect(first).toMatchObject({ id: '7340033', source: 'confluence', title: 'VPN drops every 10 minutes on the office Wi-Fi', section: 'IT Help', url: 'https://acme.atlassian.net/wiki/spaces/ITHELP/pages/7340033/VPN+drops', updatedAt: '2026-10-02T08:15:00.000Z' });
    expect(first?.body).toBe('The office Wi-Fi renews DHCP leases every 10 minutes; the VPN client reconnects each time.');
    expect(() => parseConfluenceSearch({ results: 'none' }, 'https://acme.atlassian.net')).toThrow(/unexpected shape/);
  });

  it('links Confluence pages on the site searched, whatever base or path the answer gives', () => {
    const SITE = 'https://acme.atlassian.net';
    const answer = (base: string | undefined, paths: string[]) => ({
      results: paths.map((webui, i) => ({ content: { id: String(i), title: `Page ${i}`, _links: { webui } } })),
      ...(base === undefined ? {} : { _links: { base } }),
    });
    const links = (base: string | undefined, paths: string[]) => parseConfluenceSearch(answer(base, paths), SITE).map((a) => a.url);
    const page = '/spaces/ITHELP/pages/1/VPN';
    // Another host, a script URL or no base: the site's own /wiki instead.
    for (const base of ['https://evil.example/wiki', 'javascript:alert(1)//', 'not a url', undefined]) {
      expect(links(base, [page]), String(base)).toEqual([`${SITE}/wiki${page}`]);
    }
    expect(links(`${SITE}/wiki/`, [page])).toEqual([`${SITE}/wiki${page}`]);
    // With a base without a path, a "path" could name another host or carry credentials: no link.
    expect(links(SITE, ['.evil.example/x', '@evil.example/login', 'javascript:alert(1)', 'https://evil.example/x', '/ok'])).toEqual([null, null, null, null, `${SITE}/ok`]);
  });

  it('shows a Confluence page title as written, markup-looking text included', () => {
    const [own, highlighted] = parseConfluenceSearch({
      results: [
        { content: { id: '1', title: 'Using <details> & <img src=x onerror=alert(1)> in macros' }, title: '@@@hl@@@Using@@@endhl@@@ &lt;details&gt;' },
        { content: { id: '2' }, title: '@@@hl@@@Split@@@endhl@@@ tunnelling &amp; DNS' },
      ],
    }, 'https://acme.atlassian.net');
    expect(own?.title).toBe('Using <details> & <img src=x onerror=alert(1)> in macros');
    expect(highlighted?.title).toBe('Split tunnelling & DNS');
  });

  it('asks both with the ticket subject, caches the answers once, and only what changed', async () => {
    const asked: string[] = [];
    const fetch = async (p: string) => (asked.push(p), ok(fixture(p.startsWith('/rest/') ? 'jsm-kb-search.json' : 'confluence-search.json')));
    expect(await refreshLive(db, JIRA, fetch)).toEqual({ changed: 3, error: null });
    expect(asked[0]).toBe('/rest/servicedeskapi/knowledgebase/article?query=VPN%20drops%20%22every%22%20few%20minutes&highlight=false&limit=10');
    expect(decodeURIComponent(asked[1] ?? '')).toContain('cql=type=page AND text ~ "VPN drops  every  few minutes"');
    expect(await countBySource(db)).toEqual({ 'jsm-kb': 2, confluence: 1 });
    expect((await listArticles(db)).map((a) => a.title)).toContain('Split tunnelling for the VPN');
    const revision = await articlesRevision(db);
    expect(await refreshLive(db, JIRA, fetch)).toEqual({ changed: 0, error: null });
    expect(await articlesRevision(db)).toBe(revision);
  });

  it('keeps one source when the other is missing, and reports when both fail', async () => {
    const onlyJsm = async (p: string): Promise<FetchReply> => (p.startsWith('/rest/') ? ok(fixture('jsm-kb-search.json')) : { ok: true, status: 404, retryAfter: null, json: {} });
    expect(await refreshLive(db, JIRA, onlyJsm)).toEqual({ changed: 2, error: null });
    const none = async (): Promise<FetchReply> => ({ ok: false, error: 'the helpdesk tab did not answer' });
    expect((await refreshLive(db, JIRA, none)).error).toMatch(/JSM knowledge base: the helpdesk tab did not answer; Confluence: /);
  });
});
