import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DesksideDb, type SnapshotRow } from '@/lib/db/database';
import { loadHistory, saveSnapshot } from '@/lib/db/snapshots';
import { ticketKey } from '@/lib/schema';
import { metrics, ticket } from '../kpi/kpi-factory';
import { openPast } from './schemas/past-version';
import { V1 } from './schemas/v1';

const V1_FIELDS = V1.rowFields.snapshots!;
const NAME = 'upgrade-v2-test';
afterEach(async () => {
  await Dexie.delete(NAME);
});

const solvedAt = '2026-11-20T15:00:00Z';
const captures = [
  ticket(1, { status: 'new', createdAt: '2026-11-20T09:00:00Z', capturedAt: '2026-11-20T09:05:00Z' }),
  ticket(1, { status: 'solved', createdAt: '2026-11-20T09:00:00Z', capturedAt: '2026-11-20T15:05:00Z', metrics: metrics({ solvedAt, reopens: 0, replies: 1 }) }),
  ticket(2, {
    status: 'open',
    createdAt: '2026-11-26T09:00:00+02:00',
    updatedAt: '2026-11-26T10:00:00+02:00',
    capturedAt: '2026-11-26T08:30:00.000Z',
    sla: [{ policy: null, metric: 'first_reply_time', stage: 'active', breachAt: '2026-11-26T11:00:00Z' }],
  }),
  ticket('SUP-3', { site: 'jira', host: 'acme.atlassian.net', url: 'https://acme.atlassian.net/browse/SUP-3', status: 'In Progress', capturedAt: '2026-11-25T10:00:00Z' }),
];

describe('database version 2', () => {
  it('upgrades version 1 data keeping every snapshot and history entry, and fills the KPI indexes', async () => {
    const v1 = openPast(V1, NAME);
    // saveSnapshot is the code that wrote version 1 data; the rows are then cut back to the
    // fields version 1 stored, so the upgrade sees real old rows.
    for (const s of captures) await saveSnapshot(v1 as unknown as DesksideDb, s);
    const v1Rows = (await v1.table('snapshots').toArray()).map((row: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(row).filter(([k]) => V1_FIELDS.includes(k))),
    );
    await v1.table('snapshots').clear();
    await v1.table('snapshots').bulkAdd(v1Rows);
    expect(Object.keys(v1Rows[0]!).sort()).toEqual([...V1_FIELDS].sort());
    const before = { snapshots: await v1.table('snapshots').toArray(), history: await v1.table('history').toArray() };
    expect(before.snapshots).toHaveLength(3);
    expect(before.history.length).toBeGreaterThanOrEqual(4);
    v1.close();

    const db = new DesksideDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const after = await db.snapshots.toArray();
    expect(after.map((r) => r.snapshot)).toEqual(before.snapshots.map((r: SnapshotRow) => r.snapshot));
    expect(await db.history.toArray()).toEqual(before.history);
    expect(await loadHistory(db, ticketKey(captures[0]!))).toHaveLength(2);

    // The new indexes answer KPI queries.
    const open = await db.snapshots.where('open').equals(1).primaryKeys();
    expect(open.sort()).toEqual(['jira:acme.atlassian.net:SUP-3', 'zendesk:acme.zendesk.com:2']);
    expect(await db.snapshots.where('resolvedAt').equals('2026-11-20T15:00:00.000Z').primaryKeys()).toEqual(['zendesk:acme.zendesk.com:1']);
    // Offsets are stored as UTC so index order is time order.
    expect(await db.snapshots.where('[open+createdAt]').equals([1, '2026-11-26T07:00:00.000Z']).primaryKeys()).toEqual(['zendesk:acme.zendesk.com:2']);
    expect(await db.snapshots.orderBy('nextBreachAt').primaryKeys()).toEqual(['zendesk:acme.zendesk.com:2']);
    expect(await db.links.count()).toBe(0);
    db.close();
  });

  it('upgrades rows stored before the snapshot had resolvedAt, transitions and requestType', async () => {
    const v1 = openPast(V1, NAME);
    const old: Record<string, unknown> = { ...ticket(9, { status: 'solved', updatedAt: '2026-11-01T10:00:00Z' }) };
    for (const k of ['resolvedAt', 'transitions', 'requestType']) Reflect.deleteProperty(old, k);
    await v1.table('snapshots').add({ key: 'zendesk:acme.zendesk.com:9', site: 'zendesk', host: 'acme.zendesk.com', ticketId: '9', status: 'solved', capturedAt: '2026-11-01T10:05:00Z', snapshot: old });
    v1.close();
    const db = new DesksideDb(NAME);
    const row = await db.snapshots.get('zendesk:acme.zendesk.com:9');
    expect(row).toMatchObject({ open: 0, resolvedAt: '2026-11-01T10:00:00.000Z', snapshot: old });
    db.close();
  });
});
