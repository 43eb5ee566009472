// Evidence capture: redact, then parse. Pure TypeScript (no DOM, no browser APIs): runs in the
// background service worker and in Node (the `deskside evidence` command). Uses classic zod, so it
// is not for the content script.
import { redact } from '../privacy';
import type { Evidence } from '../schema/evidence';
import { parseRedacted, type EvidenceMeta } from './parse';

export type { EvidenceMeta } from './parse';
export { parseRedacted } from './parse';
export { summarizeEvidence } from './summary';

/**
 * Redacts secrets and personal data from captured text, then parses the redacted text into
 * evidence. The original text is never kept: only the redacted text and per-kind counts are.
 */
export function parseEvidence(text: string, meta: EvidenceMeta): Evidence {
  const { text: safe, counts } = redact(text);
  return parseRedacted(safe, counts, meta);
}
