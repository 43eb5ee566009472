import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesksideDb } from '@/lib/db/database';
import { diffSnapshots } from '@/lib/db/history';
import { purgeOlderThan } from '@/lib/db/retention';
import { loadHistory, loadSnapshot, saveSnapshot } from '@/lib/db/snapshots';
import { ticketKey, type HistoryChange, type TicketSnapshot } from '@/lib/schema';
import { mergeSnapshots } from '@/lib/sites/merge';
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

  // Two tabs on one ticket send page reads, API reads and stale cached copies; the background runs
  // each save as it arrives, so their transactions interleave in any order fast-check picks.
  it('loses no history whatever the interleaving of page, API and cache saves from two tabs', async () => {
    const save = fc.record({
      tab: fc.constantFrom('A', 'B'),
      kind: fc.constantFrom('page', 'api', 'cache'),
      status: fc.constantFrom('new', 'open', 'pending', 'solved'),
      priority: fc.constantFrom(null, 'normal', 'urgent'),
      assignee: fc.constantFrom(null, 'Ana Lima', '王芳'),
      comments: fc.option(fc.nat(4), { nil: null }),
    });
    type Save = typeof save extends fc.Arbitrary<infer T> ? T : never;
    const build = (x: Save, i: number): TicketSnapshot => {
      const capturedAt = new Date(Date.parse('2026-11-20T10:00:00.000Z') + i * 1000).toISOString();
      const person = x.assignee === null ? null : { id: null, name: x.assignee, organization: null };
      if (x.kind === 'page') {
        return snapshot({ capturedAt, sources: ['dom'], status: x.status, assignee: person, commentCount: x.comments, fieldSources: { status: 'dom', assignee: 'dom' } });
      }
      if (x.kind === 'api') {
        return snapshot({
          capturedAt, sources: ['api'], status: x.status, priority: x.priority, assignee: person, commentCount: x.comments,
          metrics: { firstReplyMinutes: null, fullResolutionMinutes: null, reopens: 0, replies: x.comments, solvedAt: null },
          fieldSources: { status: 'api', priority: 'api', assignee: 'api', metrics: 'api' },
        });
      }
      // A tab re-sending the copy it last rendered from the cache (stale by now, perhaps).
      return snapshot({ capturedAt, sources: ['cache'], status: x.status, priority: x.priority, fieldSources: { status: 'cache', priority: 'cache' } });
    };
    const key = ticketKey(snapshot());

    await fc.assert(
      fc.asyncProperty(fc.array(save, { minLength: 2, maxLength: 10 }), fc.scheduler(), async (saves, s) => {
        const run = new DesksideDb(`two-tabs-${++n}`);
        try {
          const snaps = saves.map(build);
          const committed: number[] = [];
          const all = snaps.map((snap, i) =>
            s.schedule(Promise.resolve(), `tab ${saves[i]!.tab} ${saves[i]!.kind} #${i}`).then(async () => {
              await saveSnapshot(run, snap);
              committed.push(i);
            }),
          );
          await s.waitAll();
          await Promise.all(all);
          expect(committed).toHaveLength(saves.length);

          // The same saves one after another, in the order they committed: what must be stored.
          let latest: TicketSnapshot | undefined;
          const expected: { at: string; changes: HistoryChange[] }[] = [];
          for (const i of committed) {
            const merged = latest ? mergeSnapshots(latest, snaps[i]!, 'cache') : snaps[i]!;
            const changes = diffSnapshots(latest, merged);
            if (changes.length) expected.push({ at: merged.capturedAt, changes });
            latest = merged;
          }
          const rows = await run.history.orderBy('id').toArray();
          expect(rows.map(({ at, changes }) => ({ at, changes }))).toEqual(expected);
          expect(await loadSnapshot(run, key)).toEqual(latest);
          // Each change starts where the one before it ended: no save worked from a stale read.
          const last = new Map<string, unknown>();
          for (const c of rows.flatMap((r) => r.changes)) {
            expect(c.from).toBe(last.get(c.field) ?? null);
            last.set(c.field, c.to);
          }
          // The latest snapshot is the merge: API-only values survive later page and cache saves.
          const lastApi = [...committed].reverse().find((i) => saves[i]!.kind === 'api');
          if (lastApi !== undefined) expect(latest?.metrics?.replies).toBe(saves[lastApi]!.comments);
        } finally {
          await run.delete();
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
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
