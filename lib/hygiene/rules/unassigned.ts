import { z } from 'zod';
import { defineRule, finding } from '../define';
import { duration, minutesSince } from '../facts';

const Params = z.strictObject({
  /**
   * Minutes a ticket may stay without an owner after it was created.
   * @default 60
   */
  afterMinutes: z.number().int().min(0).default(60),
  /**
   * A group without an assignee counts as owned (a team queue). Off by default: Zendesk's own
   * "Unassigned tickets" view means no assignee, whatever the group.
   * @default false
   */
  groupCounts: z.boolean().default(false),
});

/** unassigned: open longer than a setting with no assignee or group. */
export const unassigned = defineRule({
  id: 'unassigned',
  title: 'Ticket has an owner',
  defaultSeverity: 'warning',
  appliesTo: { statuses: ['open', 'pending'] },
  params: Params,
  check({ ticket, params, now }) {
    if (ticket.assignee) return [];
    if (params.groupCounts && ticket.group) return [];
    const age = minutesSince(ticket.createdAt, now);
    if (age !== null && age < params.afterMinutes) return [];
    const owner = ticket.group
      ? `no assignee (${ticket.group.name ? `group ${ticket.group.name}` : 'only a group'})`
      : ticket.site === 'zendesk'
        ? 'no assignee or group'
        : 'no assignee';
    const since = age === null ? '' : ` ${duration(age)} after it was created`;
    return [
      finding(
        this,
        `The ticket has ${owner}${since}.`,
        { field: 'assignee' },
        ticket.site === 'zendesk' ? 'Assign it to an agent (and a group).' : 'Assign it to someone.',
      ),
    ];
  },
});
