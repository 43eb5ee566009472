import type { DesksideDb } from '../db/database';
import { DEFAULT_KPI_TARGETS, type KpiReport, type KpiSettings, type KpiWindow } from '../schema/kpi';
import { computeKpis } from './compute';
import { loadKpiTickets } from './load';

/**
 * What the background answers `kpi.report` with: the window's tickets read through indexes, every
 * KPI computed, targets evaluated. `utcOffsetMinutes` defaults to the browser's zone at `now`.
 */
export async function kpiReport(
  db: DesksideDb,
  window: Exclude<KpiWindow, 'all'>,
  now: Date,
  settings: Partial<KpiSettings> = {},
  utcOffsetMinutes = -now.getTimezoneOffset(),
): Promise<KpiReport> {
  const data = await loadKpiTickets(db, window, now, utcOffsetMinutes);
  return computeKpis(data, {
    window,
    now,
    utcOffsetMinutes,
    targets: settings.targets ?? DEFAULT_KPI_TARGETS,
    businessHours: settings.businessHours ?? false,
  });
}
