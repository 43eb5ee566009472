import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesksideDb } from '@/lib/db/database';
import { purgeOlderThan } from '@/lib/db/retention';
import { loadHistory, loadSnapshot, saveSnapshot } from '@/lib/db/snapshots';
import { ticketKey } from '@/lib/schema';
import { snapshot } from '../snapshot-factory';

let db: DesksideDb;
let n = 0;
beforeEach(() => {
  db = new DesksideDb(`test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const dom = (fields: Parameters<typeof snapshot>[0]) =>
  snapshot({ sources: ['dom'], fieldSources: { status: 'dom', subject: 'dom' }, ...fields });

describe('saveSnapshot', () => {
  it('keeps the latest snapshot per ticket and records what changed', async () => {
    await saveSnapshot(db, dom({ status: 'new', subject: 'Login fails', capturedAt: '2026-11-20T10:00:00.000Z' }));
    await saveSnapshot(db, dom({ status: 'open', subject: 'Login fails', capturedAt: '2026-11-20T11:00:00.000Z' }));
    const key = ticketKey(snapshot());
    expect((await loadSnapshot(db, key))?.status).toBe('open');
    const history = await loadHistory(db, key);
    expect(history.map((h) => h.changes)).toEqual([
      [{ field: 'status', from: null, to: 'new' }],
      [{ field: 'status', from: 'new', to: 'open' }],
    ]);
    expect(history[1]?.at).toBe('2026-11-20T11:00:00.000Z');
  });

  it('keeps API-only values from the cache when a page-only snapshot arrives, marked as cached', async () => {
    await saveSnapshot(
      db,
      snapshot({
        sources: ['api'],
        status: 'open',
        metrics: { firstReplyMinutes: { calendar: 42, business: 30 }, fullResolutionMinutes: null, reopens: 0, replies: 1, solvedAt: null },
        fieldSources: { status: 'api', metrics: 'api' },
      }),
    );
    const stored = await saveSnapshot(db, dom({ status: 'pending', capturedAt: '2026-11-20T12:00:00.000Z' }));
    expect(stored.status).toBe('pending');
    expect(stored.fieldSources.status).toBe('dom');
    expect(stored.metrics?.firstReplyMinutes?.calendar).toBe(42);
    expect(stored.fieldSources.metrics).toBe('cache');
    expect(stored.sources).toEqual(['cache', 'dom']);
  });

  it('rejects an invalid snapshot and leaves the stored one untouched', async () => {
    await saveSnapshot(db, dom({ status: 'open' }));
    const bad = { ...dom({ status: 'solved' }), capturedAt: 'yesterday' };
    await expect(saveSnapshot(db, bad)).rejects.toThrow(/capturedAt/);
    expect((await loadSnapshot(db, ticketKey(snapshot())))?.status).toBe('open');
  });

  it('loses no history when two tabs save the same ticket at once', async () => {
    await Promise.all([
      saveSnapshot(db, dom({ status: 'open', capturedAt: '2026-11-20T10:00:01.000Z' })),
      saveSnapshot(db, dom({ status: 'pending', capturedAt: '2026-11-20T10:00:02.000Z' })),
    ]);
    const history = await loadHistory(db, ticketKey(snapshot()));
    expect(history.flatMap((h) => h.changes.map((c) => c.to))).toEqual(['open', 'pending']);
  });
});

describe('purgeOlderThan', () => {
  it('purges tickets captured before the retention window, with their history', async () => {
    await saveSnapshot(db, dom({ ticketId: '1', status: 'open', capturedAt: '2026-06-01T00:00:00.000Z' }));
    await saveSnapshot(db, dom({ ticketId: '2', status: 'open', capturedAt: '2026-11-01T00:00:00.000Z' }));
    await db.links.add({ ticketKey: ticketKey(snapshot({ ticketId: '1' })), kind: 'escalation', target: 'ENG-1', at: '2026-06-02T00:00:00.000Z' });
    const purged = await purgeOlderThan(db, 90, new Date('2026-11-27T00:00:00Z'));
    expect(await db.links.count()).toBe(0);
    expect(purged).toBe(1);
    expect(await loadSnapshot(db, ticketKey(snapshot({ ticketId: '1' })))).toBeUndefined();
    expect(await loadHistory(db, ticketKey(snapshot({ ticketId: '1' })))).toEqual([]);
    expect(await loadSnapshot(db, ticketKey(snapshot({ ticketId: '2' })))).toBeDefined();
  });
});
