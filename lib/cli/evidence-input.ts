import { readFile } from 'node:fs/promises';
import { printable, UsageError } from './types';

/** Reads standard input to the end as UTF-8. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The text of FILE, or of standard input for "-"; an unreadable file is a UsageError naming it. */
export async function readTextInput(file: string): Promise<string> {
  if (file === '-') return readStdin();
  try {
    const bytes = await readFile(file);
    // A NUL byte in the first few KB means a binary file (an archive, an image), not a log.
    if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${file} is not a text file (it contains binary data)`);
    return bytes.toString('utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(err);
    throw new UsageError(`${file} cannot be read: ${why}`);
  }
}

/** Runs a command body, turning a UsageError into its message on stderr and exit code 2. */
export async function withUsageErrors(
  io: { stderr: (t: string) => void },
  body: () => Promise<number>,
): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`deskside: ${printable(err.message)}\n`);
    return 2;
  }
}
