/** Helpdesk hosts Deskside reads. Everything else is reached only through activeTab or a grant. */
export const HELPDESK_MATCHES = ['https://*.zendesk.com/*', 'https://*.atlassian.net/*'];

/**
 * True when a host (optionally with a port) is one the built-in patterns cover: the pages where the
 * sidebar may be framed (the only web_accessible_resources matches). As in a match pattern, `*.x`
 * covers x itself and every subdomain of it, on any port.
 */
export function isBuiltInHelpdeskHost(host: string): boolean {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  return HELPDESK_MATCHES.some((pattern) => {
    const domain = pattern.replace(/^https:\/\/\*\./, '').replace(/\/\*$/, '');
    return name === domain || name.endsWith(`.${domain}`);
  });
}
