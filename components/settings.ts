import type { Settings } from '@/lib/schema/settings';
import { getSettings, saveSettings } from '@/lib/schema/settings-rpc';
import { call } from './rpc';

/**
 * Changes part of the settings: reads the stored settings just before saving, so sections of the
 * options page edited one after another never overwrite each other's changes.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const current = await call(getSettings, {});
  return call(saveSettings, change(current));
}
