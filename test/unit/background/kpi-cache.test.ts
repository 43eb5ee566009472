import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KpiCache } from '@/entrypoints/background/kpi-cache';
import { DesksideDb } from '@/lib/db/database';
import { saveSnapshot } from '@/lib/db/snapshots';
import { snapshot } from '../snapshot-factory';

let db: DesksideDb;
let n = 0;
beforeEach(() => {
  db = new DesksideDb(`kpi-cache-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KpiCache', () => {
  it('answers from the cache until a ticket changes, then recomputes once in the background', async () => {
    const cache = new KpiCache<number>(db, 60_000, 20);
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get('7d', compute)).toBe(1);
    expect(await cache.get('7d', compute)).toBe(1);
    await saveSnapshot(db, snapshot({ status: 'open', sources: ['dom'], fieldSources: { status: 'dom' } }));
    await pause(100);
    // Warmed exactly once after the write, not in a loop; the popup then gets it at once.
    expect(computed).toBe(2);
    expect(await cache.get('7d', compute)).toBe(2);
    expect(computed).toBe(2);
  });

  it('never serves an answer older than its maximum age', async () => {
    const cache = new KpiCache<number>(db, 10, 1_000);
    let computed = 0;
    const compute = async () => ++computed;
    await cache.get('today', compute);
    await pause(30);
    expect(await cache.get('today', compute)).toBe(2);
  });
});
