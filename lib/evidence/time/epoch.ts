import type { TimeCandidate } from './candidate';
import { isoUtc } from './zone';

// Bare numbers are only times where a key says so: JSON `"ts":1764209534`, logfmt `ts=…`.
const KEYS =
  'ts|time|timestamp|@timestamp|_time|date|datetime|created|created_at|createdAt|epoch|time_ms|timeMillis|timestampMs|timestamp_ms|eventTime|logged_at|received|start|end';
const EPOCH = new RegExp(
  `(?:"(?:${KEYS})"\\s*:\\s*|\\b(?:${KEYS})=)"?(\\d{10}|\\d{13}|\\d{16}|\\d{19})(?:\\.(\\d{1,9}))?"?(?![\\d.])`,
  'g',
);
// 2000-01-01 to 2100-01-01: outside that a 10- or 13-digit number is an id, not a time.
const MIN_MS = 946_684_800_000;
const MAX_MS = 4_102_444_800_000;
const DIVISOR: Readonly<Record<number, number>> = { 10: 1e-3, 13: 1, 16: 1e3, 19: 1e6 };
const FORMAT: Readonly<Record<number, string>> = {
  10: 'epoch-seconds', 13: 'epoch-milliseconds', 16: 'epoch-microseconds', 19: 'epoch-nanoseconds',
};

/** Epoch seconds/milliseconds (and micro/nano) in key contexts and plausible ranges. */
export function findEpoch(text: string): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (const m of text.matchAll(EPOCH)) {
    const digits = m[1] ?? '';
    const divisor = DIVISOR[digits.length] ?? 1;
    const frac = m[2] && digits.length === 10 ? Number(`0.${m[2]}`) * 1000 : 0;
    const ms = Math.floor(Number(digits) / divisor + frac);
    if (ms < MIN_MS || ms > MAX_MS) continue;
    const original = m[2] ? `${digits}.${m[2]}` : digits;
    const start = m.index + m[0].indexOf(digits);
    out.push({ start, end: start + original.length, original, utc: isoUtc(ms), format: FORMAT[digits.length] ?? 'epoch' });
  }
  return out;
}
