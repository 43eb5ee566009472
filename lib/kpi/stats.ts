/**
 * Percentile with linear interpolation between closest ranks (numpy's default, Excel's
 * PERCENTILE.INC): p50 of an even count is the mean of the two middle values. Null when empty.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? 0;
  return a + (b - a) * (pos - lo);
}

/** Median and 90th percentile of unsorted values. */
export function medianP90(values: readonly number[]): { median: number | null; p90: number | null } {
  const sorted = [...values].sort((x, y) => x - y);
  return { median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) };
}
