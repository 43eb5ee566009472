import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastIsoMs } from '@/lib/kpi/iso';
import { ms } from '@/lib/kpi/status';

describe('timestamp parsing', () => {
  it('reads every ISO time with a zone exactly as Date.parse does', () => {
    const time = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true });
    const zone = fc.integer({ min: -14 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(time, zone, fc.constantFrom(0, 1, 2, 3, 6), (d, offset, digits) => {
        const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 19);
        const frac = digits ? `.${String(d.getUTCMilliseconds()).padStart(3, '0').padEnd(digits, '0').slice(0, digits)}` : '';
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const z = offset === 0 && digits % 2 === 0 ? 'Z' : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const s = `${local}${frac}${z}`;
        expect(fastIsoMs(s)).toBe(Date.parse(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves other shapes to Date.parse, and unusable text to null', () => {
    expect(Number.isNaN(fastIsoMs('2026-11-27'))).toBe(true);
    expect(Number.isNaN(fastIsoMs('2026-11-27T10:00:00+0100'))).toBe(true);
    expect(ms('2026-11-27T10:00:00+01:00')).toBe(Date.parse('2026-11-27T09:00:00Z'));
    expect(ms('2026-11-27')).toBe(Date.parse('2026-11-27'));
    expect(ms('not a time')).toBeNull();
    expect(ms(null)).toBeNull();
  });
});
