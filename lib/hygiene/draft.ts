// Runs while the agent types: zod-free and ticket-free, so it is cheap and content-script safe.
import type { HygieneSettings } from '../schema/hygiene';
import { DEFAULT_PLACEHOLDERS } from './scan/placeholder';
import { PUBLIC_PII_KINDS } from './scan/pii';
import { draftPiiFinding, draftPlaceholderFinding } from './draft-checks';
import type { Finding, TicketDraft } from './types';

/** The parts of HygieneSettings the draft check reads (a parsed HygieneSettings fits). */
export type DraftSettings = Pick<HygieneSettings['rules'], 'pii-in-public' | 'placeholder-left'>;

/**
 * pii-in-public and placeholder-left on the reply being drafted. Internal notes are not checked:
 * the customer never sees them. Pass settings parsed by HygieneSettings (the background does).
 */
export function checkDraft(draft: TicketDraft, settings: { rules: DraftSettings } | null = null): Finding[] {
  if (!draft.public || draft.text.trim() === '') return [];
  const pii = settings?.rules['pii-in-public'];
  const ph = settings?.rules['placeholder-left'];
  const out: Finding[] = [];
  if (pii?.enabled !== false) {
    const f = draftPiiFinding(draft.text, pii?.params.kinds ?? PUBLIC_PII_KINDS);
    if (f) out.push({ ...f, severity: pii?.severity ?? f.severity });
  }
  if (ph?.enabled !== false) {
    const f = draftPlaceholderFinding(draft.text, ph?.params.patterns ?? DEFAULT_PLACEHOLDERS);
    if (f) out.push({ ...f, severity: ph?.severity ?? f.severity });
  }
  return out;
}
