import type { EscalationPackage } from '../schema/escalation';
import { toJiraWiki } from './jira-wiki';

/** Where "Open in Jira" creates the issue. */
export interface JiraTarget {
  /** The Jira Cloud site, e.g. "acme.atlassian.net" or "https://acme.atlassian.net". */
  site: string;
  /**
   * Numeric project id (GET /rest/api/3/project/{key} → id). The create screen's `pid` takes only
   * the id; a key such as "OPS" opens an empty form.
   */
  projectId: string | number;
  /** Numeric issue type id (GET /rest/api/3/issuetype/project?projectId=…); names are ignored too. */
  issueTypeId: string | number;
  /** Optional numeric priority id. */
  priorityId?: string | number;
}

/** Browsers and proxies in front of Jira reject URLs much past 8 KB; stay under it. */
export const MAX_JIRA_URL = 8000;
export const TRUNCATION_NOTE = '\n\n_(Cut to fit the link. The full package is in Deskside: copy it from the ticket sidebar.)_';
const SUMMARY_MAX = 255; // Jira's limit on summary length

function origin(site: string): string {
  const url = new URL(/^https?:\/\//.test(site) ? site : `https://${site}`);
  if (url.protocol !== 'https:') throw new Error(`Jira site must use https: "${site}"`);
  return url.origin;
}

function idParam(name: string, v: string | number): string {
  const s = String(v).trim();
  if (!/^\d+$/.test(s)) throw new Error(`${name} must be Jira's numeric id, not "${s}" (keys and names are not accepted by the create screen)`);
  return s;
}

// A cut inside {noformat} would swallow the note; close the block first.
function cut(description: string, length: number): string {
  let text = description.slice(0, length);
  const nl = text.lastIndexOf('\n');
  if (nl > length * 0.8) text = text.slice(0, nl);
  if ((text.match(/\{noformat\}/g) ?? []).length % 2 === 1) text += '\n{noformat}';
  return text + TRUNCATION_NOTE;
}

/**
 * The Jira Cloud create-issue URL with project, issue type, summary and the package as a wiki-markup
 * description (Jira converts it for its editor), cut with a note when the whole would be too long.
 */
export function jiraCreateUrl(target: JiraTarget, pkg: EscalationPackage, opts: { maxLength?: number } = {}): string {
  const max = opts.maxLength ?? MAX_JIRA_URL;
  const base = `${origin(target.site)}/secure/CreateIssueDetails!init.jspa`;
  const fixed = [`pid=${idParam('projectId', target.projectId)}`, `issuetype=${idParam('issueTypeId', target.issueTypeId)}`];
  if (target.priorityId !== undefined) fixed.push(`priority=${idParam('priorityId', target.priorityId)}`);
  const summary = pkg.summary.length > SUMMARY_MAX ? `${pkg.summary.slice(0, SUMMARY_MAX - 1)}…` : pkg.summary;
  fixed.push(`summary=${encodeURIComponent(summary)}`);
  const build = (description: string) => `${base}?${[...fixed, `description=${encodeURIComponent(description)}`].join('&')}`;
  const full = toJiraWiki(pkg);
  if (build(full).length <= max) return build(full);
  if (build(cut('', 0)).length > max) throw new Error(`maxLength ${max} is too small for even the summary`);
  // The longest prefix that fits, found by halving: encoded length grows with the prefix.
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (build(cut(full, mid)).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return build(cut(full, lo));
}
