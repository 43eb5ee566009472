import { num, withOffset, withoutZone, type TimeCandidate, type TimeContext } from './candidate';
import { fractionMs, offsetMinutes } from './zone';

// Date, "T" or a space, time with optional seconds and fraction, then an optional zone: "Z",
// "+02:00"/"+0200"/"+02" (Serilog puts a space before it), or " UTC"/" GMT".
const ISO =
  /\b(\d{4})-(\d{2})-(\d{2})(?:T| {1,2})(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(Z|\s?[+-]\d{2}:?\d{2}(?!\d)|[+-]\d{2}(?![\d:]))|\s?(UTC|GMT)\b)?/g;

/** RFC 5424 syslog puts its ISO time right after "<PRI>1 " at the start of a line. */
function isRfc5424(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const m = /<\d{1,3}>1 $/.exec(before);
  if (!m) return false;
  const at = start - (before.length - m.index);
  return at === 0 || text[at - 1] === '\n' || text[at - 1] === '\r';
}

/** ISO 8601 / RFC 3339 times, with or without a zone. */
export function findIso(text: string, ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (const m of text.matchAll(ISO)) {
    const f = {
      year: num(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]), minute: num(m[5]),
      second: num(m[6]), ms: fractionMs(m[7]),
    };
    const zone = (m[8] ?? m[9])?.trim();
    const format = isRfc5424(text, m.index) ? 'syslog-rfc5424' : 'iso8601';
    const offset = zone === undefined ? null : offsetMinutes(zone);
    const c = offset === null ? withoutZone(m.index, m[0], f, format, ctx) : withOffset(m.index, m[0], f, offset, format);
    if (c) out.push(c);
  }
  return out;
}
