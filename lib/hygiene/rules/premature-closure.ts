import { z } from 'zod';
import type { TicketSnapshot } from '../../schema/ticket';
import { defineRule, finding } from '../define';
import { commentsKnown, duration, isPublicCustomer, lastComment, wordsRegex } from '../facts';
import { statusCategory } from '../status';

const Params = z.strictObject({
  /**
   * Solving within this many minutes of the last agent reply counts as "right after".
   * @default 60
   */
  withinMinutes: z.number().int().min(0).default(60),
  /**
   * Words in the requester's last comment that confirm the fix.
   * @default ["thanks", "thank you", "works", "working", "fixed", "resolved", "solved", "you can close", …]
   */
  confirmations: z
    .array(z.string().min(1))
    .default([
      'thanks', 'thank you', 'works', 'working now', 'fixed', 'resolved', 'solved', 'sorted',
      'you can close', 'please close', 'all good', 'that did it', 'confirmed', 'no longer',
    ]),
});

// "Thanks, but it still fails": polite words are not a confirmation when the problem remains.
const STILL_BROKEN = /\b(?:still|not working|doesn't work|does not work|didn't|did not|broken|again)\b/i;

/** When the ticket was solved: the helpdesk's record, the status change, or the last update. */
function solvedAt(t: TicketSnapshot): number | null {
  const change = [...t.transitions]
    .reverse()
    .find((x) => x.field === 'status' && ['solved', 'closed'].includes(statusCategory(x.to) ?? ''));
  const iso =
    t.resolvedAt ?? t.metrics?.solvedAt ?? change?.at ?? (statusCategory(t.status) === 'solved' ? t.updatedAt : null);
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : ms;
}

/** premature-closure: solved right after an agent reply with no confirmation from the requester. */
export const prematureClosure = defineRule({
  id: 'premature-closure',
  title: 'Solved after the requester confirmed',
  defaultSeverity: 'warning',
  appliesTo: { statuses: ['solved', 'closed'] },
  params: Params,
  check({ ticket, params }) {
    if (!commentsKnown(ticket)) return [];
    const last = lastComment(ticket, (c) => c.public && c.authorRole !== 'system');
    if (!last || last.authorRole !== 'agent') return [];
    const customer = lastComment(ticket, isPublicCustomer);
    const re = wordsRegex(params.confirmations);
    if (customer && re && !STILL_BROKEN.test(customer.text)) {
      re.lastIndex = 0;
      if (re.test(customer.text)) return [];
    }
    const solved = solvedAt(ticket);
    const replied = last.createdAt ? Date.parse(last.createdAt) : NaN;
    let gap = '';
    if (solved !== null && !Number.isNaN(replied)) {
      const minutes = (solved - replied) / 60_000;
      if (minutes > params.withinMinutes) return [];
      gap = ` ${duration(minutes)} after`;
    }
    return [
      finding(
        this,
        `Solved${gap || ' right after'} the last agent reply, with no confirmation from the requester.`,
        { field: 'comments', commentId: last.id },
        'Set the ticket to pending and ask the requester to confirm the fix; it solves itself if they do not answer.',
      ),
    ];
  },
});
