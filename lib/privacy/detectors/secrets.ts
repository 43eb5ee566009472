import { glued, groupSpan, scan, wholeSpan, type Detector, type Span } from '../kinds';
import { isPlaceholder } from './context';

/** The first capture group that took part (quoted or bare value), or null for a placeholder. */
function valueSpan(m: RegExpExecArray, text: string, groups: readonly number[]): Span | null {
  for (const g of groups) {
    const s = groupSpan(m, g);
    if (!s) continue;
    const v = text.slice(s.start, s.end).replace(/[.,;:)\]}]+$/, '');
    if (v.length === 0 || isPlaceholder(v)) return null;
    return { start: s.start, end: s.start + v.length };
  }
  return null;
}

// `password: x`, `pwd=x`, `"password":"x"`, `DB_PASSWORD=x`; the value is what gets redacted.
const PASSWORD_KV =
  /["']?(?:password|passwd|passphrase|passcode|pwd|pw)["']?\s*[:=]\s*(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^\s,;&"'<>]+))/dgi;
// "my password is Hunter2!": only a value with a digit or symbol, so "password is expired" is not one.
const PASSWORD_IS = /\b(?:password|passcode|pwd)\s+(?:is|was|=)\s*:?\s*["']?([^\s"',;]{6,64})/dgi;

function passwords(text: string): Span[] {
  return [
    ...scan(PASSWORD_KV, text, (m) => (glued(text, m.index, /[A-Za-z]/) ? null : valueSpan(m, text, [1, 2, 3]))),
    ...scan(PASSWORD_IS, text, (m) => {
      const s = valueSpan(m, text, [1]);
      if (!s) return null;
      const v = text.slice(s.start, s.end);
      return v.length >= 6 && /[\d\W_]/.test(v) && /[A-Za-z]/.test(v) ? s : null;
    }),
  ];
}

/** Passwords given as a labelled value. */
export const password: Detector = { kind: 'password', find: passwords };

// Tokens recognised by the prefix their issuer gives them.
const PREFIXED = new RegExp(
  String.raw`(?:` +
    [
      String.raw`(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,99}`, // Stripe secret and restricted keys
      String.raw`whsec_[A-Za-z0-9]{24,}`, // Stripe webhook secrets
      String.raw`gh[pousr]_[A-Za-z0-9]{30,255}`, // GitHub tokens
      String.raw`github_pat_[A-Za-z0-9_]{22,255}`, // GitHub fine-grained tokens
      String.raw`xox[abposr]-[A-Za-z0-9-]{10,250}`, // Slack tokens
      String.raw`glpat-[A-Za-z0-9_-]{20,}`, // GitLab personal access tokens
      String.raw`SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}`, // SendGrid
      String.raw`ATATT[A-Za-z0-9_=+/-]{20,}`, // Atlassian API tokens
      String.raw`sk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,}`, // OpenAI, Anthropic
      String.raw`npm_[A-Za-z0-9]{36}`, // npm
      String.raw`pypi-[A-Za-z0-9_-]{50,}`, // PyPI
      String.raw`shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}`, // Shopify
      String.raw`key-[0-9a-zA-Z]{32}`, // Mailgun
      String.raw`https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+`, // Slack webhooks
    ].join('|') +
    String.raw`)(?![A-Za-z0-9_])`,
  'g',
);

// `api_key=…`, `"access_token": "…"`, `X-API-Key: …`, `token=…` (Zendesk "email/token:…" too).
const ASSIGNED =
  /(?:api[_-]?key|apikey|api[_-]?token|access[_-]?token|auth[_-]?token|refresh[_-]?token|client[_-]?secret|secret[_-]?key|app[_-]?secret|private[_-]?token|token|secret)["']?\s*[:=]\s*["']?([A-Za-z0-9_\-./+=~]{12,})/dgi;
// Names that hold pagination cursors and request correlation ids, not credentials.
const NOT_SECRET_NAME = /page|cursor|csrf|xsrf|trace|request|correlation|type|count|expires|length/i;

function apiKeys(text: string): Span[] {
  return [
    ...scan(PREFIXED, text, (m) => (glued(text, m.index, /[\w-]/) ? null : wholeSpan(m))),
    ...scan(ASSIGNED, text, (m) => {
      // The whole name ("next_page_token", "x-api-key") decides; the regex matched only its end.
      let from = m.index;
      while (from > 0 && /[A-Za-z0-9_.-]/.test(text[from - 1] ?? '')) from--;
      if (NOT_SECRET_NAME.test(text.slice(from, m.index + m[0].indexOf(m[1] ?? '')))) return null;
      const s = valueSpan(m, text, [1]);
      if (!s) return null;
      const v = text.slice(s.start, s.end);
      // A credential is random-looking: letters and digits both, and not a plain word or path.
      return v.length >= 12 && /\d/.test(v) && /[A-Za-z]/.test(v) && !v.includes('/') ? s : null;
    }),
  ];
}

/** API keys and tokens, by issuer prefix or by the name they are assigned to. */
export const apiKey: Detector = { kind: 'api-key', find: apiKeys };

// AWS access key ids, Google API keys, DigitalOcean tokens; AWS secret keys and Azure account keys by name.
const CLOUD_PREFIXED =
  /(?<![A-Za-z0-9])(?:(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}|AIza[0-9A-Za-z_-]{35}|dop_v1_[a-f0-9]{64})(?![A-Za-z0-9])/g;
const CLOUD_ASSIGNED =
  /(?:aws_secret_access_key|aws_secret_key|secretaccesskey)["']?\s*[:=]\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])|AccountKey=([A-Za-z0-9+/]{40,}={0,2})/dgi;

/** Cloud provider credentials (AWS, Google Cloud, Azure, DigitalOcean). */
export const cloudKey: Detector = {
  kind: 'cloud-key',
  find: (text) => [
    ...scan(CLOUD_PREFIXED, text, wholeSpan),
    ...scan(CLOUD_ASSIGNED, text, (m) => valueSpan(m, text, [1, 2])),
  ],
};
