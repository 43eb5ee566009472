/** "3 d 4 h", "2 h 10 min", "45 min", "under 1 min": a duration as a specialist reads it. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return 'under 1 min';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (hours) return mins ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}

/** Minutes from an API metric as a duration ("42 min", "1 d 2 h"). */
export function formatMinutes(minutes: number): string {
  return formatDuration(minutes * 60_000);
}

/** "in 2 h 10 min" or "20 min ago", relative to now. */
export function formatRelative(iso: string, now: Date): string {
  const delta = Date.parse(iso) - now.getTime();
  if (Number.isNaN(delta)) return 'at an unknown time';
  return delta >= 0 ? `in ${formatDuration(delta)}` : `${formatDuration(delta)} ago`;
}
