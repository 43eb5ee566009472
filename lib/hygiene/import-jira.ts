// Jira search results ({issues, startAt, maxResults, total}) into snapshots, through the Jira
// reader in lib/sites/jira. A search returns each issue's fields inline; two things the reader does
// not take from an issue are read here: the resolution (for missing-resolution) and JSM fields
// (request type, SLAs), which a search returns as custom fields under instance-specific ids.
import { z } from 'zod';
import type { TicketSnapshot } from '../schema/ticket';
import { snapshotFromJiraApi } from '../sites/jira/api';
import { JsmSla, parseWith } from '../sites/jira/api-schema';
import { slaMetric } from '../sites/jira/api-values';

/** `GET /rest/api/{2,3}/search` (or `/search/jql`) response. */
export const JiraSearch = z.looseObject({
  issues: z.array(z.looseObject({ key: z.string(), self: z.string().nullish(), fields: z.record(z.string(), z.unknown()) })),
  startAt: z.number().optional(),
  maxResults: z.number().optional(),
  total: z.number().optional(),
});
export type JiraSearch = z.infer<typeof JiraSearch>;

const RequestTypeField = z.looseObject({ requestType: z.looseObject({ name: z.string() }) });
const Resolution = z.looseObject({ name: z.string() });

/** The Jira host from an issue's `self` URL, or null. */
function hostOf(self: string | null | undefined): string | null {
  try {
    return self ? new URL(self).host : null;
  } catch {
    return null;
  }
}

/** Request type and SLAs from JSM custom fields, whatever their ids on this instance. */
function jsmFields(fields: Record<string, unknown>, s: TicketSnapshot, capturedAt: string): void {
  for (const [id, value] of Object.entries(fields)) {
    if (!id.startsWith('customfield_') || value === null || typeof value !== 'object') continue;
    const rt = RequestTypeField.safeParse(value);
    if (rt.success) {
      s.requestType = rt.data.requestType.name;
      s.fieldSources.requestType = 'api';
      continue;
    }
    if (!('ongoingCycle' in value) && !('completedCycles' in value)) continue;
    const sla = parseWith(JsmSla, value);
    if (sla.ok) {
      s.sla.push(slaMetric(sla.data, capturedAt));
      s.fieldSources.sla = 'api';
    }
  }
}

/** One issue of a search result as a snapshot; `errors` says what the Jira reader could not read. */
export function snapshotFromJiraSearchIssue(
  issue: JiraSearch['issues'][number],
  capturedAt: string,
): { snapshot: TicketSnapshot; errors: string[] } {
  const host = hostOf(issue.self) ?? 'unknown.atlassian.net';
  const { snapshot, errors } = snapshotFromJiraApi({
    host,
    ticketId: issue.key,
    url: `https://${host}/browse/${issue.key}`,
    capturedAt,
    issue,
  });
  const resolution = Resolution.safeParse(issue.fields.resolution);
  if (resolution.success) {
    snapshot.customFields.push({ id: 'resolution', label: 'Resolution', value: resolution.data.name });
    snapshot.fieldSources.customFields = 'api';
  }
  jsmFields(issue.fields, snapshot, capturedAt);
  return { snapshot, errors: errors.map((e) => `${e.part}: ${e.message}`) };
}
