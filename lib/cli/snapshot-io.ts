// File reading and checking shared by the `deskside snapshot` site commands.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type * as z from 'zod/mini';
import { describeIssues } from '../schema/describe';
import { IsoTime } from '../schema/ticket';
import { UsageError } from './types';

import { readJson } from './read-json';

export { readJson };

/** `json` parsed with `schema`, or a UsageError: "FILE is not a Jira issue response: key: missing". */
export function expectShape<T>(file: string, what: string, schema: z.ZodMiniType<T>, json: unknown): T {
  const r = schema.safeParse(json);
  if (!r.success) throw new UsageError(`${file} is not a ${what} response: ${describeIssues(r.error.issues)}`);
  return r.data;
}

/** The pages in each file (a file may hold one page or a JSON array of pages), named for errors. */
export async function pagesIn(files: readonly string[]): Promise<{ name: string; json: unknown }[]> {
  const out: { name: string; json: unknown }[] = [];
  for (const file of files) {
    const json = await readJson(file);
    const list: unknown[] = Array.isArray(json) ? json : [json];
    list.forEach((page, i) => out.push({ name: list.length > 1 ? `${file} (page ${i + 1})` : file, json: page }));
  }
  return out;
}

/** The capture time: `--now` if given (checked), else now. */
export function captureTime(now: string | undefined): string {
  if (now === undefined) return new Date().toISOString();
  if (!IsoTime.safeParse(now).success) {
    const example = 'e.g. 2026-11-27T16:00:00Z';
    throw new UsageError(`--now must be an ISO 8601 time with a zone, ${example} (got "${now}")`);
  }
  return now;
}

/** parseArgs, strict, with its own clear message for unknown options and missing values. */
export function strictOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    // parseArgs explains unknown options and missing values well; only the suffix is ours.
    const why = err instanceof Error ? err.message : String(err);
    throw new UsageError(`${why}. Run "deskside snapshot --help".`);
  }
}
