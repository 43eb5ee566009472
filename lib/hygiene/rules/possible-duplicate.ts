import { z } from 'zod';
import type { TicketSnapshot } from '../../schema/ticket';
import { defineRule, finding } from '../define';
import { quote, ticketName } from '../facts';
import { similarTickets, ticketWords } from '../similarity';
import { ticketKey } from '../../schema/snapshot-base';
import { isActive } from '../status';
import type { Finding } from '../types';

const Params = z.strictObject({
  /**
   * Similarity (0-1, shared words of subject and description) from which tickets count as duplicates.
   * @default 0.5
   */
  threshold: z.number().min(0).max(1).default(0.5),
  /**
   * At most this many similar tickets are listed.
   * @default 3
   */
  maxResults: z.number().int().min(1).max(20).default(3),
});

const sameRequester = (a: TicketSnapshot, b: TicketSnapshot): boolean => {
  const x = a.requester;
  const y = b.requester;
  if (!x || !y) return false;
  if (x.id && y.id) return x.id === y.id;
  return Boolean(x.name && x.name === y.name);
};

/** possible-duplicate: an open cached ticket from another requester with a very similar subject/description. */
export const possibleDuplicate = defineRule({
  id: 'possible-duplicate',
  title: 'Not a duplicate of another open ticket',
  defaultSeverity: 'info',
  appliesTo: { statuses: ['open', 'pending'] },
  params: Params,
  check({ ticket, others, params }) {
    if (!others || others.length === 0) return [];
    const mine = ticketWords(ticket);
    if (mine.subject.size + mine.body.size < 2) return [];
    const keep = (o: TicketSnapshot): boolean =>
      o.site === ticket.site &&
      o.host === ticket.host &&
      o.ticketId !== ticket.ticketId &&
      isActive(o.status) &&
      !sameRequester(ticket, o);
    const hits = similarTickets(mine, others, keep, params.threshold);
    return hits.slice(0, params.maxResults).map(
      ({ t, score }): Finding =>
        finding(
          this,
          `Looks like ${ticketName(t)} from another requester (${Math.round(score * 100)}% similar): ` +
            `"${quote(t.subject ?? '', 0, 0, 60)}".`,
          { field: 'subject', quote: t.subject ?? undefined, relatedTicket: ticketKey(t) },
          `Link it to ${ticketName(t)}; if more customers report it, open an umbrella (problem) ticket and link them all.`,
        ),
    );
  },
});
