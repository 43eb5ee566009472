/** Jira URL predicates and page markers. Pure apart from `isJiraPage`, which only queries the DOM. */

/** Where an agent (or a customer) sees one issue. */
export type JiraViewKind = 'issue' | 'side-panel' | 'queue' | 'portal';

export interface JiraView {
  kind: JiraViewKind;
  /** The issue key, upper-cased as Jira stores it: "SUP-101". */
  key: string;
}

// Project keys start with a letter, then letters, digits or underscores; issue numbers never start with 0.
const KEY = '[A-Za-z][A-Za-z0-9_]*-[1-9]\\d{0,9}';
const KEY_ONLY = new RegExp(`^${KEY}$`);
// Data Center may serve Jira under a context path (/jira/browse/KEY), so the paths are not anchored at /.
const BROWSE = new RegExp(`(?:^|/)browse/(${KEY})/?$`);
const QUEUE = new RegExp(`(?:^|/)jira/servicedesk/projects/[^/]+/queues/(?:[^/]+/)*(${KEY})/?$`);
const PORTAL = new RegExp(`(?:^|/)servicedesk/customer/portal/\\d+/(${KEY})/?$`);
// One or more subdomain labels: atlassian.net alone is Atlassian's, not a site.
const CLOUD_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+atlassian\.net$/;

/** True for a Jira Cloud site host such as `acme.atlassian.net`. */
export function isJiraCloudHost(host: string): boolean {
  return CLOUD_HOST.test(host.toLowerCase());
}

/** True for an issue key such as "SUP-101" (any case). */
export function isIssueKey(s: string): boolean {
  return KEY_ONLY.test(s);
}

function parse(url: string | URL): URL | null {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null; // not a URL at all: callers treat null as "no issue here"
  }
}

/**
 * Which issue view a URL shows: `/browse/KEY`, a board/backlog/list with `?selectedIssue=KEY`, a JSM
 * agent queue `/jira/servicedesk/projects/P/queues/.../KEY`, or the JSM portal request view. Any host:
 * custom domains (Data Center) are gated by `isJiraPage`, not here. Jira Cloud is https only.
 */
export function jiraViewFromUrl(url: string | URL): JiraView | null {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  if (u.protocol === 'http:' && isJiraCloudHost(u.hostname)) return null;
  const path = u.pathname;
  const hit = (kind: JiraViewKind, m: RegExpExecArray | null): JiraView | null =>
    m?.[1] ? { kind, key: m[1].toUpperCase() } : null;
  const direct = hit('queue', QUEUE.exec(path)) ?? hit('portal', PORTAL.exec(path)) ?? hit('issue', BROWSE.exec(path));
  if (direct) return direct;
  // The side panel: any board, backlog, list or search view names its open issue in the query.
  const selected = u.searchParams.get('selectedIssue')?.trim() ?? '';
  if (isIssueKey(selected) && !/(?:^|\/)wiki(?:\/|$)/.test(path)) {
    return { kind: 'side-panel', key: selected.toUpperCase() };
  }
  return null;
}

/** The issue key a URL shows, or null. */
export function jiraIssueKeyFromUrl(url: string | URL): string | null {
  return jiraViewFromUrl(url)?.key ?? null;
}

// TM jira.ts; saved Jira Cloud pages (2026-01); Data Center sets it too. Its content is compared
// upper-cased in code: the case-insensitive attribute flag is not in every DOM test library.
const APPLICATION_NAME = 'meta[name="application-name"]';

/** Other page markers that say "this is Jira", newest first (SELECTORS.md, "page is Jira"). */
export const JIRA_PAGE_MARKERS: readonly string[] = [
  // TM jira.ts: the AUI context-path meta of server-rendered Jira (Data Center, the portal).
  'meta[name="ajs-context-path"]',
  // Saved Jira Cloud pages (2026-01): the SPA root.
  '#jira-frontend',
];

/** True when the page itself says it is Jira, so a granted custom domain (Data Center) works. */
export function isJiraPage(doc: Document): boolean {
  const app = doc.querySelector(APPLICATION_NAME)?.getAttribute('content')?.trim().toUpperCase();
  return app === 'JIRA' || JIRA_PAGE_MARKERS.some((s) => doc.querySelector(s) !== null);
}
