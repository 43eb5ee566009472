import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesksideDb } from '@/lib/db/database';
import { purgeOlderThan } from '@/lib/db/retention';
import { saveSnapshot } from '@/lib/db/snapshots';
import { ticket } from '../kpi/kpi-factory';

let db: DesksideDb;
let n = 0;
beforeEach(() => {
  db = new DesksideDb(`row-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const key = 'zendesk:acme.zendesk.com:1';
const breach = { policy: null, metric: 'first_reply_time', stage: 'active' as const, breachAt: '2026-11-27T15:00:00+01:00' };

describe('the stored row of a snapshot', () => {
  it('fills the KPI index fields in UTC, and moves them when the ticket is solved', async () => {
    await saveSnapshot(db, ticket(1, { status: 'open', createdAt: '2026-11-27T09:00:00+01:00', capturedAt: '2026-11-27T10:00:00+01:00', sla: [breach] }));
    expect(await db.snapshots.get(key)).toMatchObject({
      open: 1, createdAt: '2026-11-27T08:00:00.000Z', capturedAt: '2026-11-27T09:00:00.000Z', nextBreachAt: '2026-11-27T14:00:00.000Z',
    });
    expect((await db.snapshots.get(key))?.resolvedAt).toBeUndefined();

    await saveSnapshot(db, ticket(1, { status: 'solved', resolvedAt: '2026-11-27T12:00:00Z', capturedAt: '2026-11-27T12:05:00Z', sla: [{ ...breach, stage: 'achieved' }] }));
    const solved = await db.snapshots.get(key);
    expect(solved).toMatchObject({ open: 0, resolvedAt: '2026-11-27T12:00:00.000Z', status: 'solved' });
    expect(solved?.nextBreachAt).toBeUndefined();
    // The snapshot itself keeps the helpdesk's own text.
    expect(solved?.snapshot.createdAt).toBe('2026-11-27T09:00:00+01:00');
  });

  it('lets retention compare capture times across zones', async () => {
    // 23:30 on Aug 31 at UTC-5 is 04:30 UTC on Sep 1: as text it sorts before a 02:00 UTC cutoff
    // on Sep 1, as a time it is after it.
    await saveSnapshot(db, ticket(1, { capturedAt: '2026-08-31T23:30:00-05:00' }));
    expect(await purgeOlderThan(db, 90, new Date('2026-11-30T02:00:00Z'))).toBe(0);
    expect(await purgeOlderThan(db, 90, new Date('2026-11-30T06:00:00Z'))).toBe(1);
  });
});
