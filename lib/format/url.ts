// Links built from data (KB article URLs, ticket and evidence addresses) go only to web pages.
// A stranger controls those strings: a `javascript:` or `data:` URL in an href would run or render
// in the extension page when clicked, and one inserted into a reply would reach the customer.

/**
 * The address as a normalised http(s) URL, safe for an href, window.open or a reply; null for any
 * other scheme (javascript:, data:, vbscript:, file:, chrome-extension:), for anything that does not
 * parse, and for URLs carrying credentials ("https://helpdesk.example@evil.example" phishing).
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    // The URL parser drops leading/trailing control characters and inner tabs and newlines the
    // same way the browser does when it follows a link, so "java\tscript:" is seen as javascript:.
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}
