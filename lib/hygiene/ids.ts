// Zod-free, so the draft check can run in the content script.

/** The hygiene rules, by id, in the order the sidebar and the audit list them. */
export const RULE_IDS = [
  'missing-type',
  'missing-priority',
  'priority-vs-impact',
  'missing-tags',
  'unassigned',
  'sla-at-risk',
  'stale-update',
  'no-internal-note',
  'missing-resolution',
  'premature-closure',
  'no-next-step',
  'pii-in-public',
  'placeholder-left',
  'possible-duplicate',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * What a finding costs the 0-100 score. Each failing rule counts once, at its highest severity:
 * three PII comments are one problem to fix, and one rule must not sink the score on its own.
 */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { error: 25, warning: 10, info: 3 };
