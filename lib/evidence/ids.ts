import type { EvidenceId, IdKind } from '../schema/evidence';
import type { LineIndex } from './lines';

const HEX32 = /^[0-9a-f]{32}$/i;
const DECIMAL = /^\d+$/;
const UUID_RE = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
// W3C Trace Context: version-traceid-parentid-flags (version 00 is the only one defined).
const TRACEPARENT = /\b00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}\b/g;
const IS_TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;
// A key, then ":" or "=" and an optional quote, then the value. Keys are matched loosely
// (X-Request-Id, request_id, "requestId", req_id, x-amzn-RequestId) because every stack spells them its way;
// quotes may be doubled (CSV exports escape embedded JSON so).
const VALUE = `["']{0,2}\\s*[:=]\\s*["']{0,2}([A-Za-z0-9][A-Za-z0-9._:/+-]{5,127})`;
const KEYED: readonly { kind: IdKind | 'trace-or-dd' | 'span-or-dd'; re: RegExp }[] = [
  { kind: 'request-id', re: new RegExp(`\\b(?:x[-_])?(?:amzn[-_])?(?:amz[-_])?req(?:uest)?[-_.]?id${VALUE}`, 'gi') },
  { kind: 'correlation-id', re: new RegExp(`\\b(?:x[-_])?correlation[-_.]?id${VALUE}`, 'gi') },
  { kind: 'trace-or-dd', re: new RegExp(`\\b(?:dd\\.|x-b3-|x-datadog-|otel\\.)?trace[-_.]?id${VALUE}`, 'gi') },
  { kind: 'span-or-dd', re: new RegExp(`\\b(?:dd\\.|x-b3-|x-datadog-|otel\\.)?(?:span|parent)[-_.]?id${VALUE}`, 'gi') },
  // Sentry: event links (sentry.io/…/events/<id>/) and event_id fields.
  { kind: 'sentry-event', re: /\/events\/([0-9a-f]{32})\b/gi },
  { kind: 'sentry-event', re: /\b(?:sentry[-_. ]?)?event[-_ ]?id["']?\s*[:=]\s*["']?([0-9a-f]{32})\b/gi },
];

/** Datadog writes its ids as unsigned 64-bit decimals; OpenTelemetry and B3 as hex. */
function kindOf(kind: IdKind | 'trace-or-dd' | 'span-or-dd', value: string): IdKind | null {
  if (kind === 'trace-or-dd' || kind === 'span-or-dd') {
    const trace = kind === 'trace-or-dd';
    if (DECIMAL.test(value)) return trace ? 'datadog-trace' : 'datadog-span';
    if (/^[0-9a-f]{16,32}$/i.test(value)) return trace ? 'trace-id' : 'span-id';
    return null;
  }
  return kind === 'sentry-event' && !HEX32.test(value) ? null : kind;
}

/** Distinct request, trace, span, correlation, Datadog, Sentry and UUID identifiers with their first line. */
export function extractIds(text: string, lines: LineIndex): EvidenceId[] {
  const found = new Map<string, EvidenceId>();
  // Which kind each keyed value was filed under: a value is one id, not one per pattern that saw it.
  const keyed = new Map<string, IdKind>();
  const add = (kind: IdKind, value: string, offset: number) => {
    const key = `${kind}\u0000${value}`;
    const seen = found.get(key);
    if (seen) seen.occurrences += 1;
    else found.set(key, { kind, value, line: lines.lineAt(offset), occurrences: 1 });
  };
  for (const m of text.matchAll(TRACEPARENT)) {
    add('traceparent', m[0], m.index);
  }
  for (const { kind, re } of KEYED) {
    for (const m of text.matchAll(re)) {
      const value = (m[1] ?? '').replace(/[.:]+$/, '');
      // A traceparent is reported once, as itself; its parts are not separate ids.
      if (IS_TRACEPARENT.test(value)) continue;
      const k = kindOf(kind, value);
      const filed = keyed.get(value);
      if (!k || (filed !== undefined && filed !== k)) continue;
      add(k, value, m.index + m[0].lastIndexOf(value));
      keyed.set(value, k);
    }
  }
  // Any other UUID: still worth listing, under its own kind, unless a key already named it.
  for (const m of text.matchAll(UUID_RE)) {
    if (!keyed.has(m[0])) add('uuid', m[0].toLowerCase(), m.index);
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}
