import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, Settings, describeZodError } from '@/lib/schema';

const KEY = 'settings';

/**
 * The user's settings. An invalid stored value is an error, not a silent reset: it is reported
 * and the defaults are used for this run only, leaving the stored value for the user to fix.
 */
export async function loadSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  if (raw === undefined) return DEFAULT_SETTINGS;
  const parsed = Settings.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.error(`Deskside: stored settings are invalid (${describeZodError(parsed.error)}); using defaults`);
  return DEFAULT_SETTINGS;
}

/** Validates and stores the settings; an invalid value is refused with the path that is wrong. */
export async function storeSettings(next: unknown): Promise<Settings> {
  const parsed = Settings.safeParse(next);
  if (!parsed.success) throw new Error(`invalid settings: ${describeZodError(parsed.error)}`);
  await browser.storage.local.set({ [KEY]: parsed.data });
  return parsed.data;
}
