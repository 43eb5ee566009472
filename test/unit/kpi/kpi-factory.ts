import { emptySnapshot, type Comment, type TicketSnapshot } from '@/lib/schema';

export const NOW = new Date('2026-11-27T12:00:00.000Z');

/** A Zendesk snapshot of ticket `id`, captured at NOW unless said otherwise. */
export function ticket(id: number | string, fields: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    ...emptySnapshot({
      site: 'zendesk',
      host: 'acme.zendesk.com',
      ticketId: String(id),
      url: `https://acme.zendesk.com/agent/tickets/${id}`,
      capturedAt: NOW.toISOString(),
    }),
    status: 'open',
    ...fields,
  };
}

/** Zendesk ticket metrics with only what a test sets. */
export function metrics(m: Partial<NonNullable<TicketSnapshot['metrics']>>): NonNullable<TicketSnapshot['metrics']> {
  return { firstReplyMinutes: null, fullResolutionMinutes: null, reopens: null, replies: null, solvedAt: null, ...m };
}

let n = 0;
/** A comment; agent and public unless said otherwise. */
export function comment(createdAt: string, fields: Partial<Comment> = {}): Comment {
  return { id: String(++n), authorRole: 'agent', authorName: null, public: true, createdAt, text: 'hi', ...fields };
}
