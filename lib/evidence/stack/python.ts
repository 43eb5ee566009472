import { frame, newTrace, type StackCause, type StackTrace, type VLine } from './common';

const START = /Traceback \(most recent call last\):\s*$/;
const FRAME = /^\s+File "(.+?)", line (\d+)(?:, in (.+?))?\s*$/;
const LAST = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/;
const CHAINED = /^(?:The above exception was the direct cause of the following exception|During handling of the above exception, another exception occurred):\s*$/;

/** Python tracebacks, with chained exceptions ("direct cause", "during handling") as causes. */
export function parsePython(lines: readonly VLine[]): StackTrace[] {
  const out: StackTrace[] = [];
  let chainFrom: StackTrace | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l) continue;
    if (CHAINED.test(l.text.trim()) && out.length > 0) {
      chainFrom = out[out.length - 1] ?? null;
      continue;
    }
    if (!START.test(l.text)) continue;
    const trace = newTrace('python', { exception: '', message: '' }, l.line);
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j]?.text ?? '';
      const f = FRAME.exec(text);
      if (f) trace.frames.push(frame(f[3] ?? '<module>', f[1] ?? '', f[2]));
      else if (!/^\s/.test(text) || text.trim() === '') break; // source lines and ^^^^ markers are indented
    }
    const last = LAST.exec(lines[j]?.text ?? '');
    if (last) {
      trace.exception = last[1] ?? '';
      trace.message = (last[2] ?? '').trim();
    }
    // Python prints the innermost call last.
    trace.frames.reverse();
    if (chainFrom && out[out.length - 1] === chainFrom) {
      out.pop();
      const earlier: StackCause[] = [{ exception: chainFrom.exception, message: chainFrom.message, frames: chainFrom.frames }, ...chainFrom.causes];
      trace.causes.push(...earlier);
      trace.startLine = chainFrom.startLine;
      trace.omittedFrames += chainFrom.omittedFrames;
    }
    chainFrom = null;
    out.push(trace);
    i = j;
  }
  return out;
}
