// Reading a JSON input file, shared by every `deskside` command that takes one.
import { readFile } from 'node:fs/promises';
import { UsageError } from './types';

/** The JSON in `file` (a leading BOM allowed); a missing file, a directory or bad JSON is a UsageError naming the file. */
export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(err);
    throw new UsageError(`${file} cannot be read: ${why}`);
  }
  try {
    // Windows editors save UTF-8 with a byte-order mark, which JSON.parse refuses as a token.
    return JSON.parse(text.replace(/^\ufeff/, '')) as unknown;
  } catch (err) {
    throw new UsageError(`${file} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}
