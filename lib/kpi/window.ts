import type { KpiWindow } from '../schema/kpi';

/** A time range in epoch ms, both ends included; null stands for "every ticket given". */
export type Range = { start: number; end: number } | null;

export const DAY_MS = 86_400_000;

/** True when `t` falls in the range; with no range every ticket counts, even one without a time. */
export function inRange(t: number | null, range: Range): boolean {
  if (range === null) return true;
  return t !== null && t >= range.start && t <= range.end;
}

/** Local midnight before `t`, for a zone `offsetMinutes` east of UTC. */
export function startOfDay(t: number, offsetMinutes: number): number {
  const shift = offsetMinutes * 60_000;
  return Math.floor((t + shift) / DAY_MS) * DAY_MS - shift;
}

/** Number of daily trend points for a window (today shows the last 7 days for context). */
export function trendDays(window: KpiWindow): number {
  return window === '30d' ? 30 : window === 'all' ? 0 : 7;
}

/** The window's range: today since local midnight, 7d/30d as that many local days ending now. */
export function windowRange(window: KpiWindow, now: number, offsetMinutes: number): Range {
  if (window === 'all') return null;
  const today = startOfDay(now, offsetMinutes);
  const days = window === 'today' ? 1 : window === '7d' ? 7 : 30;
  return { start: today - (days - 1) * DAY_MS, end: now };
}

/** One range per local day, oldest first, the last one ending at `now`. */
export function dayRanges(days: number, now: number, offsetMinutes: number): { day: string; range: { start: number; end: number } }[] {
  const today = startOfDay(now, offsetMinutes);
  const out: { day: string; range: { start: number; end: number } }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const start = today - i * DAY_MS;
    const day = new Date(start + offsetMinutes * 60_000).toISOString().slice(0, 10);
    out.push({ day, range: { start, end: Math.min(start + DAY_MS - 1, now) } });
  }
  return out;
}
