// The two checks run on the reply being typed. Zod-free (only types from the rule modules' world),
// so checkDraft can run in the content script; the rules reuse them for the sidebar and the audit.
import type { PrivacyKind } from '../privacy/kinds';
import type { Finding } from './types';
import { piiFix, scanPii } from './scan/pii';
import { scanPlaceholders } from './scan/placeholder';

/** Default severities of the draft rules (the rule modules declare the same). */
export const DRAFT_RULE_SEVERITY = { 'pii-in-public': 'error', 'placeholder-left': 'error' } as const;

/** A pii-in-public finding for a public draft, or null. */
export function draftPiiFinding(text: string, kinds: readonly PrivacyKind[]): Finding | null {
  const hit = scanPii(text, kinds);
  if (!hit) return null;
  return {
    rule: 'pii-in-public',
    severity: DRAFT_RULE_SEVERITY['pii-in-public'],
    message: `The public reply you are writing contains ${hit.what}.`,
    evidence: { field: 'draft', quote: hit.quote },
    fix: piiFix(hit.kinds, 'draft'),
  };
}

/** A placeholder-left finding for a public draft, or null. */
export function draftPlaceholderFinding(text: string, patterns: readonly string[]): Finding | null {
  const hit = scanPlaceholders(text, patterns);
  if (!hit) return null;
  return {
    rule: 'placeholder-left',
    severity: DRAFT_RULE_SEVERITY['placeholder-left'],
    message: `The reply you are writing still has the placeholder ${hit.match}.`,
    evidence: { field: 'draft', quote: hit.quote },
    fix: 'Fill in or delete the placeholder before sending.',
  };
}
