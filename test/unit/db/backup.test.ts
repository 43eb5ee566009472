import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, DERIVED_TABLES, eraseAll, exportAll, importAll, parseBackup, storageUsage } from '@/lib/db/backup';
import { DesksideDb } from '@/lib/db/database';
import { addEscalationLink } from '@/lib/db/links';
import { saveSnapshot } from '@/lib/db/snapshots';
import { DEFAULT_SETTINGS } from '@/lib/schema';
import { snapshotFromApi } from '@/lib/sites/zendesk/api';
import { ticket } from '../kpi/kpi-factory';

const FIX = path.resolve(__dirname, '../../fixtures/zendesk/api');
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(FIX, name), 'utf8'));

let db: DesksideDb;
let n = 0;
beforeEach(() => {
  db = new DesksideDb(`backup-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

/** A realistic cache: a ticket read from the API (users sideloaded with emails), its history, a link. */
async function seed(): Promise<void> {
  const { snapshot } = snapshotFromApi({
    host: 'acme-support.zendesk.com',
    ticketId: '4102',
    url: 'https://acme-support.zendesk.com/agent/tickets/4102',
    capturedAt: '2026-11-27T10:00:00Z',
    ticket: fixture('ticket-4102.json'),
    comments: [fixture('comments-4102.json'), fixture('comments-4102-page2.json')],
    metrics: fixture('metrics-4102.json'),
  });
  await saveSnapshot(db, { ...snapshot, status: 'open', capturedAt: '2026-11-27T09:00:00Z' });
  await saveSnapshot(db, snapshot);
  await saveSnapshot(db, ticket(1, { status: 'solved', capturedAt: '2026-11-26T09:00:00Z' }));
  await addEscalationLink(db, { ticketKey: 'zendesk:acme-support.zendesk.com:4102', target: 'ENG-42', at: '2026-11-27T10:05:00Z' });
}

async function everything(d: DesksideDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('export, erase, import', () => {
  it('round-trips every table with nothing lost', async () => {
    await seed();
    const before = await everything(db);
    expect(before.history?.length).toBeGreaterThan(1);
    const settings = { ...DEFAULT_SETTINGS, retentionDays: 30 };
    const text = JSON.stringify(await exportAll(db, settings));

    await eraseAll(db);
    expect((await storageUsage(db)).totalRows).toBe(0);

    const result = await importAll(db, JSON.parse(text));
    expect(result.settings).toEqual(settings);
    expect(result.counts).toMatchObject({ snapshots: 2, history: before.history?.length, links: 1 });
    // Every other table (evidence, drafts, KB...) was listed too, empty here; derived ones are not.
    const kept = db.tables.map((t) => t.name).filter((name) => !DERIVED_TABLES.has(name));
    expect(Object.keys(result.counts).sort()).toEqual(kept.sort());
    expect(await everything(db)).toEqual(before);
  });

  it('lists every table, so a table added later is exported and restored too', async () => {
    class LaterDb extends DesksideDb {
      constructor(name: string) {
        super(name);
        // Whatever the current version is, a later one.
        this.version(99).stores({ notes: '++id, key' });
      }
    }
    const later = new LaterDb(`backup-later-${n}`);
    await later.table('notes').add({ key: 'zendesk:acme.zendesk.com:1', text: 'call back Monday' });
    const backup = await exportAll(later, DEFAULT_SETTINGS);
    expect(backup.tables.notes).toEqual([{ id: 1, key: 'zendesk:acme.zendesk.com:1', text: 'call back Monday' }]);
    await eraseAll(later);
    await importAll(later, backup);
    expect(await later.table('notes').count()).toBe(1);
    // This version's database has no such table: refused before anything changes.
    await seed();
    await expect(importAll(db, backup)).rejects.toThrow(/newer Deskside/);
    await later.delete();
  });

  it('refuses to export a value JSON would silently change, naming where it is', async () => {
    class BinaryDb extends DesksideDb {
      constructor(name: string) {
        super(name);
        this.version(99).stores({ blobs: 'id' });
      }
    }
    const binary = new BinaryDb(`backup-binary-${n}`);
    await binary.table('blobs').add({ id: 'index', value: { bytes: new Uint8Array([1, 2]) } });
    await expect(exportAll(binary, DEFAULT_SETTINGS)).rejects.toThrow('tables.blobs.0.value.bytes');
    await binary.delete();
  });

  it('never exports requester contact details', async () => {
    await seed();
    const text = JSON.stringify(await exportAll(db, DEFAULT_SETTINGS));
    expect(text).toContain('Priya Raman'); // the requester's name is kept
    expect(text).not.toMatch(/@[a-z-]+\.example/); // none of the sideloaded users' emails
    expect(text).not.toMatch(/"(email|phone|shared_phone_number)"/);
  });

  it('reports rows and approximate bytes per table', async () => {
    await seed();
    const usage = await storageUsage(db);
    const table = (name: string) => usage.tables.find((t) => t.name === name);
    expect(usage.tables.map((t) => t.name).sort()).toEqual(db.tables.map((t) => t.name).sort());
    expect([table('snapshots')?.count, table('links')?.count]).toEqual([2, 1]);
    expect(table('history')?.count).toBeGreaterThan(1);
    expect(table('snapshots')?.bytes).toBeGreaterThan(2000);
    expect(usage.totalBytes).toBe(usage.tables.reduce((a, t) => a + t.bytes, 0));
  });
});

describe('a broken import changes nothing', () => {
  it('rejects an invalid file naming the path, before touching the database', async () => {
    await seed();
    const before = await everything(db);
    const backup = JSON.parse(JSON.stringify(await exportAll(db, DEFAULT_SETTINGS))) as { tables: { snapshots: { capturedAt: string }[] } };
    backup.tables.snapshots[1]!.capturedAt = 'last Tuesday';
    await expect(importAll(db, backup)).rejects.toThrow(/tables\.snapshots\.1\.capturedAt/);
    await expect(importAll(db, '{"format": "deskside-backup"')).rejects.toThrow(BackupError);
    await expect(importAll(db, { format: 'something-else' })).rejects.toThrow(/format/);
    expect(await everything(db)).toEqual(before);
  });

  it('rolls back when a write fails halfway, leaving the old data in place', async () => {
    await seed();
    const before = await everything(db);
    const backup = await exportAll(db, DEFAULT_SETTINGS);
    // Valid row by row, but two history rows share an id: the second add fails after the clears.
    const first = backup.tables.history[0]!;
    const broken = { ...backup, tables: { ...backup.tables, history: [...backup.tables.history, { ...first }] } };
    await expect(importAll(db, broken)).rejects.toThrow();
    expect(await everything(db)).toEqual(before);
  });

  it('names a bad settings field', () => {
    expect(() => parseBackup({ format: 'deskside-backup', version: 1, exportedAt: '2026-11-27T10:00:00Z', schemaVersion: 2, settings: { retentionDays: 0 }, tables: { snapshots: [], history: [] } }))
      .toThrow(/settings\.retentionDays/);
  });
});
