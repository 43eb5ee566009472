import { TicketLink } from '../schema/kpi';
import type { DesksideDb } from './database';

/**
 * Records that a ticket was escalated to `target` (a Jira key or URL); the escalation-rate and
 * first-contact KPIs read it. Linking the same target twice keeps one link.
 */
export async function addEscalationLink(db: DesksideDb, link: { ticketKey: string; target: string; at: string }): Promise<void> {
  const row = TicketLink.parse({ ...link, kind: 'escalation' });
  await db.transaction('rw', db.links, async () => {
    const existing = await db.links.where('[ticketKey+kind+target]').equals([row.ticketKey, row.kind, row.target]).first();
    if (!existing) await db.links.add(row);
  });
}

/** A ticket's links, oldest first. */
export async function loadLinks(db: DesksideDb, ticketKey: string): Promise<TicketLink[]> {
  return (await db.links.where('ticketKey').equals(ticketKey).toArray()).sort((a, b) => a.at.localeCompare(b.at));
}
