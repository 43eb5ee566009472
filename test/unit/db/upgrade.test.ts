// Every released database version upgrades to the current one keeping every record. A version bump
// without a frozen copy of the version before it (test/unit/db/schemas/) fails here.
import { Dexie } from 'dexie';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DesksideDb } from '@/lib/db/database';
import { saveDraft } from '@/lib/db/evidence';
import { snapshotRow } from '@/lib/db/snapshot-row';
import { loadHistory, saveSnapshot } from '@/lib/db/snapshots';
import { isSolved } from '@/lib/kpi/status';
import type { TicketSnapshot } from '@/lib/schema';
import { PAST_VERSIONS } from './schemas';
import { buildDataset, type Dataset } from './schemas/dataset';
import { openPast, type PastVersion } from './schemas/past-version';

const NAME = 'upgrade-all-test';
afterEach(async () => {
  await Dexie.delete(NAME);
});

let data: Dataset;
beforeAll(() => {
  data = buildDataset();
});

type Rows = Record<string, Record<string, unknown>[]>;

/** Writes the dataset with the code that wrote it then, cut back to the fields that version stored. */
async function fill(v: PastVersion): Promise<Rows> {
  const past = openPast(v, NAME);
  for (const s of data.captures) await saveSnapshot(past as unknown as DesksideDb, s);
  if (v.stores.links) await past.table('links').bulkAdd(data.links);
  for (const [table, fields] of Object.entries(v.rowFields)) {
    const rows = (await past.table(table).toArray()) as Record<string, unknown>[];
    const cut = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => fields.includes(k))));
    await past.table(table).clear();
    await past.table(table).bulkAdd(cut);
  }
  const before: Rows = {};
  for (const t of past.tables) before[t.name] = (await t.toArray()) as Record<string, unknown>[];
  expect(past.verno).toBe(v.version);
  past.close();
  return before;
}

describe('database upgrades', () => {
  it('has a frozen copy of every released version before the current one', () => {
    const current = new DesksideDb('version-probe').verno;
    expect(
      PAST_VERSIONS.map((v) => v.version),
      `DesksideDb is at version ${current}: add test/unit/db/schemas/v${current - 1}.ts (the schema as version ${current - 1} shipped) and list it in schemas/index.ts`,
    ).toEqual(Array.from({ length: current - 1 }, (_, i) => i + 1));
  });

  it('builds a realistic cache: hundreds of tickets, both sites, every status, history and links', () => {
    const keys = new Set(data.captures.map((s) => `${s.site}:${s.ticketId}`));
    expect(keys.size).toBe(300);
    expect(new Set(data.captures.map((s) => s.site))).toEqual(new Set(['zendesk', 'jira']));
    expect(new Set(data.captures.map((s) => s.status)).size).toBeGreaterThanOrEqual(10);
    expect(data.captures.some((s) => /[^ -~\s]/.test(s.subject ?? ''))).toBe(true);
    expect(data.links.length).toBeGreaterThan(80);
  });

  for (const v of PAST_VERSIONS) {
    it(`upgrades version ${v.version} to the current version keeping every record`, async () => {
      const before = await fill(v);
      expect(before.snapshots).toHaveLength(300);
      expect(before.history!.length).toBeGreaterThan(700);

      const db = new DesksideDb(NAME);
      await db.open();
      expect(db.verno).toBe(new DesksideDb('version-probe').verno);

      // Per table: the same count and the same content. Snapshot rows gain (or keep) exactly the
      // index fields the current code derives from their snapshot; every other row is unchanged.
      for (const table of Object.keys(v.stores)) {
        const after = (await db.table(table).toArray()) as Record<string, unknown>[];
        expect(after, table).toHaveLength(before[table]!.length);
        if (table === 'snapshots') expect(after).toEqual(before.snapshots!.map((r) => snapshotRow(r.snapshot as TicketSnapshot)));
        else expect(after, table).toEqual(before[table]);
      }
      for (const t of db.tables.filter((t) => !(t.name in v.stores))) expect(await t.count(), t.name).toBe(0);

      // The history of a ticket reads back whole, and the latest snapshot is the last capture's.
      const last = data.captures.at(-1)!;
      const key = `${last.site}:${last.host}:${last.ticketId}`;
      const ticketCaptures = data.captures.filter((s) => s.ticketId === last.ticketId);
      expect((await loadHistory(db, key)).map((h) => h.at)).toEqual(ticketCaptures.map((s) => s.capturedAt));
      expect((await db.snapshots.get(key))?.snapshot.subject).toBe(last.subject);

      // The version 2 indexes answer the KPI queries as a full scan would.
      const rows = await db.snapshots.toArray();
      const sorted = (xs: string[]) => [...xs].sort();
      const open = rows.filter((r) => !isSolved(r.snapshot));
      expect(open.length).toBeGreaterThan(50);
      expect(sorted((await db.snapshots.where('open').equals(1).primaryKeys()) as string[])).toEqual(sorted(open.map((r) => r.key)));
      const solvedInJune = rows.filter((r) => r.resolvedAt && r.resolvedAt >= '2026-06-01' && r.resolvedAt < '2026-07-01');
      expect(solvedInJune.length).toBeGreaterThan(5);
      expect(sorted((await db.snapshots.where('resolvedAt').between('2026-06-01', '2026-07-01').primaryKeys()) as string[])).toEqual(
        sorted(solvedInJune.map((r) => r.key)),
      );
      const backlog = (await db.snapshots.where('[open+createdAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).toArray()).map((r) => r.createdAt!);
      expect(backlog).toEqual([...backlog].sort());
      expect(backlog).toHaveLength(open.length);
      const breaching = await db.snapshots.orderBy('nextBreachAt').first();
      expect(breaching?.nextBreachAt).toBe(sorted(open.map((r) => r.nextBreachAt!))[0]);
      expect(await db.history.where('at').below('2026-06-01').count()).toBe(data.captures.filter((s) => s.capturedAt < '2026-06-01').length);
      const linked = data.links[0]!.ticketKey;
      expect(await db.links.where('ticketKey').equals(linked).count()).toBe(v.stores.links ? 2 : 0);

      // The version 3 tables take writes and answer by ticket.
      await saveDraft(db, key, { summary: 'Ünïcode summary — 重现步骤' }, '2026-11-27T12:00:00.000Z');
      expect((await db.escalationDrafts.get(key))?.draft.summary).toBe('Ünïcode summary — 重现步骤');
      // And saving goes on from the upgraded data: a new capture adds one history row.
      const historyBefore = await db.history.count();
      await saveSnapshot(db, { ...last, status: 'open', capturedAt: '2026-11-27T13:00:00.000Z' });
      expect(await db.history.count()).toBe(historyBefore + 1);
      db.close();
      // 300 tickets written twice over in fake-indexeddb: about 1 s alone, more on a shared machine.
    }, 30_000);
  }
});
