import { z } from 'zod';
import type { StackLanguage } from '../../schema/evidence';
import type { LineIndex } from '../lines';
import { frame, newTrace, type StackTrace } from './common';

// The event JSON Sentry shows under "JSON" on an event (and its API returns): either the ingest
// shape (exception.values) or the API shape (entries[{type: "exception", data: {values}}]).
const Frame = z.looseObject({
  function: z.string().nullish(),
  filename: z.string().nullish(),
  abs_path: z.string().nullish(),
  module: z.string().nullish(),
  lineno: z.number().int().nullish(),
  // The API (as opposed to ingest) shape spells these in camelCase.
  lineNo: z.number().int().nullish(),
  absPath: z.string().nullish(),
  platform: z.string().nullish(),
});
const ExceptionValue = z.looseObject({
  type: z.string().nullish(),
  value: z.string().nullish(),
  module: z.string().nullish(),
  stacktrace: z.looseObject({ frames: z.array(Frame).nullish() }).nullish(),
});
const Values = z.looseObject({ values: z.array(ExceptionValue) });
const SentryEvent = z.looseObject({
  platform: z.string().nullish(),
  exception: Values.nullish(),
  entries: z.array(z.looseObject({ type: z.string(), data: z.unknown() })).nullish(),
});

const PLATFORMS: Readonly<Record<string, StackLanguage>> = {
  javascript: 'javascript', node: 'javascript', java: 'java', python: 'python', csharp: 'dotnet',
};

function valuesOf(event: z.infer<typeof SentryEvent>): z.infer<typeof ExceptionValue>[] {
  if (event.exception) return event.exception.values;
  const entry = event.entries?.find((e) => e.type === 'exception');
  const data = Values.safeParse(entry?.data);
  return data.success ? data.data.values : [];
}

/** Stack traces of a Sentry event JSON; an empty list for any other text. */
export function parseSentryEvent(text: string, lines: LineIndex): StackTrace[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.includes('"exception"')) return [];
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return []; // Not a whole JSON document: the text parsers still read it line by line.
  }
  const event = SentryEvent.safeParse(json);
  if (!event.success) return [];
  const language = PLATFORMS[event.data.platform ?? ''];
  const values = valuesOf(event.data);
  if (!language || values.length === 0) return [];
  const toTrace = (v: z.infer<typeof ExceptionValue>) => {
    const exception = [v.module, v.type].filter((p) => p && p !== 'builtins').join('.') || 'Error';
    const t = newTrace(language, { exception, message: v.value ?? '' }, lines.lineAt(text.indexOf('"exception"')));
    // Sentry lists frames oldest first; evidence keeps the innermost first.
    for (const f of [...(v.stacktrace?.frames ?? [])].reverse()) {
      t.frames.push(frame(f.function ?? '<anonymous>', f.filename ?? f.abs_path ?? f.absPath ?? f.module ?? '', (f.lineno ?? f.lineNo) == null ? undefined : String(f.lineno ?? f.lineNo)));
    }
    return t;
  };
  // The last value is the exception that was raised; earlier ones are its causes (chained).
  const traces = values.map(toTrace);
  const main = traces.pop();
  if (!main) return [];
  main.causes = traces.reverse().map((t) => ({ exception: t.exception, message: t.message, frames: t.frames }));
  return [main];
}
