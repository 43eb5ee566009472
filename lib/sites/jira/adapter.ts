import type { SiteAdapter } from '../adapter';
import { composerSelectors, insertJiraText, readJiraDraft } from './composer';
import { readJiraDom } from './dom';
import { fetchJiraSnapshot } from './fetch';
import { isJiraCloudHost, isJiraPage, jiraIssueKeyFromUrl } from './urls';

/** Jira Cloud and JSM (`*.atlassian.net`), and Jira on a custom domain the user granted (page markers). */
export const jiraAdapter: SiteAdapter = {
  site: 'jira',
  matchesPage: (doc, href) => {
    if (!URL.canParse(href)) return false;
    const url = new URL(href);
    // Confluence shares atlassian.net hosts under /wiki; it is not Jira.
    if (isJiraCloudHost(url.hostname) && !/^\/wiki(?:\/|$)/.test(url.pathname)) return true;
    return isJiraPage(doc);
  },
  ticketIdFromUrl: jiraIssueKeyFromUrl,
  readDom: readJiraDom,
  fetchSnapshot: fetchJiraSnapshot,
  composerSelectors,
  readDraft: readJiraDraft,
  insertText: insertJiraText,
};
