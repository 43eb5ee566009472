import { num, withOffset, withoutZone, type TimeCandidate, type TimeContext } from './candidate';
import { DAY_RE, fractionMs, MONTH_RE, MONTHS, offsetMinutes } from './zone';

// RFC 2822 / 5322 (mail, HTTP Date headers): "Fri, 27 Nov 2026 02:12:14 +0000", weekday optional.
const RFC2822 = new RegExp(
  `\\b(?:(?:${DAY_RE}),\\s*)?(\\d{1,2})\\s+(${MONTH_RE})\\s+(\\d{4})\\s+(\\d{2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{4}|UTC|UT|GMT|[ECMP][SD]T)\\b`,
  'g',
);
// JavaScript Date#toString, as browser consoles print it: "Fri Nov 27 2026 02:12:14 GMT+0000 (…)".
const JS_DATE = new RegExp(
  `\\b(?:${DAY_RE}) (${MONTH_RE}) (\\d{2}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT([+-]\\d{4})(?: \\([^)\\n]*\\))?`,
  'g',
);
// asctime / Apache error log "[Fri Nov 27 02:12:14.123456 2026]": server local time, no zone.
const ASCTIME = new RegExp(
  `\\b(?:${DAY_RE}) (${MONTH_RE}) ([ \\d]?\\d) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))? (\\d{4})\\b`,
  'g',
);

// java.util.logging / Tomcat catalina.out: "Nov 27, 2026 2:12:14 AM" (local time, 12-hour clock).
const JUL = new RegExp(`\\b(${MONTH_RE}) (\\d{1,2}), (\\d{4}),? (\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,3}))? ?([AP]M)\\b`, 'g');

const month = (s: string | undefined): number => MONTHS[(s ?? '').toLowerCase()] ?? 0;

/** RFC 2822 dates, JavaScript Date strings, asctime (Apache error log) and java.util.logging times. */
export function findRfc2822(text: string, ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (const m of text.matchAll(RFC2822)) {
    const f = { year: num(m[3]), month: month(m[2]), day: num(m[1]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]), ms: 0 };
    const c = withOffset(m.index, m[0], f, offsetMinutes(m[7] ?? '') ?? 0, 'rfc2822');
    if (c) out.push(c);
  }
  for (const m of text.matchAll(JS_DATE)) {
    const f = { year: num(m[3]), month: month(m[1]), day: num(m[2]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]), ms: 0 };
    const c = withOffset(m.index, m[0], f, offsetMinutes(m[7] ?? '') ?? 0, 'js-date');
    if (c) out.push(c);
  }
  for (const m of text.matchAll(ASCTIME)) {
    const f = {
      year: num(m[7]), month: month(m[1]), day: num((m[2] ?? '').trim()), hour: num(m[3]), minute: num(m[4]),
      second: num(m[5]), ms: fractionMs(m[6]),
    };
    const c = withoutZone(m.index, m[0], f, 'asctime', ctx);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(JUL)) {
    const h12 = num(m[4]) % 12;
    const f = {
      year: num(m[3]), month: month(m[1]), day: num(m[2]), hour: m[8] === 'PM' ? h12 + 12 : h12, minute: num(m[5]),
      second: num(m[6]), ms: fractionMs(m[7]),
    };
    const c = num(m[4]) > 12 ? null : withoutZone(m.index, m[0], f, 'java-util-logging', ctx);
    if (c) out.push(c);
  }
  return out;
}
