import { Evidence } from '../schema/evidence';
import { countLevels } from './levels';
import { extractErrors } from './errors';
import { extractHttp } from './http';
import { extractIds } from './ids';
import { countLines, indexLines, splitLines, virtualLines } from './lines';
import { extractStackTraces } from './stack';
import { extractTimestamps } from './timestamps';
import { isKnownZone } from './time/zone';

/** Where the text came from and how to read times that carry no zone. */
export interface EvidenceMeta {
  sourceUrl?: string | null;
  sourceTitle?: string | null;
  /** ISO 8601 with a zone. */
  capturedAt: string;
  /** Zone for times written without one: "UTC" (default), "+02:00" or an IANA name such as "Europe/Berlin". */
  assumeZone?: string;
  /** Overrides the id derived from the capture time and text. */
  id?: string;
}

// FNV-1a: the same capture twice gets the same id, so a double click does not attach it twice.
function captureId(capturedAt: string, text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const s = `${capturedAt}\u0000${text}`;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  return `ev_${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * Parses text that has already been redacted. Callers outside lib/evidence use `parseEvidence`,
 * which redacts first; this is split out so the extractors can be measured and tested alone.
 */
export function parseRedacted(text: string, redactions: Readonly<Record<string, number>>, meta: EvidenceMeta): Evidence {
  const capturedAtMs = Date.parse(meta.capturedAt);
  if (Number.isNaN(capturedAtMs)) throw new Error(`capturedAt is not an ISO 8601 time: "${meta.capturedAt}"`);
  const assumeZone = meta.assumeZone ?? 'UTC';
  if (!isKnownZone(assumeZone)) throw new Error(`assumeZone "${assumeZone}" is not a UTC offset or a known time zone`);
  const index = indexLines(text);
  const real = splitLines(text).map((t, i) => ({ text: t, line: i + 1 }));
  const virtual = virtualLines(text);
  const http = extractHttp(real);
  const stackTraces = extractStackTraces(text, virtual, index);
  return Evidence.parse({
    id: meta.id ?? captureId(meta.capturedAt, text),
    capturedAt: meta.capturedAt,
    source: { url: meta.sourceUrl ?? null, title: meta.sourceTitle ?? null },
    text,
    redactions: { ...redactions },
    timestamps: extractTimestamps(text, index, { assumeZone, capturedAtMs }),
    ids: extractIds(text, index),
    http,
    errors: extractErrors(virtual, http, stackTraces),
    stackTraces,
    levels: countLevels(real),
    lines: countLines(text),
  });
}
