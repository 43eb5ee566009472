// Zod-free and DOM-free: the content script and the escalation builder import this too.

/** Every kind of personal data or secret Deskside detects, in the order they are listed to users. */
export const PRIVACY_KINDS = [
  'email',
  'phone',
  'card',
  'iban',
  'national-id',
  'password',
  'api-key',
  'jwt',
  'private-key',
  'cloud-key',
  'auth-header',
  'cookie',
  'url-password',
] as const;
export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

/** One detected value: `text.slice(start, end) === match`. */
export interface PrivacyFinding {
  kind: PrivacyKind;
  start: number;
  end: number;
  match: string;
}

export interface PrivacyOptions {
  /** Only these kinds; all kinds when absent. */
  kinds?: readonly PrivacyKind[];
}

/** A span a detector found, before overlaps between kinds are settled. */
export interface Span {
  start: number;
  end: number;
}

/** One detector: a kind and a function returning its spans in a text. */
export interface Detector {
  kind: PrivacyKind;
  find: (text: string) => Span[];
}

/**
 * Runs a global regex and keeps the spans `pick` returns. `pick` gets the match and returns the
 * span of the secret itself (often one group, so a label such as "password:" stays readable), or
 * null to reject a look-alike.
 */
export function scan(re: RegExp, text: string, pick: (m: RegExpExecArray) => Span | null): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex += 1;
    const s = pick(m);
    if (s && s.end > s.start) out.push(s);
  }
  return out;
}

/**
 * True when the character before `index` matches `re` (a one-character class). Detectors check
 * their left boundary this way rather than with a leading lookbehind, which stops the regex
 * engine from skipping ahead to its first literal and made whole-log scans several times slower.
 */
export function glued(text: string, index: number, re: RegExp): boolean {
  return index > 0 && re.test(text[index - 1] ?? '');
}

/** The span of capture group `g` (needs the regex's `d` flag), or null when it did not take part. */
export function groupSpan(m: RegExpExecArray, g: number): Span | null {
  const r = m.indices?.[g];
  return r ? { start: r[0], end: r[1] } : null;
}

/** The whole match as a span. */
export function wholeSpan(m: RegExpExecArray): Span {
  return { start: m.index, end: m.index + m[0].length };
}
