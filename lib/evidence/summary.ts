import type { Evidence } from '../schema/evidence';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * One line saying what a capture holds, for the capture badge/notification and the escalation's
 * evidence list, e.g. "42 lines: 12 timestamps, 3 IDs, 2 stack traces, 5 errors; redacted 2 emails".
 */
export function summarizeEvidence(e: Evidence): string {
  const found = [
    plural(e.timestamps.length, 'timestamp'),
    plural(e.ids.length, 'ID'),
    e.http.length ? plural(e.http.length, 'HTTP entry', 'HTTP entries') : '',
    e.errors.length ? plural(e.errors.length, 'error') : '',
    e.stackTraces.length ? plural(e.stackTraces.length, 'stack trace') : '',
  ].filter(Boolean);
  const redacted = Object.entries(e.redactions)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  const tail = redacted.length ? `; redacted ${redacted.join(', ')}` : '';
  return `${plural(e.lines, 'line')}: ${found.join(', ')}${tail}`;
}
