// A backup file may be cut short by a download, edited by hand or made by another program: an
// import either restores it or refuses it with the path that is wrong, and a refused import leaves
// every table exactly as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, exportAll, importAll } from '@/lib/db/backup';
import { DesksideDb } from '@/lib/db/database';
import { putArticles } from '@/lib/db/kb';
import { addEscalationLink } from '@/lib/db/links';
import { saveSnapshot } from '@/lib/db/snapshots';
import { DEFAULT_SETTINGS } from '@/lib/schema';
import { ticket } from '../kpi/kpi-factory';
import { garbageTextArb, mutatedArb, truncatedArb } from '../property';

let db: DesksideDb;
let exported: unknown;
let text: string;

async function everything(d: DesksideDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

beforeAll(async () => {
  db = new DesksideDb('backup-property');
  await saveSnapshot(db, ticket(1, { status: 'open', capturedAt: '2026-11-26T09:00:00Z' }));
  await saveSnapshot(db, ticket(1, { status: 'solved', capturedAt: '2026-11-27T09:00:00Z' }));
  await saveSnapshot(db, ticket(2, { capturedAt: '2026-11-27T09:30:00Z' }));
  await addEscalationLink(db, { ticketKey: 'zendesk:acme.zendesk.com:1', target: 'ENG-42', at: '2026-11-27T10:05:00Z' });
  await putArticles(db, [{ id: 'k1', source: 'file', title: 'Kept', body: 'Body', labels: [], section: null, url: null, locale: null, updatedAt: null }]);
  exported = await exportAll(db, { ...DEFAULT_SETTINGS, retentionDays: 30 });
  text = JSON.stringify(exported);
});
afterAll(async () => {
  await db.delete();
});

/** Imports `input`; on failure every table must be as before and the error a BackupError with a path or reason. */
async function importOrRefuse(input: unknown): Promise<boolean> {
  const before = await everything(db);
  try {
    await importAll(db, input);
    return true;
  } catch (err) {
    expect(err, String(err)).toBeInstanceOf(BackupError);
    expect((err as Error).message).toMatch(/\S/);
    expect(await everything(db)).toEqual(before);
    return false;
  }
}

describe('importAll on broken backups', () => {
  it('a backup cut at any point is refused as "not JSON", and nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(truncatedArb(text), async (cut) => {
        expect(await importOrRefuse(cut)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('random bytes and random JSON are refused, and nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(garbageTextArb, fc.jsonValue()), async (input) => {
        expect(await importOrRefuse(input)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  // Each run is two whole imports into IndexedDB (~40 ms): fewer runs than the pure properties.
  it('a backup mutated anywhere is restored or refused by path, never half-written', { timeout: 30_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb(exported), async ({ value }) => {
        await importOrRefuse(value);
        // Whatever happened, the next run starts from the real backup again.
        await importAll(db, exported);
      }),
      { numRuns: 80 },
    );
  });

  it('rows that collide on their key are refused by table, and nothing changes', async () => {
    const copy = structuredClone(exported) as { tables: Record<string, unknown[]> };
    const links = copy.tables.links ?? [];
    copy.tables.links = [...links, ...links];
    expect(await importOrRefuse(copy)).toBe(false);
    const err = await importAll(db, copy).catch((e: unknown) => e);
    expect(String(err)).toMatch(/tables\.links/);
  });

  // Found by the property above: a kbArticles row without its key came back as Dexie's "DataError:
  // Data provided to an operation does not meet requirements", naming no table or row.
  it('a row without its key is refused by table and row, and nothing changes', async () => {
    const copy = structuredClone(exported) as { tables: { kbArticles: Record<string, unknown>[] } };
    delete copy.tables.kbArticles[0]?.key;
    expect(await importOrRefuse(copy)).toBe(false);
    await expect(importAll(db, copy)).rejects.toThrow(/^tables\.kbArticles(\.0)?: a row without a usable key$/);
  });
});
