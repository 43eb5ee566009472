import type { KbArticle } from '../../schema/kb';
// One error type for every import format, so the options page and the CLI can say exactly
// where a file is wrong: the file, the line (1-based) or array item, and the field.

/** A file that cannot be imported; nothing from it is kept. */
export class KbImportError extends Error {
  override name = 'KbImportError';
  constructor(
    readonly file: string,
    readonly where: string | null,
    readonly why: string,
  ) {
    super(`${file}${where ? `: ${where}` : ''}: ${why}`);
  }
}

/** What every importer returns: all the file's articles, or it throws. */
export interface ImportResult {
  articles: KbArticle[];
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line a JSON.parse error points at (Node and browsers word it differently). */
export function jsonErrorLine(text: string, err: unknown): number | null {
  const msg = err instanceof Error ? err.message : String(err);
  const lc = /line (\d+) column/.exec(msg);
  if (lc) return Number(lc[1]);
  const pos = /position (\d+)/.exec(msg);
  return pos ? lineAt(text, Number(pos[1])) : null;
}

/** Fails on a repeated id, naming both places. */
export function checkUniqueIds(file: string, ids: readonly { id: string; where: string }[]): void {
  const seen = new Map<string, string>();
  for (const { id, where } of ids) {
    const first = seen.get(id);
    if (first) throw new KbImportError(file, where, `id "${id}" is already used at ${first}`);
    seen.set(id, where);
  }
}
