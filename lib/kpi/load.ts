import { Dexie } from 'dexie';
import type { DesksideDb } from '../db/database';
import type { BreachingTicket, KpiWindow } from '../schema/kpi';
import type { KpiData } from './facts';
import { nextBreach } from './status';
import { DAY_MS, dayRanges, trendDays, windowRange } from './window';

/**
 * The cached tickets a window's KPIs need, read through indexes only: captured or solved
 * since the window (or its trend) began, with their history and escalation links; and every
 * other open ticket for the backlog, read from the [open+createdAt] index keys alone (no bodies).
 */
export async function loadKpiTickets(db: DesksideDb, window: KpiWindow, now: Date, utcOffsetMinutes = -now.getTimezoneOffset()): Promise<KpiData> {
  const t = now.getTime();
  const range = windowRange(window, t, utcOffsetMinutes);
  // The trend reaches back further than "today"; older tickets cannot change any point.
  const from = new Date(window === 'all' ? 0 : Math.min(range?.start ?? 0, t - trendDays(window) * DAY_MS)).toISOString();
  return db.transaction('r', db.snapshots, db.history, db.links, async () => {
    // A ticket is captured after the helpdesk updated or solved it, so the capture range holds
    // nearly every ticket of the span: read it in one go, and fetch the few others (solved in the
    // span by a skewed clock, open without an age) one by one.
    const captured = await db.snapshots.where('capturedAt').aboveOrEqual(from).toArray();
    const keys = new Set(captured.map((r) => r.key));
    const extra = new Set<string>();
    for (const k of await db.snapshots.where('resolvedAt').aboveOrEqual(from).primaryKeys()) if (!keys.has(k)) extra.add(k);
    const openKeys = await db.snapshots.where('open').equals(1).primaryKeys();
    const backlog = await openAges(db, t, dayEnds(window, t, utcOffsetMinutes));
    // Open tickets with no creation time are not in [open+createdAt]: load them whole (few).
    const aged = new Set(backlog.map((b) => b.key));
    for (const k of openKeys) if (!aged.has(k) && !keys.has(k)) extra.add(k);
    const more = (await db.snapshots.bulkGet([...extra])).filter((r) => r !== undefined);
    for (const k of extra) keys.add(k);
    const rows = [...captured, ...more];
    // History only decides reopens, and only where Zendesk's reopens count is missing.
    const needHistory = rows.filter((r) => r.open === 0 && r.snapshot.metrics?.reopens == null).map((r) => r.key);
    const history = needHistory.length
      ? await db.history.where('[key+at]').inAnyRange(needHistory.map((k) => [[k, Dexie.minKey], [k, Dexie.maxKey]])).toArray()
      : [];
    const links = keys.size ? await db.links.where('ticketKey').anyOf([...keys]).toArray() : [];
    return { tickets: rows.map((r) => r.snapshot), history, links, backlog: backlog.filter((b) => !keys.has(b.key)) };
  });
}

/** The end of each past trend day: the backlog trend counts what was open then. */
function dayEnds(window: KpiWindow, now: number, offset: number): number[] {
  return dayRanges(trendDays(window), now, offset).map((d) => d.range.end).filter((e) => e < now);
}

const iso = (t: number): string => new Date(t).toISOString();

/**
 * Open tickets by key with a creation time that is exact for every backlog question (age bands at
 * `now`, open at each past day's end), from index keys only: reading a ticket's createdAt needs
 * a cursor over index keys, which is slow, while primary keys per range come back in one call.
 * So the [open+createdAt] index is cut at every threshold and each ticket between two cuts is
 * given the upper cut as its creation time, which puts it in the same band as its real one.
 */
async function openAges(db: DesksideDb, now: number, ends: readonly number[]): Promise<{ key: string; createdAt: string }[]> {
  // Age < 1 day means created after now-1d; age > 7 days means created before now-7d.
  const cuts = [...new Set([now - 7 * DAY_MS - 1, now - DAY_MS, now, ...ends])].sort((a, b) => a - b);
  const out: { key: string; createdAt: string }[] = [];
  let lo: string | typeof Dexie.minKey = Dexie.minKey;
  for (const cut of cuts) {
    const hi = iso(cut);
    const range = db.snapshots.where('[open+createdAt]').between([1, lo], [1, hi], lo === Dexie.minKey, true);
    for (const key of await range.primaryKeys()) out.push({ key, createdAt: hi });
    lo = hi;
  }
  // Created after now (clock skew): as good as new.
  const future = db.snapshots.where('[open+createdAt]').between([1, lo], [1, Dexie.maxKey], false, true);
  for (const key of await future.primaryKeys()) out.push({ key, createdAt: iso(now) });
  return out;
}

/**
 * Open tickets whose next SLA breach is soonest, by the nextBreachAt index. Breaches more than a
 * day past are left out: such a ticket was most likely handled since it was last captured.
 */
export async function breachingSoon(db: DesksideDb, now: Date, n: number): Promise<BreachingTicket[]> {
  const from = new Date(now.getTime() - DAY_MS).toISOString();
  const rows = await db.snapshots.where('nextBreachAt').aboveOrEqual(from).limit(n).toArray();
  return rows.map((r) => {
    const s = r.snapshot;
    const b = nextBreach(s);
    const breachAt = r.nextBreachAt ?? b?.at ?? now.toISOString();
    return {
      key: r.key,
      url: s.url,
      ticketId: s.ticketId,
      subject: s.subject,
      priority: s.priority,
      metric: b?.metric ?? null,
      breachAt,
      overdue: Date.parse(breachAt) <= now.getTime(),
    };
  });
}
