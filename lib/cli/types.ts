/** Where a command writes; the launcher passes process streams, tests can pass buffers. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One `deskside <name>` command. */
export interface Command {
  /** One line for `deskside --help`. */
  summary: string;
  /** The full text for `deskside <name> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run: (args: readonly string[], io: CliIo) => Promise<number>;
}

/** Bad usage or bad input: reported as one line on stderr with exit code 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * `text` as one printable line: control characters (a newline or a terminal escape quoted from a
 * broken file by JSON.parse's message) are shown as escapes, never sent to the terminal.
 */
export function printable(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    out += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return out;
}
