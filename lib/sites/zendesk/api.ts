import { emptySnapshot, type TrackedField } from '../../schema/snapshot-base';
import type { Person, TicketSnapshot } from '../../schema/ticket';
import { readComments } from './api-comments';
import {
  parseWith,
  ZendeskMetricsResponse,
  ZendeskTicketResponse,
  type ZendeskUser,
} from './api-schema';
import { fieldValue, intOrNull, isoOrNull, minutesOrNull, slaMetric } from './api-values';

/** The parts of a ticket Deskside reads from separate Zendesk endpoints. */
export type ApiPart = 'ticket' | 'comments' | 'metrics';

export interface ApiInput {
  host: string;
  ticketId: string;
  url: string;
  capturedAt: string;
  /** JSON of `/api/v2/tickets/{id}.json?include=users,groups,organizations,slas`; absent if not fetched. */
  ticket?: unknown;
  /** JSON of each `/comments.json` page, in order. */
  comments?: readonly unknown[];
  /** JSON of `/metrics.json`. */
  metrics?: unknown;
}

/** A part whose JSON was not a Zendesk response of the expected shape. */
export interface ApiError {
  part: ApiPart;
  message: string;
}

function byId<T extends { id: number }>(items: readonly T[] | null | undefined): Map<number, T> {
  return new Map((items ?? []).map((x) => [x.id, x]));
}

/** A person by id, named from the sideload. Contact details are never copied. */
function person(
  id: number | null | undefined,
  users: ReadonlyMap<number, ZendeskUser>,
  orgs: ReadonlyMap<number, { name?: string | null }>,
  orgId?: number | null,
): Person | null {
  if (id === null || id === undefined) return null;
  const user = users.get(id);
  const org = orgId ?? user?.organization_id;
  const organization = org === null || org === undefined ? null : (orgs.get(org)?.name ?? null);
  return { id: String(id), name: user?.name ?? null, organization };
}

/**
 * Builds a snapshot from Zendesk REST JSON. Each part is validated on its own: a part that is
 * not a Zendesk response is reported in `errors` and leaves its fields empty, the others still count.
 * `fieldSources` marks every field a response carried, even when its value is null.
 */
export function snapshotFromApi(input: ApiInput): { snapshot: TicketSnapshot; errors: ApiError[] } {
  const { host, ticketId, url, capturedAt } = input;
  const s = emptySnapshot({ site: 'zendesk', host, ticketId, url, capturedAt });
  const errors: ApiError[] = [];
  const read = (...fields: TrackedField[]): void => {
    for (const f of fields) s.fieldSources[f] = 'api';
  };
  let users = new Map<number, ZendeskUser>();
  let requesterId: number | null = null;

  if (input.ticket !== undefined) {
    const r = parseWith(ZendeskTicketResponse, input.ticket);
    if (!r.ok) errors.push({ part: 'ticket', message: r.message });
    else {
      const t = r.data.ticket;
      users = byId(r.data.users);
      const orgs = byId(r.data.organizations);
      const groupName = t.group_id == null ? null : byId(r.data.groups).get(t.group_id)?.name;
      requesterId = t.requester_id ?? null;
      Object.assign(s, {
        subject: t.subject ?? null,
        description: t.description ?? null,
        status: t.status,
        priority: t.priority ?? null,
        type: t.type ?? null,
        tags: t.tags ?? [],
        requester: person(t.requester_id, users, orgs, t.organization_id),
        assignee: person(t.assignee_id, users, orgs),
        group: t.group_id == null ? null : { id: String(t.group_id), name: groupName ?? null },
        createdAt: isoOrNull(t.created_at),
        updatedAt: isoOrNull(t.updated_at),
        customFields: (t.custom_fields ?? []).map((f) => ({
          id: String(f.id),
          label: null,
          value: fieldValue(f.value),
        })),
      } satisfies Partial<TicketSnapshot>);
      read('subject', 'description', 'status', 'priority', 'type', 'tags', 'requester');
      read('assignee', 'group', 'createdAt', 'updatedAt', 'customFields');
      // No `slas` key means SLAs were not asked for or not granted: unknown, not "none".
      if (t.slas) {
        s.sla = (t.slas.policy_metrics ?? []).map((m) => slaMetric(m, capturedAt));
        read('sla');
      }
    }
  }

  if (input.comments && input.comments.length > 0) {
    const c = readComments(input.comments, users, requesterId);
    for (const message of c.errors) errors.push({ part: 'comments', message });
    if (c.comments.length > 0 || c.complete) {
      s.comments = c.comments;
      read('comments');
    }
    s.commentCount = c.complete ? c.comments.length : null;
  }

  if (input.metrics !== undefined) {
    const r = parseWith(ZendeskMetricsResponse, input.metrics);
    if (!r.ok) errors.push({ part: 'metrics', message: r.message });
    else {
      const m = r.data.ticket_metric;
      s.metrics = {
        firstReplyMinutes: minutesOrNull(m.reply_time_in_minutes),
        fullResolutionMinutes: minutesOrNull(m.full_resolution_time_in_minutes),
        reopens: intOrNull(m.reopens),
        replies: intOrNull(m.replies),
        solvedAt: isoOrNull(m.solved_at),
      };
      read('metrics');
      if (s.metrics.solvedAt) {
        s.resolvedAt = s.metrics.solvedAt;
        read('resolvedAt');
      }
    }
  }

  s.sources = Object.keys(s.fieldSources).length > 0 ? ['api'] : [];
  return { snapshot: s, errors };
}
