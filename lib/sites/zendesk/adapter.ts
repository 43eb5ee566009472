import type { SiteAdapter } from '../adapter';
import { readZendeskDom } from './dom';
import { fetchZendeskSnapshot } from './fetch';
import { isZendeskHost, zendeskTicketIdFromUrl } from './urls';

/** Zendesk Agent Workspace (`*.zendesk.com` and host-mapped domains the user granted). */
export const zendeskAdapter: SiteAdapter = {
  site: 'zendesk',
  matchesPage: (_doc, href) => URL.canParse(href) && isZendeskHost(new URL(href).hostname),
  ticketIdFromUrl: zendeskTicketIdFromUrl,
  readDom: readZendeskDom,
  fetchSnapshot: fetchZendeskSnapshot,
};
