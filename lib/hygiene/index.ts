// The hygiene engine for the sidebar, the options page and the audit command (classic zod via the
// rules' params). The content script imports lib/hygiene/draft.ts directly: it is zod-free.
export { checkDraft, type DraftSettings } from './draft';
export { hygieneScore, runHygiene, type HygieneExtras, type HygieneResult } from './engine';
export { RULE_IDS, SEVERITIES, SEVERITY_WEIGHTS, type RuleId, type Severity } from './ids';
export { RULES } from './rules';
export { isActive, STATUS_CATEGORIES, statusCategory, type StatusCategory } from './status';
export type { Evidence, Finding, Rule, RuleContext, TicketDraft } from './types';
