import type { StackCause, StackFrame, StackTrace } from '../../schema/evidence';
import type { VLine } from '../lines';

/** Java, .NET and V8 frames all start with "at". */
export const AT_START = /^\s*at\s/;

export type { StackCause, StackFrame, StackTrace, VLine };

// "pkg.Class: message", "TypeError: message", "Exception in thread "main" java.lang.X: m".
const HEADER =
  /(?:^|[\s"'(])((?:[A-Za-z_$][\w$]*\.)*[A-Z][\w$]*(?:Exception|Error|Throwable|Fault|Failure|Exit|Interrupt)(?:\$[\w$]+)?|Error)(?::\s?(.*))?$/;

/** The exception class and message of a header line, or null when it names none. */
export function parseHeader(text: string): { exception: string; message: string } | null {
  const stripped = text.replace(/^\s*(?:Exception in thread "[^"]*"\s+|Uncaught\s+(?:\(in promise\)\s+)?|Unhandled exception\.\s+)/, '');
  const m = HEADER.exec(stripped);
  if (!m?.[1]) return null;
  return { exception: m[1], message: (m[2] ?? '').trim() };
}

/** The header of a trace whose first frame is at `index`: the nearest non-blank line above, if it names an exception. */
export function headerAbove(lines: readonly VLine[], index: number): { exception: string; message: string; line: number } {
  for (let k = index - 1; k >= 0 && k >= index - 2; k--) {
    const l = lines[k];
    if (!l || l.text.trim() === '') continue;
    const h = parseHeader(l.text);
    if (h) return { ...h, line: l.line };
    return { exception: '', message: l.text.trim().slice(0, 300), line: l.line };
  }
  const first = lines[index];
  return { exception: '', message: '', line: first?.line ?? 1 };
}

/** A new, empty trace. */
export function newTrace(language: StackTrace['language'], h: { exception: string; message: string }, startLine: number): StackTrace {
  return { language, exception: h.exception, message: h.message, frames: [], omittedFrames: 0, causes: [], startLine };
}

/** A frame; the line only when the runtime printed one. */
export function frame(fn: string, file: string, line?: string): StackFrame {
  const f: StackFrame = { fn, file };
  if (line !== undefined && line !== '') f.line = Number(line);
  return f;
}

/** The cause list entry for a header. */
export function cause(h: { exception: string; message: string }): StackCause {
  return { exception: h.exception, message: h.message, frames: [] };
}
