import { AT_START, cause, frame, headerAbove, newTrace, parseHeader, type StackCause, type StackTrace, type VLine } from './common';
import { javaFrame } from './java';

// "at Acme.Orders.Api.Submit(Order order) in C:\src\Api.cs:line 42" (file part only with PDBs).
const FRAME = /^\s*at\s+([^\s(]+)\(([^()]*(?:\([^()]*\)[^()]*)*)\)(?:\s+in\s+(.+?):line\s+(\d+))?\s*$/;
const END_INNER = /^\s*---\s*End of inner exception stack trace\s*---\s*$/;
const ASYNC_GAP = /^\s*---\s*End of stack trace from previous location(?: where exception was thrown)?\s*---\s*$/;

function dotnetFrame(text: string): { fn: string; file: string; line?: string } | null {
  const m = FRAME.exec(text);
  if (!m || javaFrame(text)) return null;
  // V8 frames look alike but end in ":line:col" or name "<anonymous>"; they are not .NET.
  if (/:\d+:\d+$|<anonymous>|^native$/.test(m[2] ?? '')) return null;
  if (m[3] === undefined && /[/\\]|\.js\b|\.ts\b/.test(m[2] ?? '')) return null;
  return { fn: (m[1] ?? '').trim(), file: m[3] ?? '', line: m[4] };
}

/** .NET exceptions as ToString() prints them: "--->" inner exceptions and their separate frame blocks. */
export function parseDotnet(lines: readonly VLine[]): StackTrace[] {
  const out: StackTrace[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]?.text ?? '';
    // Cheap test first: most log lines are no frame at all.
    if (!AT_START.test(first) || !dotnetFrame(first)) continue;
    const above = headerAbove(lines, i);
    // "Outer: m ---> Inner: m2 ---> Innermost: m3": the innermost exception's frames print first.
    const parts = (lines.find((l) => l.line === above.line)?.text ?? '').split(/\s+--->\s+/);
    const h = parseHeader(parts[0] ?? '') ?? above;
    const trace = newTrace('dotnet', h, above.line);
    for (const p of parts.slice(1)) trace.causes.push(cause(parseHeader(p) ?? { exception: '', message: p.trim() }));
    let level = trace.causes.length - 1;
    let target: StackTrace | StackCause = trace.causes[level] ?? trace;
    let j = i;
    for (; j < lines.length; j++) {
      const text = lines[j]?.text ?? '';
      const f = dotnetFrame(text);
      if (f) target.frames.push(frame(f.fn, f.file, f.line));
      else if (END_INNER.test(text)) {
        level -= 1;
        target = level >= 0 ? (trace.causes[level] ?? trace) : trace;
      } else if (!ASYNC_GAP.test(text)) break;
    }
    out.push(trace);
    i = j - 1;
  }
  return out;
}
