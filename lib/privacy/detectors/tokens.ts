import { glued, groupSpan, scan, wholeSpan, type Detector, type Span } from '../kinds';
import { isPlaceholder } from './context';

/** Decodes base64url to text, or null; atob exists in browsers and Node 16+. */
function b64urlText(s: string): string | null {
  try {
    const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
    return atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return null;
  }
}

// Starts only where a token starts (not inside a longer run): from every "eyJ" inside one run of
// 200 KB of base64 the match was retried to the run's end, over a minute and a half.
const JWT = /(?<![\w-])(eyJ[A-Za-z0-9_-]{8,})\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

/** JSON Web Tokens: three base64url parts whose header is JSON naming an "alg". */
export const jwt: Detector = {
  kind: 'jwt',
  find: (text) =>
    scan(JWT, text, (m) => {
      if (glued(text, m.index, /[\w-]/)) return null;
      const header = b64urlText(m[1] ?? '');
      if (header === null) return null;
      try {
        const h: unknown = JSON.parse(header);
        return typeof h === 'object' && h !== null && 'alg' in h ? wholeSpan(m) : null;
      } catch {
        return null;
      }
    }),
};

// A PEM block up to its END line; a truncated paste ends at the first blank line or the text's end.
const PEM =
  /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|(?=\r?\n[ \t]*\r?\n)|$)/g;

/** PEM and OpenSSH/PGP private keys. */
export const privateKey: Detector = { kind: 'private-key', find: (text) => scan(PEM, text, wholeSpan) };

// The scheme stays readable in context; scheme and credentials are redacted together.
const AUTH_HEADER =
  /(?:proxy-)?authorization["']?\s*[:=]\s*["']?((?:(?:bearer|basic|token|digest|apikey|api-key|negotiate|ntlm|sso-key|ssws|oauth|zoho-oauthtoken)\s+)?[A-Za-z0-9._~+/=:-]{8,})/dgi;
const BEARER = /(Bearer\s+[A-Za-z0-9._~+/-]{16,}=*)/dg;

/** `Authorization:` headers and bare `Bearer …` credentials. */
export const authHeader: Detector = {
  kind: 'auth-header',
  find: (text) => [
    ...scan(AUTH_HEADER, text, (m) => (glued(text, m.index, /[\w-]/) || isPlaceholder(m[1] ?? '') ? null : groupSpan(m, 1))),
    ...scan(BEARER, text, (m) => (!glued(text, m.index, /[\w-]/) && /\d/.test(m[1] ?? '') ? groupSpan(m, 1) : null)),
  ],
};

// A Cookie/Set-Cookie header's value up to the line end; it must hold a name=value pair.
const COOKIE_HEADER = /(?:set-)?cookie["']?\s*:\s*([^\r\n"]*=[^\r\n"]*)/dgi;
// Session cookies by name, anywhere (logs, curl commands, URLs).
const SESSION =
  /(?:session(?:[_-]?id)?|sessid|phpsessid|jsessionid|asp\.net_sessionid|connect\.sid|_session_id|_zendesk_session|_zendesk_shared_session|laravel_session|_gh_sess|sid|cloud\.session\.token|tenant\.session\.token|ajs_session_id|remember_token|auth_session)=([^;\s"'&,]{8,})/dgi;

/** Cookie headers and session cookie values. */
export const cookie: Detector = {
  kind: 'cookie',
  find: (text) => [
    ...scan(COOKIE_HEADER, text, (m) => {
      if (glued(text, m.index, /[\w-]/)) return null;
      const s = groupSpan(m, 1);
      if (!s) return null;
      const v = text.slice(s.start, s.end).trimEnd();
      return { start: s.start, end: s.start + v.length };
    }),
    ...scan(SESSION, text, (m) => (glued(text, m.index, /[\w.-]/) || isPlaceholder(m[1] ?? '') ? null : groupSpan(m, 1))),
  ],
};

const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const USERINFO = /([^\s:/@?#]+):([^\s@/?#]+)@[^\s/@]/dy;

// Scans from each "://" (a regex starting at every letter is several times slower on long logs).
function urlPasswords(text: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
    let s = at;
    while (s > 0 && at - s < 21 && SCHEME_CHAR.test(text[s - 1] ?? '')) s--;
    if (s === at || !/[A-Za-z]/.test(text[s] ?? '') || /\w/.test(text[s - 1] ?? '')) continue;
    USERINFO.lastIndex = at + 3;
    const m = USERINFO.exec(text);
    const pass = m ? groupSpan(m, 2) : null;
    if (pass && !isPlaceholder(text.slice(pass.start, pass.end))) out.push(pass);
  }
  return out;
}

/** Passwords inside URLs (`scheme://user:pass@host`); only the password is redacted. */
export const urlPassword: Detector = { kind: 'url-password', find: urlPasswords };
