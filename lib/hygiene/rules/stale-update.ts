import { z } from 'zod';
import { defineRule, finding } from '../define';
import { commentsKnown, duration, isPublicAgent, lastComment, minutesSince } from '../facts';

const Params = z.strictObject({
  /**
   * Minutes an urgent or high ticket may go without a public agent update.
   * @default 60
   */
  maxMinutes: z.number().int().min(1).default(60),
  /**
   * Priorities this applies to (compared case-insensitively).
   * @default ["urgent", "high", "highest", "critical", "blocker", "p1", "p2"]
   */
  priorities: z.array(z.string()).default(['urgent', 'high', 'highest', 'critical', 'blocker', 'p1', 'p2']),
});

/** stale-update: an urgent/high open ticket whose last public agent update is too old. */
export const staleUpdate = defineRule({
  id: 'stale-update',
  title: 'Urgent tickets get regular updates',
  defaultSeverity: 'warning',
  appliesTo: { statuses: ['open'] },
  params: Params,
  check({ ticket, params, now }) {
    const p = ticket.priority?.trim().toLowerCase();
    if (!p || !params.priorities.some((x) => x.toLowerCase() === p)) return [];
    const last = lastComment(ticket, isPublicAgent);
    // Without the conversation the last change of any kind stands in for the last update.
    const since = last?.createdAt ?? (commentsKnown(ticket) ? ticket.createdAt : ticket.updatedAt);
    const age = minutesSince(since, now);
    if (age === null || age <= params.maxMinutes) return [];
    const what = last
      ? `The last public update was ${duration(age)} ago`
      : commentsKnown(ticket)
        ? `No public update in the ${duration(age)} since the ticket was created`
        : `The ticket was last updated ${duration(age)} ago`;
    return [
      finding(
        this,
        `${what}, on a ${ticket.priority} ticket.`,
        { field: last ? 'comments' : 'updatedAt', ...(last ? { commentId: last.id } : {}) },
        'Send the customer a short status update with the time of the next one.',
      ),
    ];
  },
});
