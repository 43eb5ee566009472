import { AT_START, frame, headerAbove, newTrace, type StackTrace, type VLine } from './common';

// V8 (Chrome, Node, Edge): "at fn (file:line:col)", "at file:line:col", "at async fn (…)", "at new C (…)".
const V8 = /^\s*at\s+(?:(.+?)\s+\((.+?)\)|(\S+?))\s*$/;
const LOCATION = /^(.*?):(\d+):(\d+)$/;
// SpiderMonkey and JavaScriptCore (Firefox, Safari): "fn@url:line:col", "@url:line:col".
const GECKO = /^\s*([^@\s]*)@(.+?):(\d+):(\d+)\s*$/;

function jsFrame(text: string): { fn: string; file: string; line?: string } | null {
  const v8 = V8.exec(text);
  if (v8) {
    const fn = v8[1] ?? '<anonymous>';
    const where = v8[2] ?? v8[3] ?? '';
    const loc = LOCATION.exec(where);
    if (loc) return { fn, file: loc[1] ?? '', line: loc[2] };
    if (where === '<anonymous>' || where === 'native' || where.startsWith('node:') || /^index \d+$/.test(where)) {
      return { fn, file: where };
    }
    return null;
  }
  const g = GECKO.exec(text);
  if (g) return { fn: g[1] || '<anonymous>', file: g[2] ?? '', line: g[3] };
  return null;
}

/** JavaScript stack traces from V8 (Chrome, Node) and Firefox/Safari consoles. */
export function parseJavaScript(lines: readonly VLine[]): StackTrace[] {
  const out: StackTrace[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]?.text ?? '';
    // Cheap test first: most log lines are no frame at all.
    if (!(AT_START.test(first) || first.includes('@')) || !jsFrame(first)) continue;
    const h = headerAbove(lines, i);
    const trace = newTrace('javascript', h, h.line);
    let j = i;
    for (; j < lines.length; j++) {
      const f = jsFrame(lines[j]?.text ?? '');
      if (!f) break;
      trace.frames.push(frame(f.fn, f.file, f.line));
    }
    out.push(trace);
    i = j - 1;
  }
  return out;
}
