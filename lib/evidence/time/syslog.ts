import { num, withoutZone, type TimeCandidate, type TimeContext } from './candidate';
import { fieldsMs, fractionMs, MONTH_RE, MONTHS } from './zone';

// RFC 3164 BSD syslog: "Nov 27 02:12:14" (day space-padded), at a line start or after "<PRI>", a
// quote or a tab (Splunk and Datadog exports quote the raw line; Datadog's UI adds milliseconds).
// No year and no zone.
const BSD = new RegExp(
  `(?<=^|["\\t])(?:<\\d{1,3}>)?(${MONTH_RE}) {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?(?![\\d.:]| \\d{4})`,
  'gm',
);
const DAY_MS = 86_400_000;

/** RFC 3164 syslog times; the year is the capture's, or the one before when that would be in the future. */
export function findSyslog(text: string, ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const year = new Date(ctx.capturedAtMs).getUTCFullYear();
  for (const m of text.matchAll(BSD)) {
    const pri = m[0].startsWith('<') ? m[0].indexOf('>') + 1 : 0;
    const f = {
      year, month: MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, day: num(m[2]), hour: num(m[3]),
      minute: num(m[4]), second: num(m[5]), ms: fractionMs(m[6]),
    };
    // A December line captured in January belongs to last year.
    const wall = fieldsMs(f);
    if (wall !== null && wall > ctx.capturedAtMs + 2 * DAY_MS) f.year -= 1;
    const c = withoutZone(m.index + pri, m[0].slice(pri), f, 'syslog-rfc3164', ctx, 'year from capture time');
    if (c) out.push(c);
  }
  return out;
}
