// Extractors scan the whole text with global regexes (far faster than one regex per line on a
// megabyte of logs) and turn match offsets into 1-based line numbers here.

/** Offsets of line starts, for mapping a match offset to its line. */
export interface LineIndex {
  readonly starts: readonly number[];
  /** 1-based line of a character offset. */
  lineAt(offset: number): number;
}

/** Indexes the line starts of a text (\n, \r\n and lone \r all end a line). */
export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return {
    starts,
    lineAt(offset: number): number {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    },
  };
}

/** The lines of a text without their terminators. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** Counts lines as an editor shows them: a final newline does not open a new line. */
export function countLines(text: string): number {
  if (text === '') return 0;
  const lines = splitLines(text);
  return lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}

/** A line as extractors see it: text plus its 1-based line number in the capture. */
export interface VLine {
  text: string;
  line: number;
}

const ESCAPED_STACK = /\\n(?:\\t|\s)*(?:at |File ")|Traceback \(most recent/;

/** The lines of a JSON string literal's value, or null when it does not decode. */
function decodeLines(literal: string): string[] | null {
  try {
    return (JSON.parse(`"${literal}"`) as string).split(/\r\n|\n|\r/);
  } catch {
    return null;
  }
}

/**
 * Replaces each JSON string literal of a line whose body `keep` rejects by `""`. A left-to-right scan,
 * not a regex: on a line of escaped quotes a regex retries from every quote and takes minutes.
 */
function replaceStrings(line: string, replace: (body: string) => string | null): string {
  let out = '';
  let at = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', at)) {
    let j = i + 1;
    while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
    if (j >= line.length) break; // unterminated: leave the rest as it is
    const body = line.slice(i + 1, j);
    const r = replace(body);
    out += line.slice(at, i) + (r ?? `"${body}"`);
    at = j + 1;
  }
  return out + line.slice(at);
}

/**
 * Lines with JSON-escaped stack traces opened up: JSON loggers (ECS `error.stack_trace`, pino and
 * bunyan `err.stack`) put a whole trace in one string as "…\n\tat …". The line is kept with that
 * string emptied, followed by the string's own lines; all keep the source line number.
 */
export function virtualLines(text: string): VLine[] {
  const out: VLine[] = [];
  splitLines(text).forEach((t, i) => {
    const line = i + 1;
    if (!t.includes('\\n') || !ESCAPED_STACK.test(t)) {
      out.push({ text: t, line });
      return;
    }
    const opened: VLine[] = [];
    const rest = replaceStrings(t, (literal) => {
      if (!ESCAPED_STACK.test(literal)) return null;
      const parts = decodeLines(literal);
      if (!parts) return null;
      for (const p of parts) opened.push({ text: p, line });
      return '""';
    });
    out.push({ text: rest, line }, ...opened);
  });
  return out;
}
