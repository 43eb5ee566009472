// The checks behind pii-in-public, apart from the rule so the draft check stays zod-free.
import { detect } from '../../privacy/detect';
import type { PrivacyKind } from '../../privacy/kinds';
import { quote } from '../facts';

/** Kinds that must never be in a public reply. E-mail and phone are not: replies carry them daily. */
export const PUBLIC_PII_KINDS: readonly PrivacyKind[] = [
  'card',
  'national-id',
  'iban',
  'password',
  'api-key',
  'cloud-key',
  'jwt',
  'private-key',
  'auth-header',
  'cookie',
  'url-password',
];

const LABELS: Readonly<Record<PrivacyKind, string>> = {
  email: 'an e-mail address',
  phone: 'a phone number',
  card: 'a payment card number',
  iban: 'an IBAN',
  'national-id': 'a national ID number',
  password: 'a password',
  'api-key': 'an API key',
  jwt: 'a JSON Web Token',
  'private-key': 'a private key',
  'cloud-key': 'a cloud access key',
  'auth-header': 'an Authorization header',
  cookie: 'a session cookie',
  'url-password': 'a password in a URL',
};

export interface PiiHit {
  kinds: PrivacyKind[];
  /** Text around the first hit, with every hit replaced by [REDACTED:kind]: never the secret. */
  quote: string;
  /** "a payment card number and an API key" */
  what: string;
}

/** The sensitive kinds in `text`, or null when there are none. */
export function scanPii(text: string, kinds: readonly PrivacyKind[]): PiiHit | null {
  const found = detect(text, { kinds });
  const first = found[0];
  if (!first) return null;
  let masked = '';
  let at = 0;
  let firstStart = 0;
  let firstEnd = 0;
  for (const f of found) {
    masked += text.slice(at, f.start);
    const token = `[REDACTED:${f.kind}]`;
    if (f === first) {
      firstStart = masked.length;
      firstEnd = masked.length + token.length;
    }
    masked += token;
    at = f.end;
  }
  masked += text.slice(at);
  const uniq = [...new Set(found.map((f) => f.kind))];
  const labels = uniq.map((k) => LABELS[k]);
  const what = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '');
  return { kinds: uniq, quote: quote(masked, firstStart, firstEnd, 30), what };
}

/** The fix advice for the kinds found: secrets are rotated, card and ID data redacted. */
export function piiFix(kinds: readonly PrivacyKind[], where: 'comment' | 'draft'): string {
  const secret = kinds.some((k) => !['card', 'iban', 'national-id', 'email', 'phone'].includes(k));
  const first = where === 'draft' ? 'Remove it from the reply before sending' : 'Redact the comment';
  return secret
    ? `${first}, and ask for the exposed credential to be revoked and replaced.`
    : `${first}; ask the customer to send such details only through the secure form.`;
}
