import type { HygieneSettings } from '../schema/hygiene';
import { ticketKey } from '../schema/snapshot-base';
import type { TicketSnapshot } from '../schema/ticket';
import { RULE_IDS, SEVERITY_WEIGHTS, type RuleId, type Severity } from './ids';
import { RULES } from './rules';
import { statusCategory } from './status';
import type { Finding, Rule, TicketDraft } from './types';

/** What a rule may need beyond the ticket: the reply being drafted, other cached tickets, the time. */
export interface HygieneExtras {
  draft?: TicketDraft;
  others?: readonly TicketSnapshot[];
  /** The time to judge ages and SLAs against; defaults to the current time. */
  now?: Date;
}

export interface HygieneResult {
  /** 100 minus the weight of each failing rule's worst severity (see SEVERITY_WEIGHTS), at least 0. */
  score: number;
  findings: Finding[];
  /** Rules that threw: reported, never hidden, and they do not count against the score. */
  errors: { rule: RuleId; message: string }[];
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The 0-100 score for a list of findings: each rule counts once, at its worst severity. */
export function hygieneScore(findings: readonly Finding[]): number {
  const worst = new Map<RuleId, Severity>();
  for (const f of findings) {
    const had = worst.get(f.rule);
    if (!had || RANK[f.severity] < RANK[had]) worst.set(f.rule, f.severity);
  }
  let score = 100;
  for (const s of worst.values()) score -= SEVERITY_WEIGHTS[s];
  return Math.max(0, score);
}

/** True when the rule is declared for this ticket's site and status category. */
function applies(rule: Rule, t: TicketSnapshot): boolean {
  const { sites, statuses } = rule.appliesTo;
  if (sites && !sites.includes(t.site)) return false;
  if (!statuses) return true;
  const cat = statusCategory(t.status);
  return cat !== null && statuses.includes(cat);
}

/** Runs every enabled rule on a ticket; findings sorted by severity, then rule order. */
export function runHygiene(
  ticket: TicketSnapshot,
  settings: HygieneSettings,
  extras: HygieneExtras = {},
): HygieneResult {
  const now = extras.now ?? new Date();
  const ignored = new Set(settings.ignored[ticketKey(ticket)] ?? []);
  const findings: Finding[] = [];
  const errors: HygieneResult['errors'] = [];
  for (const id of RULE_IDS) {
    const setting = settings.rules[id];
    // The table and the settings are keyed alike; the cast forgets which rule's params these are.
    const rule = RULES[id] as Rule;
    if (!setting.enabled || ignored.has(id) || !applies(rule, ticket)) continue;
    try {
      const found = rule.check({ ticket, draft: extras.draft, others: extras.others, now, params: setting.params });
      for (const f of found) findings.push({ ...f, severity: setting.severity ?? rule.defaultSeverity });
    } catch (err) {
      errors.push({ rule: id, message: err instanceof Error ? err.message : String(err) });
    }
  }
  findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule));
  return { score: hygieneScore(findings), findings, errors };
}
