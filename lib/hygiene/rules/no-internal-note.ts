import { z } from 'zod';
import { defineRule, finding } from '../define';
import { commentsKnown } from '../facts';
import { statusCategory } from '../status';

const Params = z.strictObject({
  /**
   * Tags or labels that mark a ticket as escalated (matched as parts of a tag, case-insensitively).
   * @default ["escalated", "escalation"]
   */
  escalationTags: z.array(z.string().min(1)).default(['escalated', 'escalation']),
  /**
   * Words in a status name that mark it as escalated (Jira "Escalated", "Escalated to L2").
   * @default ["escalat"]
   */
  escalationStatuses: z.array(z.string().min(1)).default(['escalat']),
});

/** True when the ticket is escalated by tag/label or status name. */
export function isEscalated(
  t: { tags: readonly string[]; status: string | null },
  p: { escalationTags: readonly string[]; escalationStatuses: readonly string[] },
): boolean {
  const tags = t.tags.map((x) => x.toLowerCase());
  const status = (t.status ?? '').toLowerCase();
  return (
    p.escalationTags.some((e) => tags.some((x) => x.includes(e.toLowerCase()))) ||
    p.escalationStatuses.some((e) => status.includes(e.toLowerCase()))
  );
}

/** no-internal-note: escalated or solved with no internal note recording what was tried. */
export const noInternalNote = defineRule({
  id: 'no-internal-note',
  title: 'Escalated and solved tickets have an internal note',
  defaultSeverity: 'warning',
  appliesTo: {},
  params: Params,
  check({ ticket, params }) {
    if (!commentsKnown(ticket)) return [];
    const cat = statusCategory(ticket.status);
    const escalated = isEscalated(ticket, params);
    if (!escalated && cat !== 'solved' && cat !== 'closed') return [];
    if (ticket.comments.some((c) => !c.public && c.authorRole !== 'system')) return [];
    const why = escalated ? 'escalated' : cat;
    return [
      finding(
        this,
        `The ticket is ${why} but has no internal note.`,
        { field: 'comments' },
        'Add an internal note: what was checked, what was tried, and what the outcome was.',
      ),
    ];
  },
});
