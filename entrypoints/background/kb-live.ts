// Jira Service Management's knowledge base and Confluence have no bulk export an agent's session
// can page through cheaply, so they are searched live from the Jira tab with the ticket's subject
// and the answers cached as articles: the next suggestion (and later tickets) include them.
import { z } from 'zod';
import type { DesksideDb } from '@/lib/db/database';
import { articleKey, putArticles } from '@/lib/db/kb';
import { safeHttpUrl } from '@/lib/format/url';
import { htmlToText } from '@/lib/kb/html';
import { parseJsmKbPage } from '@/lib/kb/jsm';
import type { KbArticle } from '@/lib/schema/kb';
import { IsoTime } from '@/lib/schema/ticket';
import type { TicketSnapshot } from '@/lib/schema/ticket';
import type { FetchReply } from '@/lib/schema/messages';

const LIMIT = 10;

const ConfluenceSearch = z.object({
  results: z.array(z.object({
    content: z.object({ id: z.union([z.string(), z.number()]), title: z.string().nullish(), _links: z.object({ webui: z.string().nullish() }).nullish() }).nullish(),
    title: z.string().nullish(),
    excerpt: z.string().nullish(),
    url: z.string().nullish(),
    lastModified: z.string().nullish(),
    resultGlobalContainer: z.object({ title: z.string().nullish() }).nullish(),
  })),
  _links: z.object({ base: z.string().nullish() }).nullish(),
});

/** The page address if it is a web address on the site (not ".evil.example/..." or "user@host" after it). */
function siteLink(raw: string, origin: string): string | null {
  const href = safeHttpUrl(raw);
  return href && new URL(href).origin === origin ? href : null;
}

/** Confluence CQL search results (`/wiki/rest/api/search`) as articles; highlight markers removed. */
export function parseConfluenceSearch(json: unknown, origin: string): KbArticle[] {
  const r = ConfluenceSearch.safeParse(json);
  if (!r.success) throw new Error(`Confluence search answered an unexpected shape: ${r.error.issues[0]?.path.join('.') ?? ''}`);
  // The pages are on the site searched (its /wiki answered): a base elsewhere (another host, a
  // script URL) would turn every result into a link off the site, so only the site's own is used.
  const given = r.data._links?.base;
  const base = given && URL.canParse(given) && new URL(given).origin === origin ? given.replace(/\/+$/, '') : `${origin}/wiki`;
  return r.data.results.flatMap((x): KbArticle[] => {
    // A result without an id could not be stored, and would sink the whole refresh with it.
    if (!x.content || String(x.content.id) === '') return [];
    const path = x.content._links?.webui ?? x.url ?? null;
    const clean = (s: string) => htmlToText(s.replace(/@@@(end)?hl@@@/g, ''));
    // One odd result must cost only itself: a link that is no URL is no link, a date past year
    // 9999 ("+010000-...", which no article may hold) or out of range is no date.
    const time = x.lastModified ? Date.parse(x.lastModified) : Number.NaN;
    const iso = Number.isNaN(time) ? null : new Date(time).toISOString();
    const updated = iso !== null && IsoTime.safeParse(iso).success ? iso : null;
    // webui is a path under the base ("/spaces/..."); anything else is not this page's address.
    const link = path?.startsWith('/') ? siteLink(base + path, origin) : null;
    return [{
      // The page's own title is plain text ("<details> in macros" is a title, not markup); only the
      // search's highlighted copy, used when it is missing, needs the markers and markup removed.
      id: String(x.content.id), source: 'confluence', title: x.content.title || clean(x.title ?? ''), body: clean(x.excerpt ?? ''),
      labels: [], section: x.resultGlobalContainer?.title ?? null, url: link, locale: null, updatedAt: updated,
    }];
  });
}

/** The words sent to JSM and Confluence: the subject, or the description's start. */
export function liveQuery(snapshot: TicketSnapshot): string {
  const text = snapshot.subject?.trim() || snapshot.description?.slice(0, 200).trim() || '';
  return text.replace(/\s+/g, ' ').slice(0, 200);
}

const cql = (q: string) => `type=page AND text ~ "${q.replace(/["\\]/g, ' ')}"`;

/**
 * Searches JSM KB and Confluence through the Jira tab and caches what changed. Either source
 * failing (no JSM, no Confluence on this site) is reported, not fatal for the other.
 */
export async function refreshLive(db: DesksideDb, snapshot: TicketSnapshot, fetch: (path: string) => Promise<FetchReply>): Promise<{ changed: number; error: string | null }> {
  const q = liveQuery(snapshot);
  if (!q) return { changed: 0, error: null };
  const origin = `https://${snapshot.host}`;
  const errors: string[] = [];
  const found: KbArticle[] = [];
  const jsm = await fetch(`/rest/servicedeskapi/knowledgebase/article?query=${encodeURIComponent(q)}&highlight=false&limit=${LIMIT}`);
  if (jsm.ok && jsm.status === 200) {
    const page = parseJsmKbPage(jsm.json);
    if (page.ok) found.push(...page.articles);
    else errors.push(`JSM knowledge base: ${page.message}`);
  } else errors.push(`JSM knowledge base: ${jsm.ok ? `answered ${jsm.status}` : jsm.error}`);
  const conf = await fetch(`/wiki/rest/api/search?cql=${encodeURIComponent(cql(q))}&limit=${LIMIT}`);
  if (conf.ok && conf.status === 200) {
    try {
      const fromJsm = new Set(found.map((a) => a.id));
      found.push(...parseConfluenceSearch(conf.json, origin).filter((a) => !fromJsm.has(`confluence:${a.id}`)));
    } catch (e) {
      errors.push(e instanceof Error ? e.message : String(e));
    }
  } else errors.push(`Confluence: ${conf.ok ? `answered ${conf.status}` : conf.error}`);
  const known = await db.kbArticles.bulkGet(found.map(articleKey));
  const changed = found.filter((a, i) => JSON.stringify(known[i]?.article) !== JSON.stringify(a));
  await putArticles(db, changed);
  // Both failing is worth saying; one missing is the usual case (a site without JSM or Confluence).
  return { changed: changed.length, error: errors.length === 2 ? errors.join('; ') : null };
}
