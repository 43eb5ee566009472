import { browser } from 'wxt/browser';
import type { DesksideDb } from '@/lib/db/database';
import { purgeOlderThan } from '@/lib/db/retention';
import { loadSettings } from './settings';
import { flushFallback } from './storage-guard';

const ALARM = 'deskside-retention';

/**
 * Purges snapshots older than the retention setting once a day (and once at start-up), then writes
 * drafts and captures that waited for space (storage-guard.ts).
 */
export async function scheduleRetention(db: DesksideDb): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void purge(db);
  });
  if (!(await browser.alarms.get(ALARM))) {
    await browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  }
}

async function purge(db: DesksideDb): Promise<void> {
  const { retentionDays } = await loadSettings();
  await purgeOlderThan(db, retentionDays, new Date());
  await flushFallback(db);
}
