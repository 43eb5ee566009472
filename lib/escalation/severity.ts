import type { Severity, SeverityAssessment } from '../schema/escalation';
import type { SlaMetric } from '../schema/ticket';
import { HIGH_TIERS } from './impact';

/** Words that point at a severity, most severe first; each list is explained in the reasons. */
export const IMPACT_WORDS: readonly { severity: Severity; re: RegExp }[] = [
  {
    severity: 'SEV1',
    re: /\b(?:outage|(?:site|system|service|production|prod|app|platform|everything) (?:is |went )?down|down for (?:all|everyone)|all (?:users|customers)|nobody can|no one can|data loss|lost data|data (?:breach|leak)|security (?:breach|incident)|completely (?:down|broken))\b/gi,
  },
  {
    severity: 'SEV2',
    re: /\b(?:cannot|can't|unable to|blocked|blocking|not working|stopped (?:working|firing|receiving|sending)|fail(?:s|ing)? (?:for|to)|broken|many (?:users|customers)|revenue|orders (?:are )?piling|piling up|payments? (?:fail|failing|declined)|checkout (?:fails|is broken)|urgent)\b/gi,
  },
  { severity: 'SEV3', re: /\b(?:intermittent(?:ly)?|sometimes|some users|slow(?:ness)?|degraded|delayed|workaround|occasionally)\b/gi },
  { severity: 'SEV4', re: /\b(?:cosmetic|typo|question|how do i|feature request|nice to have|minor|documentation)\b/gi },
];

const PRIORITY: Readonly<Record<string, Severity>> = {
  blocker: 'SEV1', urgent: 'SEV2', highest: 'SEV2', critical: 'SEV2', high: 'SEV2',
  normal: 'SEV3', medium: 'SEV3', low: 'SEV4', lowest: 'SEV4', trivial: 'SEV4', minor: 'SEV4',
};

export interface SeverityInput {
  /** Ticket and evidence text to read impact words from. */
  text: string;
  priority: string | null;
  sla: readonly SlaMetric[];
  tier: string | null;
  /** For "breaches within the hour"; ISO time. */
  now: string;
}

const rank = (s: Severity): number => Number(s.slice(3));
const sev = (n: number): Severity => `SEV${Math.min(4, Math.max(1, n))}` as Severity;

/** Recommends a severity from impact words, priority, SLA state and customer tier, with a reason for each. */
export function recommendSeverity(input: SeverityInput): SeverityAssessment {
  const reasons: string[] = [];
  let base = 5;
  for (const { severity, re } of IMPACT_WORDS) {
    const words = [...new Set([...input.text.matchAll(re)].map((m) => m[0].toLowerCase()))];
    if (words.length === 0 || rank(severity) >= base) continue;
    // SEV4 words only count when nothing worse was said.
    if (severity === 'SEV4' && base < 5) continue;
    base = rank(severity);
    reasons.push(`impact words ${words.slice(0, 4).map((w) => `"${w}"`).join(', ')} suggest ${severity}`);
  }
  const impactRank = base;
  const p = input.priority?.toLowerCase().trim();
  const fromPriority = p ? PRIORITY[p] : undefined;
  if (fromPriority) {
    reasons.push(`priority "${input.priority}" maps to ${fromPriority}`);
    base = Math.min(base, rank(fromPriority));
  }
  if (base === 5) {
    base = 3;
    reasons.push('no impact words or known priority: default SEV3');
  }
  let bump = 0;
  const breached = input.sla.filter((m) => m.stage === 'breached');
  const nowMs = Date.parse(input.now);
  const soon = input.sla.filter((m) => m.stage === 'active' && m.breachAt && Date.parse(m.breachAt) - nowMs <= 3_600_000);
  if (breached.length) {
    bump += 1;
    reasons.push(`SLA breached (${breached.map((m) => m.metric).join(', ')}): one level up`);
  } else if (soon.length) {
    reasons.push(`SLA ${soon.map((m) => m.metric).join(', ')} breaches within the hour`);
  }
  if (input.tier && HIGH_TIERS.has(input.tier)) {
    bump += 1;
    reasons.push(`customer tier "${input.tier}": one level up`);
  }
  let result = base - bump;
  // Raising alone never makes a SEV1: that takes outage-level words or a blocker priority.
  if (result < 2 && impactRank > 1 && fromPriority !== 'SEV1') {
    result = 2;
    if (bump > 0) reasons.push('SEV1 is kept for outage-level impact: capped at SEV2');
  }
  return { recommended: sev(result), reasons };
}
