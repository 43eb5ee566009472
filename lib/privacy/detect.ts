import { email, phone } from './detectors/contact';
import { card, iban } from './detectors/financial';
import { nationalId } from './detectors/national-id';
import { apiKey, cloudKey, password } from './detectors/secrets';
import { authHeader, cookie, jwt, privateKey, urlPassword } from './detectors/tokens';
import type { Detector, PrivacyFinding, PrivacyKind, PrivacyOptions } from './kinds';

/**
 * Detectors from the most to the least specific. Where two findings overlap the earlier kind
 * wins: a JWT inside an Authorization header is one auth-header finding, the password in
 * `https://u:p@host` is a url-password and not part of an e-mail address.
 */
const DETECTORS: readonly Detector[] = [
  privateKey,
  authHeader,
  cookie,
  urlPassword,
  jwt,
  cloudKey,
  apiKey,
  password,
  card,
  iban,
  nationalId,
  email,
  phone,
];

const RANK = new Map<PrivacyKind, number>(DETECTORS.map((d, i) => [d.kind, i]));

interface Candidate extends PrivacyFinding {
  rank: number;
}

/** Personal data and secrets in `text`: non-overlapping findings sorted by start. */
export function detect(text: string, opts: PrivacyOptions = {}): PrivacyFinding[] {
  const wanted = opts.kinds ? new Set(opts.kinds) : null;
  const found: Candidate[] = [];
  for (const d of DETECTORS) {
    if (wanted && !wanted.has(d.kind)) continue;
    const rank = RANK.get(d.kind) ?? DETECTORS.length;
    for (const s of d.find(text)) {
      found.push({ kind: d.kind, start: s.start, end: s.end, match: text.slice(s.start, s.end), rank });
    }
  }
  // By start; at one start the stronger kind, then the longer span.
  found.sort((a, b) => a.start - b.start || a.rank - b.rank || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of found) {
    const last = kept.at(-1);
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.rank < last.rank) {
      // A stronger kind starting inside a weaker finding replaces it (an email inside a cookie line).
      kept.pop();
      const prev = kept.at(-1);
      if (!prev || c.start >= prev.end) kept.push(c);
    }
  }
  return kept.map(({ kind, start, end, match }) => ({ kind, start, end, match }));
}
