import { detect } from './detect';
import type { PrivacyKind, PrivacyOptions } from './kinds';

/** Replaces every finding with `[REDACTED:<kind>]` and counts what was replaced, per kind. */
export function redact(
  text: string,
  opts: PrivacyOptions = {},
): { text: string; counts: Partial<Record<PrivacyKind, number>> } {
  const counts: Partial<Record<PrivacyKind, number>> = {};
  const parts: string[] = [];
  let at = 0;
  for (const f of detect(text, opts)) {
    parts.push(text.slice(at, f.start), `[REDACTED:${f.kind}]`);
    at = f.end;
    counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), counts };
}
