import type { DesksideDb } from '@/lib/db/database';
import { getSettings, saveSettings } from '@/lib/schema/settings-rpc';
import { registerEvidenceHandlers } from './handlers-evidence';
import { registerHygieneHandlers } from './handlers-hygiene';
import { registerKbHandlers } from './handlers-kb';
import { registerKpiHandlers } from './handlers-kpi';
import type { RpcRouter } from './rpc';
import { loadSettings, storeSettings } from './settings';

/**
 * Every feature's background methods, registered in one place. Each feature keeps its handlers
 * in its own module (`handlers-<feature>.ts`) and adds one line here.
 */
export function registerHandlers(rpc: RpcRouter, db: DesksideDb): void {
  rpc.handle(getSettings, () => loadSettings());
  rpc.handle(saveSettings, (settings) => storeSettings(settings));
  registerHygieneHandlers(rpc, db);
  registerKpiHandlers(rpc, db);
  registerEvidenceHandlers(rpc, db);
  registerKbHandlers(rpc, db);
}
