import { scan, wholeSpan, type Detector, type Span } from '../kinds';
import { digitCount, idLabelled, phoneLabelled } from './context';

// File names such as logo@2x.png look like addresses; these suffixes are never mail domains.
const FILE_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'js', 'css', 'ts', 'map', 'json']);

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN = /(?:[A-Za-z0-9-]{1,63}\.)+([A-Za-z]{2,24})(?![\w-])/y;

// Scans from each "@" outwards: a regex starting at every word character is several times slower.
function emails(text: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
    while (start < at && text[start] === '.') start++;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    const m = DOMAIN.exec(text);
    if (!m || FILE_TLDS.has((m[1] ?? '').toLowerCase())) continue;
    // `postgres://app@db.internal` names a login and a host, not a mailbox.
    if (/[a-z][a-z0-9+.-]*:\/\/$/i.test(text.slice(Math.max(0, start - 24), start))) continue;
    out.push({ start, end: DOMAIN.lastIndex });
  }
  return out;
}

/** E-mail addresses. */
export const email: Detector = { kind: 'email', find: emails };

// A number that continues as part of a longer token (IP, version, date, hex id) is not a phone.
const TAIL = String.raw`(?![\w]|[.:/-]\d)`;
const HEAD = String.raw`(?<![\w.:/+-])`;

const PHONE_PATTERNS: readonly RegExp[] = [
  // E.164 and international forms: +44 20 7946 0958, +1 (415) 555-0132, +4915123456789
  new RegExp(String.raw`${HEAD}\+[1-9]\d{0,2}(?:[ .-]?\(?\d{1,5}\)?){1,6}${TAIL}`, 'g'),
  // North American: (415) 555-0132, 415-555-0132, 415.555.0132, 1-800-555-0199
  new RegExp(
    String.raw`${HEAD}(?:1[ .-])?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}${TAIL}`,
    'g',
  ),
  // National forms with a trunk 0: 020 7946 0958, 07700 900123, (030) 1234 5678, 01 23 45 67 89
  new RegExp(
    String.raw`${HEAD}(?:\(0[1-9]\d{0,3}\) ?|0[1-9]\d{0,3}[ -])\d{2,4}[ -]?\d{3,4}${TAIL}|${HEAD}0[1-9](?:[ .]\d{2}){4}${TAIL}`,
    'g',
  ),
];

// Only when labelled ("phone: 4155550132"): bare digit runs are order numbers and IDs far more often.
const LABELLED = /\+?\d[\d ().-]{5,18}\d/g;

function phoneSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of PHONE_PATTERNS) {
    spans.push(
      ...scan(re, text, (m) => {
        const n = digitCount(m[0]);
        if (n < 8 || n > 15) return null;
        return idLabelled(text, m.index) ? null : wholeSpan(m);
      }),
    );
  }
  spans.push(
    ...scan(LABELLED, text, (m) => {
      const n = digitCount(m[0]);
      return n >= 7 && n <= 15 && phoneLabelled(text, m.index) ? wholeSpan(m) : null;
    }),
  );
  return spans;
}

/** Phone numbers: international and common national formats, not IDs, dates, versions or IPs. */
export const phone: Detector = { kind: 'phone', find: phoneSpans };
