// Zendesk Help Center article pages -> KbArticles. One schema serves the list endpoint
// (`/api/v2/help_center/{locale}/articles.json?page[size]=100`: meta.has_more, links.next),
// the incremental export (`/api/v2/help_center/incremental/articles.json?start_time=`:
// next_page, end_time, count) and saved exports of either.
import { z } from 'zod';
import { describeIssues } from '../schema/describe';
import { IsoTime } from '../schema/ticket';
import type { KbArticle } from '../schema/kb';
import { htmlToText } from './html';

const Id = z.union([z.number(), z.string().min(1)]);

/** One article as Zendesk sends it; fields Deskside does not use are ignored. */
export const HcArticle = z.object({
  id: Id,
  url: z.string().nullish(),
  html_url: z.string().nullish(),
  title: z.string().nullish(),
  name: z.string().nullish(),
  body: z.string().nullish(),
  locale: z.string().nullish(),
  label_names: z.array(z.string()).nullish(),
  section_id: Id.nullish(),
  draft: z.boolean().nullish(),
  outdated: z.boolean().nullish(),
  updated_at: z.string().nullish(),
});
export type HcArticle = z.infer<typeof HcArticle>;

/** One page of articles from the list or the incremental endpoint. */
export const HcPage = z.object({
  articles: z.array(HcArticle),
  meta: z.object({ has_more: z.boolean(), after_cursor: z.string().nullish() }).nullish(),
  links: z.object({ next: z.string().nullish() }).nullish(),
  next_page: z.string().nullish(),
  end_time: z.number().nullish(),
  count: z.number().nullish(),
});
export type HcPage = z.infer<typeof HcPage>;

/** A Help Center article as a KbArticle: HTML body to text, labels, draft/outdated marks. */
export function articleFromHc(a: HcArticle): KbArticle {
  const title = a.title ?? a.name ?? '';
  const updated = a.updated_at && IsoTime.safeParse(a.updated_at).success ? a.updated_at : null;
  return {
    id: String(a.id),
    source: 'zendesk-hc',
    title,
    body: htmlToText(a.body ?? ''),
    labels: a.label_names ?? [],
    section: a.section_id === null || a.section_id === undefined ? null : String(a.section_id),
    url: a.html_url ?? a.url ?? null,
    locale: a.locale ?? null,
    updatedAt: updated,
    ...(a.draft ? { draft: true } : {}),
    ...(a.outdated ? { outdated: true } : {}),
  };
}

/** A parsed page: its articles and the URL of the next page, or null on the last one. */
export interface ParsedHcPage {
  articles: KbArticle[];
  next: string | null;
  /** The incremental export's end_time (unix seconds): where the next incremental run starts. */
  endTime: number | null;
}

/** Parses one page, or returns a message naming the bad field. */
export function parseHcPage(json: unknown): { ok: true; page: ParsedHcPage } | { ok: false; message: string } {
  const r = HcPage.safeParse(json);
  if (!r.success) return { ok: false, message: describeIssues(r.error.issues) };
  const p = r.data;
  // Cursor pages: has_more decides (links.next is sent on the last page too). Incremental:
  // next_page, until a page comes back empty.
  const next = p.meta ? (p.meta.has_more ? (p.links?.next ?? null) : null) : p.articles.length > 0 ? (p.next_page ?? null) : null;
  return { ok: true, page: { articles: p.articles.map(articleFromHc), next, endTime: p.end_time ?? null } };
}
