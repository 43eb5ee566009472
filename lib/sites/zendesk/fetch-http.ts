// Zendesk's words for the shared same-origin GET (lib/sites/http.ts).
import { getJson as getSiteJson, type Fetched, type HttpContext, type PartLabel, type SiteWords } from '../http';

export { abortableSleep, MAX_RETRY_WAIT_MS, retryAfterMs, statusLine } from '../http';
export type { Fetched, HttpContext, PartLabel } from '../http';

const ZENDESK: SiteWords = {
  site: 'Zendesk',
  item: 'the ticket',
  notFound: 'the ticket may have been deleted or merged, or the link is wrong',
};

/** GETs `url` from the Zendesk API and parses its JSON; failures come back as plain messages. */
export function getJson(url: string, label: PartLabel, ctx: HttpContext): Promise<Fetched> {
  return getSiteJson(url, label, ctx, ZENDESK);
}
