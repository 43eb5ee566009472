// Recognises which export a JSON file is and turns it into snapshots for the audit.
import { describeIssues } from '../schema/describe';
import { JiraSearch, snapshotFromJiraSearchIssue } from './import-jira';
import {
  snapshotsFromZendesk,
  ZendeskOneTicket,
  ZendeskSearch,
  ZendeskTicketsPage,
  type ImportedTicket,
} from './import-zendesk';

export type { ImportedTicket } from './import-zendesk';

const KNOWN =
  'expected a Zendesk tickets page or incremental export ({"tickets": [...]}), a Zendesk search ' +
  'result ({"results": [...]}), a Zendesk ticket ({"ticket": {...}}), a Jira search result ({"issues": [...]}) or a Jira issue ({"key", "fields"})';

/** The export's format, by its top-level key. */
export type ExportFormat = 'zendesk-tickets' | 'zendesk-search' | 'zendesk-ticket' | 'jira-search';

/**
 * The tickets of an export file, as snapshots. Throws an Error saying what is wrong (the format
 * expected, or the ticket and field that could not be read); the caller names the file.
 */
export function importExport(json: unknown, capturedAt: string): { format: ExportFormat; tickets: ImportedTicket[] } {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new Error(`${KNOWN}; got ${Array.isArray(json) ? 'an array' : json === null ? 'null' : typeof json}`);
  }
  if ('issues' in json || ('key' in json && 'fields' in json)) {
    // One issue (GET /issue/KEY) is audited as a search result of one.
    const r = JiraSearch.safeParse('issues' in json ? json : { issues: [json] });
    if (!r.success) throw new Error(`not a Jira search result: ${describeIssues(r.error.issues)}`);
    const tickets = r.data.issues.map((issue, i) => {
      const { snapshot, errors } = snapshotFromJiraSearchIssue(issue, capturedAt);
      if (errors.length > 0) throw new Error(`issues[${i}] (${issue.key}): ${errors.join('; ')}`);
      return { id: issue.key, snapshot };
    });
    return { format: 'jira-search', tickets };
  }
  if ('tickets' in json) {
    const r = ZendeskTicketsPage.safeParse(json);
    if (!r.success) throw new Error(`not a Zendesk tickets page: ${describeIssues(r.error.issues)}`);
    const { tickets, ...side } = r.data;
    return { format: 'zendesk-tickets', tickets: snapshotsFromZendesk(tickets, side, capturedAt, 'tickets') };
  }
  if ('results' in json) {
    const r = ZendeskSearch.safeParse(json);
    if (!r.success) throw new Error(`not a Zendesk search result: ${describeIssues(r.error.issues)}`);
    const { results, ...side } = r.data;
    return { format: 'zendesk-search', tickets: snapshotsFromZendesk(results, side, capturedAt, 'results') };
  }
  if ('ticket' in json) {
    const r = ZendeskOneTicket.safeParse(json);
    if (!r.success) throw new Error(`not a Zendesk ticket: ${describeIssues(r.error.issues)}`);
    const { ticket, ...side } = r.data;
    return { format: 'zendesk-ticket', tickets: snapshotsFromZendesk([ticket], side, capturedAt, 'ticket') };
  }
  throw new Error(`${KNOWN}; the top-level keys are ${Object.keys(json).slice(0, 6).join(', ') || 'none'}`);
}
