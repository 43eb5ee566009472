import { z } from 'zod';

/** ISO 8601 in UTC with a Z, as every normalised evidence time is. */
const UtcTime = z.iso.datetime();

/** A time found in captured text: the original as written and, when it could be placed, UTC. */
export const EvidenceTimestamp = z.object({
  original: z.string().min(1),
  utc: UtcTime.nullable(),
  /** e.g. "iso8601", "iso8601 (no zone; assumed UTC)", "syslog-rfc3164 (year from capture)". */
  format: z.string().min(1),
  /** 1-based line in the (redacted) text. */
  line: z.number().int().positive(),
});
export type EvidenceTimestamp = z.infer<typeof EvidenceTimestamp>;

export const ID_KINDS = [
  'uuid',
  'request-id',
  'trace-id',
  'span-id',
  'traceparent',
  'correlation-id',
  'datadog-trace',
  'datadog-span',
  'sentry-event',
] as const;
export const IdKind = z.enum(ID_KINDS);
export type IdKind = z.infer<typeof IdKind>;

/** One distinct identifier; `line` is where it first appears. */
export const EvidenceId = z.object({
  kind: IdKind,
  value: z.string().min(1),
  line: z.number().int().positive(),
  occurrences: z.number().int().positive(),
});
export type EvidenceId = z.infer<typeof EvidenceId>;

export const HttpEntry = z.object({
  method: z.string().optional(),
  path: z.string().optional(),
  status: z.number().int().min(100).max(599).nullable(),
  line: z.number().int().positive(),
});
export type HttpEntry = z.infer<typeof HttpEntry>;

/** One distinct error code or exception name (with its message, when one follows it). */
export const ErrorEntry = z.object({
  code: z.string().optional(),
  name: z.string().optional(),
  message: z.string().optional(),
  line: z.number().int().positive(),
  occurrences: z.number().int().positive(),
});
export type ErrorEntry = z.infer<typeof ErrorEntry>;

export const StackFrame = z.object({
  fn: z.string(),
  file: z.string(),
  line: z.number().int().nonnegative().optional(),
});
export type StackFrame = z.infer<typeof StackFrame>;

export const StackLanguage = z.enum(['javascript', 'java', 'python', 'dotnet']);
export type StackLanguage = z.infer<typeof StackLanguage>;

/** An exception that caused another (Java "Caused by:", .NET "--->", Python chained tracebacks). */
export const StackCause = z.object({
  exception: z.string(),
  message: z.string(),
  frames: z.array(StackFrame),
});
export type StackCause = z.infer<typeof StackCause>;

/** A stack trace; frames innermost (where it was thrown) first, whatever order the language prints. */
export const StackTrace = z.object({
  language: StackLanguage,
  exception: z.string(),
  message: z.string(),
  frames: z.array(StackFrame),
  /** Frames the runtime left out ("... 12 more"). */
  omittedFrames: z.number().int().nonnegative(),
  causes: z.array(StackCause),
  startLine: z.number().int().positive(),
});
export type StackTrace = z.infer<typeof StackTrace>;

/** Normalised log levels, in increasing severity. */
export const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'NOTICE', 'WARN', 'ERROR', 'CRITICAL', 'FATAL'] as const;
export const LogLevel = z.enum(LOG_LEVELS);
export type LogLevel = z.infer<typeof LogLevel>;

/** Parsed evidence. `text` is the redacted capture: the original is never kept. */
export const Evidence = z.object({
  id: z.string().min(1),
  capturedAt: z.iso.datetime({ offset: true }),
  source: z.object({ url: z.string().nullable(), title: z.string().nullable() }),
  text: z.string(),
  /** Items removed per privacy kind (email, card, jwt, …). */
  redactions: z.record(z.string(), z.number().int().nonnegative()),
  timestamps: z.array(EvidenceTimestamp),
  ids: z.array(EvidenceId),
  http: z.array(HttpEntry),
  errors: z.array(ErrorEntry),
  stackTraces: z.array(StackTrace),
  levels: z.partialRecord(LogLevel, z.number().int().positive()),
  lines: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;
