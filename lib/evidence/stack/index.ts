import type { StackTrace } from '../../schema/evidence';
import type { LineIndex, VLine } from '../lines';
import { AT_START } from './common';
import { parseDotnet } from './dotnet';
import { parseJava } from './java';
import { parseJavaScript } from './javascript';
import { parsePython } from './python';
import { parseSentryEvent } from './sentry';

/** Every stack trace in the text (each language's frame syntax is distinct), in text order. */
export function extractStackTraces(text: string, lines: readonly VLine[], index: LineIndex): StackTrace[] {
  const sentry = parseSentryEvent(text, index);
  if (sentry.length > 0) return sentry;
  // Frames start with "at " in three languages: only lines that do are worth handing to them.
  // "fn@file:line:col": the file part stops at the next "@", so a line of thousands of "@" is
  // scanned once (with \S+ it was rescanned from every "@": 200 KB of "a@" took over a minute).
  const hasAt = lines.some((l) => AT_START.test(l.text)) || /@[^\s@]+:\d+:\d+/.test(text);
  const traces = [
    ...(hasAt ? parseJava(lines) : []),
    ...(hasAt ? parseDotnet(lines) : []),
    ...(hasAt ? parseJavaScript(lines) : []),
    ...(text.includes('Traceback') ? parsePython(lines) : []),
  ];
  return traces.sort((a, b) => a.startLine - b.startLine);
}
