import { summarizeEvidence } from '../evidence/summary';
import type { Evidence } from '../schema/evidence';
import type { EvidenceRef } from '../schema/escalation';
import { clip } from './text';

const EXCERPT_LINES = 20;
const EXCERPT_CHARS = 2000;

/** The errors, ids and exceptions an engineer would search for first. */
function highlights(e: Evidence): string[] {
  const out: string[] = [];
  for (const t of e.stackTraces.slice(0, 2)) {
    const top = t.frames[0];
    const where = top ? ` at ${top.fn} (${top.file}${top.line === undefined ? '' : `:${top.line}`})` : '';
    const root = t.causes[t.causes.length - 1];
    const because = root ? ` (root cause ${root.exception}: ${root.message})` : '';
    out.push(clip(`${t.exception || 'exception'}: ${t.message}${where}${because}`, 300));
  }
  for (const x of [...e.errors].sort((a, b) => b.occurrences - a.occurrences).slice(0, 3)) {
    const what = [x.code, x.name].filter(Boolean).join(' ');
    out.push(clip(`${what}${x.message ? `: ${x.message}` : ''}${x.occurrences > 1 ? ` (×${x.occurrences})` : ''}`, 200));
  }
  for (const id of e.ids.filter((i) => i.kind !== 'uuid').slice(0, 4)) out.push(`${id.kind} ${id.value}`);
  // An error already shown with its stack frame is not repeated bare.
  return out.filter((h, i) => !out.some((other, j) => j !== i && other.length > h.length && other.startsWith(h.replace(/ \(×\d+\)$/, ''))) && out.indexOf(h) === i);
}

/** A stack trace in one neutral layout, whatever language or JSON it was captured from. */
function traceText(t: Evidence['stackTraces'][number]): string {
  const frames = (fs: typeof t.frames) =>
    fs.slice(0, 8).map((f) => `    at ${f.fn} (${f.file}${f.line === undefined ? '' : `:${f.line}`})`).concat(fs.length > 8 ? [`    … ${fs.length - 8} more`] : []);
  const head = `${t.exception || 'exception'}${t.message ? `: ${t.message}` : ''}`;
  const causes = t.causes.flatMap((c) => [`Caused by: ${c.exception}${c.message ? `: ${c.message}` : ''}`, ...frames(c.frames)]);
  return [head, ...frames(t.frames), ...causes].join('\n');
}

/** What an engineer should see first: the first stack trace, else the lines around the first error, else the top. */
function excerpt(e: Evidence): string {
  const trace = e.stackTraces[0];
  if (trace) return clip(traceText(trace), EXCERPT_CHARS);
  const lines = e.text.split(/\r\n|\n|\r/);
  const first = e.errors[0]?.line ?? Infinity;
  const start = Number.isFinite(first) ? Math.max(0, first - 3) : 0;
  const text = lines.slice(start, start + EXCERPT_LINES).join('\n');
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}\n…` : text;
}

/** What the package carries of one evidence: summary, highlights and an excerpt of the redacted text. */
export function evidenceRef(e: Evidence): EvidenceRef {
  return {
    id: e.id,
    capturedAt: e.capturedAt,
    source: e.source,
    summary: summarizeEvidence(e),
    highlights: highlights(e),
    excerpt: excerpt(e),
  };
}
