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
