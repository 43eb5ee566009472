import { z } from 'zod';
import { RULE_IDS, SEVERITIES } from '../hygiene/ids';
import { RULES } from '../hygiene/rules';
import { describeIssues } from './describe';

export const Severity = z.enum(SEVERITIES);
export const RuleIdSchema = z.enum(RULE_IDS);

/** One rule's settings: on or off, an optional severity override, and its params. */
function ruleSetting<S extends z.ZodType>(params: S) {
  return z
    .strictObject({
      /**
       * Whether the rule runs.
       * @default true
       */
      enabled: z.boolean().default(true),
      /**
       * Severity to report instead of the rule's default; absent keeps the default.
       * @default undefined
       */
      severity: Severity.optional(),
      // Every param has a default, so {} is a valid input; TypeScript cannot see that for a generic S.
      params: params.prefault({} as z.input<S>),
    })
    .prefault({});
}

/** Per-rule settings, one entry per rule id; unknown ids are rejected so typos are seen. */
export const HygieneRuleSettings = z
  .strictObject({
    'missing-type': ruleSetting(RULES['missing-type'].params),
    'missing-priority': ruleSetting(RULES['missing-priority'].params),
    'priority-vs-impact': ruleSetting(RULES['priority-vs-impact'].params),
    'missing-tags': ruleSetting(RULES['missing-tags'].params),
    unassigned: ruleSetting(RULES.unassigned.params),
    'sla-at-risk': ruleSetting(RULES['sla-at-risk'].params),
    'stale-update': ruleSetting(RULES['stale-update'].params),
    'no-internal-note': ruleSetting(RULES['no-internal-note'].params),
    'missing-resolution': ruleSetting(RULES['missing-resolution'].params),
    'premature-closure': ruleSetting(RULES['premature-closure'].params),
    'no-next-step': ruleSetting(RULES['no-next-step'].params),
    'pii-in-public': ruleSetting(RULES['pii-in-public'].params),
    'placeholder-left': ruleSetting(RULES['placeholder-left'].params),
    'possible-duplicate': ruleSetting(RULES['possible-duplicate'].params),
  })
  .prefault({});

/** Hygiene settings, stored with the user's settings and edited in the options page. */
export const HygieneSettings = z
  .strictObject({
    rules: HygieneRuleSettings,
    /**
     * Rules the agent chose to ignore, per ticket key (`ticketKey`: "site:host:id").
     * @default {}
     */
    ignored: z.record(z.string().min(1), z.array(RuleIdSchema)).default({}),
  })
  .prefault({});
export type HygieneSettings = z.infer<typeof HygieneSettings>;
export type HygieneSettingsInput = z.input<typeof HygieneSettings>;

export const DEFAULT_HYGIENE_SETTINGS: HygieneSettings = HygieneSettings.parse({});

/** Validates settings JSON; a failure names each bad path, e.g. "rules.unassigned.params.afterMinutes: …". */
export function parseHygieneSettings(
  json: unknown,
): { ok: true; settings: HygieneSettings } | { ok: false; message: string } {
  const r = HygieneSettings.safeParse(json);
  return r.success ? { ok: true, settings: r.data } : { ok: false, message: describeIssues(r.error.issues) };
}

export const HygieneFinding = z.object({
  rule: RuleIdSchema,
  severity: Severity,
  message: z.string(),
  evidence: z.object({
    field: z.string(),
    quote: z.string().optional(),
    commentId: z.string().optional(),
    relatedTicket: z.string().optional(),
  }),
  fix: z.string(),
});
export type HygieneFinding = z.infer<typeof HygieneFinding>;

/** What the sidebar shows: the score, findings, and rules that failed to run. */
export const HygieneReport = z.object({
  score: z.number().int().min(0).max(100),
  findings: z.array(HygieneFinding),
  errors: z.array(z.object({ rule: RuleIdSchema, message: z.string() })),
});
export type HygieneReport = z.infer<typeof HygieneReport>;
