import { emptySnapshot, type TicketSnapshot } from '@/lib/schema';

/** A valid snapshot of ticket 7 on a test host, with the given fields set. */
export function snapshot(fields: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    ...emptySnapshot({
      site: 'zendesk',
      host: 'test.zendesk.com',
      ticketId: '7',
      url: 'https://test.zendesk.com/agent/tickets/7',
      capturedAt: '2026-11-20T10:00:00.000Z',
    }),
    ...fields,
  };
}
