/** Helpdesk hosts Deskside reads. Everything else is reached only through activeTab or a grant. */
export const HELPDESK_MATCHES = ['https://*.zendesk.com/*', 'https://*.atlassian.net/*'];
