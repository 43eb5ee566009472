// Paging over Jira's offset-paged lists (platform `startAt/maxResults/total`, JSM `start/limit/
// isLastPage`), one GET at a time, stopping at the first failure with the pages read so far.
import { getJson, type HttpContext, type PartLabel, type SiteWords } from '../http';

/** Jira's words for the shared same-origin GET. */
export const JIRA_WORDS: SiteWords = {
  site: 'Jira',
  item: 'the issue',
  notFound: 'the issue may have been deleted or moved, or you may not have access to it',
};

/** At most this many pages of one list: 50 pages of 100 bound a read to 5000 items. */
export const MAX_PAGES = 50;

export interface PagesRead {
  pages: unknown[];
  /** Items read so far, for "only the first N ... are shown". */
  count: number;
  /** The failure that stopped paging, if any. */
  failure: { status: number | null; message: string } | null;
  /** True when MAX_PAGES was reached with more to come. */
  truncated: boolean;
}

/**
 * GETs `url(0)`, then `url(offset)` for as long as `next(json)` gives the next offset (null: done,
 * or a page it could not parse, which the API reader reports). `count(json)` counts a page's items.
 */
export async function readPages(
  url: (offset: number) => string,
  next: (json: unknown) => number | null,
  count: (json: unknown) => number,
  label: PartLabel,
  ctx: HttpContext,
): Promise<PagesRead> {
  const out: PagesRead = { pages: [], count: 0, failure: null, truncated: false };
  const seen = new Set<number>();
  let offset: number | null = 0;
  while (offset !== null) {
    if (out.pages.length >= MAX_PAGES) {
      out.truncated = true;
      break;
    }
    seen.add(offset);
    const r = await getJson(url(offset), label, ctx, JIRA_WORDS);
    if (!r.ok) {
      out.failure = { status: r.status, message: r.message };
      break;
    }
    out.pages.push(r.json);
    out.count += count(r.json);
    const n = next(r.json);
    // An offset that does not move forward would loop: the list is taken as it stands.
    offset = n !== null && !seen.has(n) && n > offset ? n : null;
  }
  return out;
}
