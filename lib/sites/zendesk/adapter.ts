import type { SiteAdapter } from '../adapter';
import { channelSwitcher, composerEditor, insertZendeskText, readZendeskDraft } from './composer';
import { readZendeskDom } from './dom';
import { fetchZendeskSnapshot } from './fetch';
import { isZendeskHost, zendeskTicketIdFromUrl } from './urls';

// The content script runs only on *.zendesk.com and on domains the user granted, so on any other
// host an Agent Workspace path is enough to say "this is a host-mapped Zendesk".
const AGENT_PATH = /^\/agent(?:\/|$)/;

/** Zendesk Agent Workspace (`*.zendesk.com` and host-mapped domains the user granted). */
export const zendeskAdapter: SiteAdapter = {
  site: 'zendesk',
  matchesPage: (_doc, href) => {
    if (!URL.canParse(href)) return false;
    const url = new URL(href);
    return isZendeskHost(url.hostname) || AGENT_PATH.test(url.pathname);
  },
  ticketIdFromUrl: (href) => zendeskTicketIdFromUrl(href, { anyHost: true }),
  readDom: readZendeskDom,
  fetchSnapshot: fetchZendeskSnapshot,
  composerSelectors: [...composerEditor, ...channelSwitcher],
  readDraft: readZendeskDraft,
  insertText: insertZendeskText,
};
