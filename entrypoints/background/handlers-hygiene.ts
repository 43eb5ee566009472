import type { DesksideDb } from '@/lib/db/database';
import { loadSnapshot } from '@/lib/db/snapshots';
import { runHygiene } from '@/lib/hygiene';
import { statusCategory } from '@/lib/hygiene/status';
import { hygieneReport, ignoreRule } from '@/lib/schema/hygiene-rpc';
import type { TicketSnapshot } from '@/lib/schema/ticket';
import type { RpcRouter } from './rpc';
import { loadSettings, storeSettings } from './settings';

/** How many other cached tickets possible-duplicate compares against (most recent first). */
const DUPLICATE_POOL = 500;

async function openOthers(db: DesksideDb, ticket: TicketSnapshot): Promise<TicketSnapshot[]> {
  const rows = await db.snapshots.orderBy('capturedAt').reverse().limit(DUPLICATE_POOL).toArray();
  return rows
    .map((r) => r.snapshot)
    .filter((s) => s.site === ticket.site && s.ticketId !== ticket.ticketId)
    .filter((s) => {
      const c = statusCategory(s.status);
      return c === 'open' || c === 'pending';
    });
}

/** The sidebar's hygiene checklist and its per-ticket ignores. */
export function registerHygieneHandlers(rpc: RpcRouter, db: DesksideDb): void {
  rpc.handle(hygieneReport, async ({ ticketKey }) => {
    const ticket = await loadSnapshot(db, ticketKey);
    if (!ticket) return null;
    const settings = await loadSettings();
    const result = runHygiene(ticket, settings.hygiene, { others: await openOthers(db, ticket) });
    return { ...result, ignored: settings.hygiene.ignored[ticketKey] ?? [] };
  });
  rpc.handle(ignoreRule, async ({ ticketKey, rule, ignore }) => {
    const settings = await loadSettings();
    const current = new Set(settings.hygiene.ignored[ticketKey] ?? []);
    if (ignore) current.add(rule);
    else current.delete(rule);
    const others = Object.entries(settings.hygiene.ignored).filter(([key]) => key !== ticketKey);
    const ignored = Object.fromEntries(current.size ? [...others, [ticketKey, [...current]]] : others);
    await storeSettings({ ...settings, hygiene: { ...settings.hygiene, ignored } });
    return [...current];
  });
}
