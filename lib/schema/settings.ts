import { z } from 'zod';
import { HygieneSettings } from './hygiene';
import { KbSettings } from './kb';
import { KpiSettings } from './kpi';

const numericId = (what: string) =>
  z.string().trim().regex(/^\d+$/, `${what} is Jira's numeric id (e.g. 10001), not a key or a name`).nullable().default(null);

/** Where "Open in Jira" creates an escalation; each is unset until the user fills it in. */
export const EscalationSettings = z
  .object({
    /**
     * The Jira Cloud site origin, e.g. https://acme.atlassian.net.
     * @default null
     */
    jiraSite: z
      .string()
      .trim()
      .regex(/^https:\/\/[a-z0-9.-]+(:\d+)?$/i, 'Jira site must be an https origin such as https://acme.atlassian.net (no path)')
      .nullable()
      .default(null),
    /**
     * The project's numeric id (the create screen's pid).
     * @default null
     */
    projectId: numericId('Project id'),
    /**
     * The issue type's numeric id.
     * @default null
     */
    issueTypeId: numericId('Issue type id'),
  })
  .prefault({});
export type EscalationSettings = z.infer<typeof EscalationSettings>;

/** User settings, stored in extension storage and validated on every read. */
export const Settings = z.object({
  /**
   * Cached snapshots older than this many days are purged by a daily alarm.
   * @default 90
   */
  retentionDays: z.number().int().min(1).max(3650).default(90),
  /** KPI targets the popup colours against, and business vs calendar minutes. */
  kpi: KpiSettings.prefault({}),
  /** Ticket hygiene rules: on/off, severity, parameters, and per-ticket ignores. */
  hygiene: HygieneSettings,
  /** The Jira target of "Open in Jira" for escalation packages. */
  escalation: EscalationSettings,
  /** KB suggestions: the score threshold and how many are shown. */
  kb: KbSettings.prefault({}),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
