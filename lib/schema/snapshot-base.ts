// Helpers for TicketSnapshot that are safe in the content script: no classic zod (it adds ~90 KB
// gzipped to a bundle; the content script must stay small), only zod/mini where a check is needed.
import * as z from 'zod/mini';
import type { Site, TicketSnapshot } from './ticket';

/** SLA stages Deskside knows; anything else a helpdesk sends is 'unknown'. */
export const SLA_STAGES = ['active', 'paused', 'achieved', 'breached', 'unknown'] as const;

// The same check as the snapshot schema's IsoTime (zod's datetime with offset), in zod/mini.
const IsoMini = z.iso.datetime({ offset: true });

/** True for an ISO 8601 timestamp with a zone, as TicketSnapshot requires. */
export function isIsoTime(v: unknown): v is string {
  return IsoMini.safeParse(v).success;
}

/** Snapshot fields whose provenance is tracked one by one. */
export const TRACKED_FIELDS = [
  'subject',
  'description',
  'status',
  'priority',
  'type',
  'requestType',
  'tags',
  'requester',
  'assignee',
  'group',
  'createdAt',
  'updatedAt',
  'resolvedAt',
  'comments',
  'customFields',
  'sla',
  'metrics',
  'transitions',
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
    requestType: null,
    tags: [],
    requester: null,
    assignee: null,
    group: null,
    createdAt: null,
    updatedAt: null,
    resolvedAt: null,
    comments: [],
    commentCount: null,
    customFields: [],
    sla: [],
    metrics: null,
    transitions: [],
    sources: [],
    fieldSources: {},
    notices: [],
  };
}
