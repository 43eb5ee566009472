import { describe, expect, it } from 'vitest';
import { parseRedacted } from '@/lib/evidence';

const at = (text: string, opts: { assumeZone?: string; capturedAt?: string } = {}) =>
  parseRedacted(text, {}, { capturedAt: opts.capturedAt ?? '2026-11-27T02:00:00Z', assumeZone: opts.assumeZone }).timestamps;

describe('timestamp normalisation', () => {
  it.each([
    ['2026-11-27T02:12:14Z', '2026-11-27T02:12:14.000Z'],
    ['2026-11-27T02:12:14.123456789Z', '2026-11-27T02:12:14.123Z'],
    ['2026-11-27T07:42:14+05:30', '2026-11-27T02:12:14.000Z'],
    ['2026-11-26T21:12:14-0500', '2026-11-27T02:12:14.000Z'],
    ['2026-11-27T04:12:14+02', '2026-11-27T02:12:14.000Z'],
    ['2026-11-27 02:12:14 UTC', '2026-11-27T02:12:14.000Z'],
    ['2026-11-27 03:12:14.500 +01:00', '2026-11-27T02:12:14.500Z'],
    ['Fri, 27 Nov 2026 02:12:14 +0000', '2026-11-27T02:12:14.000Z'],
    ['27 Nov 2026 10:12:14 +0800', '2026-11-27T02:12:14.000Z'],
    ['Thu, 26 Nov 2026 18:12:14 PST', '2026-11-27T02:12:14.000Z'],
    ['Fri Nov 27 2026 03:12:14 GMT+0100 (Central European Standard Time)', '2026-11-27T02:12:14.000Z'],
    ['[27/Nov/2026:03:12:14 +0100]', '2026-11-27T02:12:14.000Z'],
    ['"ts":1795745534', '2026-11-27T02:12:14.000Z'],
    ['"time": 1795745534123', '2026-11-27T02:12:14.123Z'],
    ['timestamp=1795745534.25', '2026-11-27T02:12:14.250Z'],
    ['Nov 27, 2026 2:12:14 AM org.apache.catalina.startup.Catalina start', '2026-11-27T02:12:14.000Z'],
    ['Nov 26, 2026 12:12:14 PM x', '2026-11-26T12:12:14.000Z'],
    ['"Nov 27 02:12:14.208","host-1"', '2026-11-27T02:12:14.208Z'],
    ['2026/11/27 02:12:14 [error] 31#31: *7 upstream timed out', '2026-11-27T02:12:14.000Z'],
  ])('%s -> %s, keeping the original', (text, utc) => {
    const [t] = at(text);
    expect(t?.utc).toBe(utc);
    expect(text).toContain(t?.original);
  });

  it('keeps times without a zone as written and says which zone it assumed (UTC by default)', () => {
    const [t] = at('2026-11-27 02:12:14,881 ERROR x');
    expect(t).toMatchObject({ original: '2026-11-27 02:12:14,881', utc: '2026-11-27T02:12:14.881Z' });
    expect(t?.format).toBe('iso8601 (no zone; assumed UTC)');
  });

  it('places zone-less times in an assumed offset or IANA zone, DST included', () => {
    expect(at('2026-11-27 07:42:14', { assumeZone: '+05:30' })[0]?.utc).toBe('2026-11-27T02:12:14.000Z');
    expect(at('2026-11-27 07:42:14', { assumeZone: 'Asia/Kolkata' })[0]?.utc).toBe('2026-11-27T02:12:14.000Z');
    // New York is UTC-5 in November and UTC-4 in July.
    expect(at('2026-11-26 21:12:14', { assumeZone: 'America/New_York' })[0]?.utc).toBe('2026-11-27T02:12:14.000Z');
    expect(at('2026-07-26 22:12:14', { assumeZone: 'America/New_York' })[0]?.utc).toBe('2026-07-27T02:12:14.000Z');
    expect(at('2026-07-26 22:12:14', { assumeZone: 'America/New_York' })[0]?.format).toMatch(/assumed America\/New_York/);
    // A time with its own zone ignores the assumption.
    expect(at('2026-11-27T02:12:14Z', { assumeZone: 'Asia/Tokyo' })[0]?.utc).toBe('2026-11-27T02:12:14.000Z');
  });

  it('rejects an unknown assumed zone with a clear error', () => {
    expect(() => at('x', { assumeZone: 'Mars/Olympus' })).toThrow(/assumeZone "Mars\/Olympus"/);
  });

  it('takes the syslog year from the capture, a year back across New Year', () => {
    expect(at('Dec 31 23:59:58 host app: x', { capturedAt: '2027-01-01T00:00:05Z' })[0]?.utc).toBe('2026-12-31T23:59:58.000Z');
    expect(at('Jan  1 00:00:01 host app: x', { capturedAt: '2027-01-01T00:00:05Z' })[0]?.utc).toBe('2027-01-01T00:00:01.000Z');
  });

  it('reads bare numbers as epochs only under a time key and in a plausible range', () => {
    expect(at('order 1795745534 shipped')).toEqual([]);
    expect(at('"count":1795745534')).toEqual([]);
    expect(at('"ts":123456789012')).toEqual([]);
    expect(at('"ts":9999999999')).toEqual([]); // year 2286
    expect(at('"ts":1795745534')[0]?.format).toBe('epoch-seconds');
  });

  it('drops impossible dates and does not read one time twice', () => {
    expect(at('2026-02-30T10:00:00Z')).toEqual([]);
    expect(at('2026-13-01T10:00:00Z')).toEqual([]);
    expect(at('[27/Nov/2026:03:12:14 +0100] x')).toHaveLength(1);
    expect(at('<34>1 2026-11-27T02:12:14Z host')[0]?.format).toBe('syslog-rfc5424');
  });

  it('reports the line of each time', () => {
    expect(at('a\n2026-11-27T02:12:14Z\r\nb 2026-11-27T02:12:15Z').map((t) => t.line)).toEqual([2, 3]);
  });
});
