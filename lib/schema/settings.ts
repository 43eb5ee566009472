import { z } from 'zod';

/** User settings, stored in extension storage and validated on every read. */
export const Settings = z.object({
  /**
   * Cached snapshots older than this many days are purged by a daily alarm.
   * @default 90
   */
  retentionDays: z.number().int().min(1).max(3650).default(90),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
