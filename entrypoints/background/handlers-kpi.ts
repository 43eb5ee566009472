import type { DesksideDb } from '@/lib/db/database';
import { eraseAll, exportAll, importAll, storageUsage } from '@/lib/db/backup';
import { breachingSoon } from '@/lib/kpi/load';
import { kpiReport } from '@/lib/kpi/report';
import { eraseDataMethod, exportDataMethod, importDataMethod, storageUsageMethod } from '@/lib/schema/backup';
import { breachingSoonMethod, kpiReportMethod } from '@/lib/schema/kpi-report';
import { browser } from 'wxt/browser';
import type { RpcRouter } from './rpc';
import { loadSettings, storeSettings } from './settings';

/** The popup's KPIs and the options page's data controls (export, import, erase, usage). */
export function registerKpiHandlers(rpc: RpcRouter, db: DesksideDb): void {
  rpc.handle(kpiReportMethod, async ({ window }) => {
    const settings = await loadSettings();
    return kpiReport(db, window, new Date(), settings.kpi);
  });
  rpc.handle(breachingSoonMethod, ({ limit }) => breachingSoon(db, new Date(), limit));
  rpc.handle(exportDataMethod, async () => exportAll(db, await loadSettings()));
  rpc.handle(importDataMethod, async ({ backup }) => {
    // Validated whole before one transaction replaces the tables; a bad file throws and changes nothing.
    const { settings, counts } = await importAll(db, backup);
    await storeSettings(settings);
    return { counts };
  });
  rpc.handle(eraseDataMethod, async () => {
    await eraseAll(db);
    await browser.storage.local.clear();
    return { erased: true as const };
  });
  rpc.handle(storageUsageMethod, () => storageUsage(db));
}
