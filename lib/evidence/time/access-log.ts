import { num, withOffset, withoutZone, type TimeCandidate, type TimeContext } from './candidate';
import { fractionMs, MONTH_RE, MONTHS, offsetMinutes } from './zone';

// Apache/nginx common and combined log format: [27/Nov/2026:02:12:14 +0000].
const CLF = new RegExp(`\\[(\\d{2})/(${MONTH_RE})/(\\d{4}):(\\d{2}):(\\d{2}):(\\d{2}) ([+-]\\d{4})\\]`, 'g');
// nginx error log and Go's log package: 2026/11/27 02:12:14 … (local time, no zone).
const NGINX_ERROR = /\b(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})\b/g;

/** Access-log times (with offset) and slash-separated dates (nginx error log, Go; local, no zone). */
export function findAccessLog(text: string, ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (const m of text.matchAll(CLF)) {
    const original = m[0].slice(1, -1);
    const f = {
      year: num(m[3]), month: MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, day: num(m[1]),
      hour: num(m[4]), minute: num(m[5]), second: num(m[6]), ms: 0,
    };
    const c = withOffset(m.index + 1, original, f, offsetMinutes(m[7] ?? '') ?? 0, 'access-log');
    if (c) out.push(c);
  }
  for (const m of text.matchAll(NGINX_ERROR)) {
    const f = {
      year: num(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]), minute: num(m[5]),
      second: num(m[6]), ms: fractionMs(undefined),
    };
    const c = withoutZone(m.index, m[0], f, 'slash-date', ctx);
    if (c) out.push(c);
  }
  return out;
}
