/** Zendesk URL predicates. Pure: no DOM, no browser APIs, so the CLI and tests share them. */

// One or more subdomain labels: the bare zendesk.com is Zendesk's own site, not a helpdesk.
const ZENDESK_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+zendesk\.com$/;

// Sub-pages such as /agent/tickets/123/events still show ticket 123; ids never start with 0.
const TICKET_PATH = /^\/agent\/tickets\/([1-9]\d{0,18})(?:\/|$)/;

/** True for a helpdesk hostname such as `acme.zendesk.com` (no port; not `zendesk.com` itself). */
export function isZendeskHost(host: string): boolean {
  return ZENDESK_HOST.test(host.toLowerCase());
}

/**
 * The ticket id of an Agent Workspace ticket URL (`https://acme.zendesk.com/agent/tickets/123`), else
 * null. With `anyHost`, a host-mapped domain the user granted counts too.
 */
export function zendeskTicketIdFromUrl(url: string | URL, opts: { anyHost?: boolean } = {}): string | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null; // not a URL at all: nothing to read, and callers treat null as "not a ticket page"
  }
  // Zendesk serves agents over https on the default port only; anything else is not the helpdesk.
  if (parsed.protocol !== 'https:' || parsed.port !== '') return null;
  if (!opts.anyHost && !isZendeskHost(parsed.hostname)) return null;
  return TICKET_PATH.exec(parsed.pathname)?.[1] ?? null;
}
