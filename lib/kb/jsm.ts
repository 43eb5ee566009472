// Jira Service Management knowledge base search results -> KbArticles, for the live search the
// extension runs from a Jira tab (`GET /rest/servicedeskapi/knowledgebase/article?query=...`,
// paged with start/limit/isLastPage). JSM answers with Confluence pages: a title, an HTML
// excerpt around the match and a view URL; the full body is not in the response.
import { z } from 'zod';
import { describeIssues } from '../schema/describe';
import type { KbArticle } from '../schema/kb';
import { htmlToText } from './html';

const JsmArticle = z.object({
  title: z.string().nullish(),
  excerpt: z.string().nullish(),
  source: z.object({ type: z.string().nullish(), pageId: z.union([z.string(), z.number()]).nullish(), spaceKey: z.string().nullish() }).nullish(),
  content: z.object({ iframeSrc: z.string().nullish() }).nullish(),
});

/** One page of JSM knowledge base search results. */
export const JsmArticlePage = z.object({
  start: z.number().nullish(),
  limit: z.number().nullish(),
  size: z.number().nullish(),
  isLastPage: z.boolean().nullish(),
  values: z.array(JsmArticle),
  _links: z.object({ next: z.string().nullish() }).nullish(),
});

/** Parses one page of results, or returns a message naming the bad field. */
export function parseJsmKbPage(json: unknown): { ok: true; articles: KbArticle[]; next: string | null } | { ok: false; message: string } {
  const r = JsmArticlePage.safeParse(json);
  if (!r.success) return { ok: false, message: describeIssues(r.error.issues) };
  const articles = r.data.values.flatMap((v, i): KbArticle[] => {
    const pageId = v.source?.pageId;
    const url = v.content?.iframeSrc ?? null;
    const id = pageId !== null && pageId !== undefined ? String(pageId) : url;
    if (!id) return [];
    const confluence = v.source?.type === 'confluence';
    return [{
      id: confluence ? `confluence:${id}` : `jsm:${id}:${i}`,
      source: 'jsm-kb',
      title: v.title ?? '',
      body: htmlToText(v.excerpt ?? ''),
      labels: v.source?.spaceKey ? [v.source.spaceKey] : [],
      section: v.source?.spaceKey ?? null,
      url,
      locale: null,
      updatedAt: null,
    }];
  });
  return { ok: true, articles, next: r.data.isLastPage === false ? (r.data._links?.next ?? null) : null };
}
