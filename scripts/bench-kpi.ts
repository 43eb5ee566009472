// `npx tsx scripts/bench-kpi.ts`: all KPIs over 10,000 cached tickets, pure and from IndexedDB
// (fake-indexeddb in Node). Medians; each against a baseline measured in the same process.
import 'fake-indexeddb/auto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DesksideDb } from '../lib/db/database';
import { snapshotRow } from '../lib/db/snapshot-row';
import { computeKpis } from '../lib/kpi/compute';
import { loadKpiTickets } from '../lib/kpi/load';
import { emptySnapshot, type TicketSnapshot } from '../lib/schema';

type Row = [string, string, string];
const N = 10_000;
const NOW = new Date('2026-11-27T12:00:00Z');
const DAY = 86_400_000;

/** Deterministic pseudo-random numbers, so every run measures the same tickets. */
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

/** 10,000 tickets as 90 days of retention leave them: ~15% open, half with Zendesk metrics. */
export function tickets(now: Date = NOW): TicketSnapshot[] {
  const NOW = now;
  const r = rng(7);
  return Array.from({ length: N }, (_, i) => {
    const created = NOW.getTime() - r() * 90 * DAY;
    const iso = (t: number) => new Date(Math.min(t, NOW.getTime())).toISOString();
    const open = r() < 0.15;
    const solvedAt = created + r() * 3 * DAY;
    const s = emptySnapshot({ site: 'zendesk', host: 'acme.zendesk.com', ticketId: String(i), url: `https://acme.zendesk.com/agent/tickets/${i}`, capturedAt: iso(created + r() * 4 * DAY) });
    const comments = Array.from({ length: 4 }, (_, j) => ({ id: `${i}-${j}`, authorRole: j % 2 ? ('agent' as const) : ('end-user' as const), authorName: null, public: j !== 3, createdAt: iso(created + j * 3_600_000), text: 'Checkout fails after the last deploy.' }));
    return {
      ...s,
      status: open ? 'open' : 'solved',
      priority: r() < 0.2 ? 'high' : 'normal',
      tags: r() < 0.05 ? ['escalated'] : ['billing'],
      createdAt: iso(created),
      updatedAt: iso(open ? created : solvedAt),
      resolvedAt: open ? null : iso(solvedAt),
      comments,
      commentCount: 4,
      fieldSources: { comments: 'api' },
      sla: [{ policy: null, metric: 'first_reply_time', stage: r() < 0.9 ? 'achieved' : 'breached', breachAt: iso(created + 3_600_000) }],
      metrics: r() < 0.5 ? { firstReplyMinutes: { calendar: 60 * r(), business: 30 * r() }, fullResolutionMinutes: open ? null : { calendar: 900 * r(), business: 400 * r() }, reopens: r() < 0.05 ? 1 : 0, replies: 1 + Math.floor(r() * 3), solvedAt: null } : null,
    };
  });
}

async function median(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Rows for `npm run bench`: pure compute and indexed load, each with its baseline. */
export async function benchKpi(): Promise<Row[]> {
  const all = tickets();
  const opts = { now: NOW, utcOffsetMinutes: 0 };
  // Baseline: one bare pass over every ticket (what any computation must at least do).
  const base = await median(21, () => all.reduce((a, t) => a + (t.status === 'open' ? 1 : 0) + t.comments.length, 0));
  const month = await median(21, () => computeKpis(all, { ...opts, window: '30d' }));
  const week = await median(21, () => computeKpis(all, { ...opts, window: '7d' }));

  const db = new DesksideDb('bench-kpi');
  await db.snapshots.bulkPut(all.map(snapshotRow));
  const scan = await median(7, () => db.snapshots.toArray());
  const loadToday = await median(7, () => loadKpiTickets(db, 'today', NOW, 0));
  const loadMonth = await median(7, () => loadKpiTickets(db, '30d', NOW, 0));
  const popup = await median(7, async () => computeKpis(await loadKpiTickets(db, '7d', NOW, 0), { ...opts, window: '7d' }));
  await db.delete();
  return [
    ['all KPIs, 10,000 tickets, 30-day window + 30 trend points', ms(month), `budget 50 ms; ${(month / base).toFixed(0)}x one bare pass (${ms(base)})`],
    ['all KPIs, 10,000 tickets, 7-day window + 7 trend points', ms(week), 'budget 50 ms'],
    ['indexed load, today (fake-indexeddb)', ms(loadToday), `${((loadToday / scan) * 100).toFixed(0)}% of a full table scan (${ms(scan)})`],
    ['indexed load, 30 days (fake-indexeddb)', ms(loadMonth), `${((loadMonth / scan) * 100).toFixed(0)}% of a full table scan`],
    ['load + compute, 7 days (popup path, fake-indexeddb)', ms(popup), 'fake-indexeddb is far slower than Chromium IndexedDB'],
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const row of await benchKpi()) console.log(row.join(' | '));
}
