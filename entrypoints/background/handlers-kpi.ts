import type { DesksideDb } from '@/lib/db/database';
import { eraseAll, exportAll, importAll, storageUsage } from '@/lib/db/backup';
import { breachingSoon } from '@/lib/kpi/load';
import { kpiReport } from '@/lib/kpi/report';
import { eraseDataMethod, exportDataMethod, importDataMethod, storageUsageMethod } from '@/lib/schema/backup';
import { breachingSoonMethod, kpiReportMethod, type BreachingTicket, type KpiReport } from '@/lib/schema/kpi-report';
import { KpiCache } from './kpi-cache';
import { browser } from 'wxt/browser';
import type { RpcRouter } from './rpc';
import { loadSettings, storeSettings } from './settings';

/** The popup's KPIs and the options page's data controls (export, import, erase, usage). */
export function registerKpiHandlers(rpc: RpcRouter, db: DesksideDb): void {
  const reports = new KpiCache<KpiReport>(db);
  const soon = new KpiCache<BreachingTicket[]>(db);
  rpc.handle(kpiReportMethod, async ({ window }) => {
    const settings = await loadSettings();
    // Settings are part of the key: new targets must show at once.
    return reports.get(`${window}:${JSON.stringify(settings.kpi)}`, () => kpiReport(db, window, new Date(), settings.kpi));
  });
  rpc.handle(breachingSoonMethod, ({ limit }) => soon.get(String(limit), () => breachingSoon(db, new Date(), limit)));
  rpc.handle(exportDataMethod, async () => exportAll(db, await loadSettings()));
  rpc.handle(importDataMethod, async ({ backup }) => {
    // Validated whole before one transaction replaces the tables; a bad file throws and changes nothing.
    const { settings, counts } = await importAll(db, backup);
    reports.invalidate();
    soon.invalidate();
    await storeSettings(settings);
    return { counts };
  });
  rpc.handle(eraseDataMethod, async () => {
    await eraseAll(db);
    reports.invalidate();
    soon.invalidate();
    await browser.storage.local.clear();
    return { erased: true as const };
  });
  rpc.handle(storageUsageMethod, () => storageUsage(db));
}
