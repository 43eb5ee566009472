import { fieldsMs, isoUtc, wallToUtc, type Fields } from './zone';

/** What every timestamp format is given. */
export interface TimeContext {
  /** Zone for times written without one: "UTC", "+02:00" or an IANA name. */
  assumeZone: string;
  /** The capture time, for formats that leave out the year. */
  capturedAtMs: number;
}

/** A timestamp one format found, before overlaps between formats are settled. */
export interface TimeCandidate {
  start: number;
  end: number;
  original: string;
  utc: string | null;
  format: string;
}

/** Builds a candidate for fields with an explicit offset (minutes east of UTC). */
export function withOffset(start: number, original: string, f: Fields, offset: number, format: string): TimeCandidate | null {
  const wall = fieldsMs(f);
  if (wall === null) return null;
  return { start, end: start + original.length, original, utc: isoUtc(wall - offset * 60_000), format };
}

/** Builds a candidate for fields written without a zone: placed in the assumed zone, and says so. */
export function withoutZone(
  start: number,
  original: string,
  f: Fields,
  format: string,
  ctx: TimeContext,
  note = '',
): TimeCandidate | null {
  if (fieldsMs(f) === null) return null;
  const ms = wallToUtc(f, ctx.assumeZone);
  return {
    start,
    end: start + original.length,
    original,
    utc: ms === null ? null : isoUtc(ms),
    format: `${format} (${note ? `${note}; ` : ''}no zone; assumed ${ctx.assumeZone})`,
  };
}

/** Number of a regex group, 0 when absent. */
export function num(s: string | undefined): number {
  return s === undefined || s === '' ? 0 : Number(s);
}
