// Turning wall-clock fields plus a zone into UTC. Named zones go through Intl, which the service
// worker and Node both have, so no time-zone database ships with the extension.

export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Month-name alternation for regexes (case-insensitive use). */
export const MONTH_RE = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
export const DAY_RE = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun';

// RFC 2822 section 4.3 obsolete zone names; military letters are too ambiguous to trust.
const NAMED: Readonly<Record<string, number>> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

/** Wall-clock fields as written. */
export interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** Minutes east of UTC for "Z", "UTC", "+02:00", "-0530", "+01"; null when not an offset. */
export function offsetMinutes(zone: string): number | null {
  const named = NAMED[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const h = Number(m[2]);
  const min = Number(m[3] ?? 0);
  if (h > 14 || min > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + min);
}

/** The wall-clock fields as if they were UTC, or null when they name no real date. */
export function fieldsMs(f: Fields): number | null {
  // Date.UTC reads years 0-99 as 1900-1999; no log line is that old anyway.
  if (f.year < 1000 || f.month < 1 || f.month > 12 || f.day < 1 || f.day > 31) return null;
  if (f.hour > 23 || f.minute > 59 || f.second > 60) return null;
  const ms = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, Math.min(f.second, 59), f.ms);
  // Date.UTC rolls 31 Nov over to 1 Dec; a rolled date was never a real one.
  return new Date(ms).getUTCDate() === f.day ? ms : null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Minutes east of UTC of an IANA zone at an instant. */
function ianaOffset(zone: string, at: number): number {
  const parts: Record<string, number> = {};
  for (const p of zoneFormatter(zone).formatToParts(new Date(at))) parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((wall - (at - (at % 1000))) / 60_000);
}

/** True when a zone is an offset, a known abbreviation or an IANA name Intl accepts. */
export function isKnownZone(zone: string): boolean {
  if (offsetMinutes(zone) !== null) return true;
  try {
    zoneFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** UTC milliseconds of wall-clock fields in a zone (offset, abbreviation or IANA name). */
export function wallToUtc(f: Fields, zone: string): number | null {
  const wall = fieldsMs(f);
  if (wall === null) return null;
  const fixed = offsetMinutes(zone);
  if (fixed !== null) return wall - fixed * 60_000;
  // Two passes: the offset at the guessed instant can differ from the one at the true instant near a DST switch.
  const first = wall - ianaOffset(zone, wall) * 60_000;
  return wall - ianaOffset(zone, first) * 60_000;
}

/** ISO 8601 UTC with a Z. */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}

/** Milliseconds from a fraction of a second as written ("1", "123", "123456789"). */
export function fractionMs(frac: string | undefined): number {
  return frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
}
