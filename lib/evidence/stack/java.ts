import { AT_START, cause, frame, headerAbove, newTrace, parseHeader, type StackCause, type StackTrace, type VLine } from './common';

// "at com.acme.Foo.bar(Foo.java:42)", optionally with a module ("java.base/") and logback's "~[app.jar:1.2]".
const FRAME = /^\s*at\s+([\w$./<>-]+)\(([^()]*)\)(?:\s+~?\[[^\]]*\])?\s*$/;
const SOURCE = /^(?:([\w$.-]+\.(?:java|kt|kts|scala|groovy|clj))(?::(\d+))?|Native Method|Unknown Source)$/;
const MORE = /^\s*\.\.\.\s+(\d+)\s+(?:more|common frames omitted)\s*$/;
const CAUSED = /^\s*(?:Caused by|Suppressed):\s+(.*)$/;

/** The frame of a Java line, or null. Shared with the .NET parser, which must not take Java frames. */
export function javaFrame(text: string): { fn: string; file: string; line?: string } | null {
  const m = FRAME.exec(text);
  if (!m) return null;
  const src = SOURCE.exec(m[2] ?? '');
  if (!src) return null;
  return { fn: m[1] ?? '', file: src[1] ?? src[0], line: src[2] };
}

/** Java (and Kotlin/Scala JVM) stack traces with "Caused by:" chains and "... N more". */
export function parseJava(lines: readonly VLine[]): StackTrace[] {
  const out: StackTrace[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]?.text ?? '';
    // Cheap test first: most log lines are no frame at all.
    if (!AT_START.test(first) || !javaFrame(first)) continue;
    const h = headerAbove(lines, i);
    const trace = newTrace('java', h, h.line);
    let target: StackTrace | StackCause = trace;
    let j = i;
    for (; j < lines.length; j++) {
      const text = lines[j]?.text ?? '';
      const f = javaFrame(text);
      if (f) {
        target.frames.push(frame(f.fn, f.file, f.line));
        continue;
      }
      const more = MORE.exec(text);
      if (more) {
        trace.omittedFrames += Number(more[1]);
        continue;
      }
      const caused = CAUSED.exec(text);
      if (caused) {
        const c = cause(parseHeader(caused[1] ?? '') ?? { exception: '', message: (caused[1] ?? '').trim() });
        trace.causes.push(c);
        target = c;
        continue;
      }
      break;
    }
    out.push(trace);
    i = j - 1;
  }
  return out;
}
