import type { Impact } from '../schema/escalation';
import type { TicketSnapshot } from '../schema/ticket';
import { allTexts, customerTexts, pickSentences } from './text';

// A count starts where a number starts: from inside a run such as "1.1.1." the match was retried at
// every digit (100 KB of it in a ticket comment took 13 s).
const USERS =
  /\b(?:all|every|most|many|several|some|multiple|(?:over |about |around |~)?(?<![\d,.])\d[\d,.]*\s?k?\+?|hundreds of|thousands of|dozens of)\s+(?:of (?:our|their|the) )?(?:users|customers|agents|employees|people|accounts|stores|shoppers|members|clients|merchants|sellers|drivers|patients|students)\b/i;
const ORGS = /\b(?:all|several|multiple|many|\d+)\s+(?:organi[sz]ations|orgs|tenants|companies|workspaces|sites|regions|brands)\b/i;
const BUSINESS =
  /\b(?:revenue|orders?|sales|payments?|checkout|billing|invoices?|payroll|shipping|fulfil?ment|shipped|unshipped|SLA|contract|churn|launch|deadline|go-live|compliance|audit|production|piling up|losing|lost|refunds?|penalt(?:y|ies)|customers are (?:complaining|calling))\b/i;

// Tags helpdesks use for a customer's tier; the first one found names it.
const TIER_TAGS: readonly [RegExp, string][] = [
  [/^(?:tier[-_ ]?1|t1)$/i, 'tier1'],
  [/^(?:vip|vip[-_]customer)$/i, 'vip'],
  [/^(?:enterprise|enterprise[-_](?:plan|customer|tier))$/i, 'enterprise'],
  [/^(?:strategic|key[-_]account|platinum|premium|gold)$/i, 'strategic'],
  [/^(?:tier[-_ ]?2|t2)$/i, 'tier2'],
  [/^(?:tier[-_ ]?3|t3)$/i, 'tier3'],
];
/** Tiers that raise severity. */
export const HIGH_TIERS: ReadonlySet<string> = new Set(['tier1', 'vip', 'enterprise', 'strategic']);

/** The customer tier named by the ticket's tags, or null. */
export function customerTier(tags: readonly string[]): { tier: string; tag: string } | null {
  for (const [re, tier] of TIER_TAGS) {
    const tag = tags.find((t) => re.test(t));
    if (tag) return { tier, tag };
  }
  return null;
}

/** Affected users and organisations and business impact, from the ticket's own words. */
export function guessImpact(s: TicketSnapshot): Impact {
  const texts = allTexts(s);
  const impact: Impact = {};
  const users = texts.map((t) => USERS.exec(t)?.[0]).find(Boolean);
  if (users) impact.affectedUsers = users;
  const orgs = texts.map((t) => ORGS.exec(t)?.[0]).find(Boolean);
  const org = s.requester?.organization;
  if (orgs || org) impact.affectedOrgs = [org, orgs].filter(Boolean).join('; ');
  // A question ("How do I download an invoice?") names a topic, not an impact.
  const business = pickSentences(customerTexts(s), BUSINESS, 6).filter((x) => !x.endsWith('?')).slice(0, 2).join(' ');
  if (business) impact.business = business;
  return impact;
}
