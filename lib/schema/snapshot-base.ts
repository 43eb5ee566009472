// Zod-free helpers for TicketSnapshot, safe to import from the content script: classic zod adds
// ~90 KB gzipped to a bundle, and the content script must stay small (see README budgets).
import type { Site, TicketSnapshot } from './ticket';

/** Snapshot fields whose provenance is tracked one by one. */
export const TRACKED_FIELDS = [
  'subject',
  'description',
  'status',
  'priority',
  'type',
  'tags',
  'requester',
  'assignee',
  'group',
  'createdAt',
  'updatedAt',
  'comments',
  'customFields',
  'sla',
  'metrics',
] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

/** The cache key of a ticket: one record per helpdesk host and ticket. */
export function ticketKey(t: { site: Site; host: string; ticketId: string }): string {
  return `${t.site}:${t.host}:${t.ticketId}`;
}

/** An empty snapshot for a ticket, to be filled by a site reader. */
export function emptySnapshot(base: {
  site: Site;
  host: string;
  ticketId: string;
  url: string;
  capturedAt: string;
}): TicketSnapshot {
  return {
    ...base,
    subject: null,
    description: null,
    status: null,
    priority: null,
    type: null,
    tags: [],
    requester: null,
    assignee: null,
    group: null,
    createdAt: null,
    updatedAt: null,
    comments: [],
    commentCount: null,
    customFields: [],
    sla: [],
    metrics: null,
    sources: [],
    fieldSources: {},
    notices: [],
  };
}
