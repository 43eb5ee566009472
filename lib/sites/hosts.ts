/** Helpdesk hosts Deskside reads. Everything else is reached only through activeTab. */
export const HELPDESK_MATCHES = ['https://*.zendesk.com/*'];
