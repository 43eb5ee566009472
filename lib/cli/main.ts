import { auditCommand } from './audit';
import { kbCommand } from './kb';
import { kpiCommand } from './kpi';
import { escalateCommand } from './escalate';
import { evidenceCommand } from './evidence';
import { redactCommand } from './redact';
import { snapshotCommand } from './snapshot';
import { printable, UsageError, type CliIo, type Command } from './types';

/** Every `deskside` command, by the name typed after `deskside`. */
const COMMANDS: Readonly<Record<string, Command>> = {
  audit: auditCommand,
  snapshot: snapshotCommand,
  evidence: evidenceCommand,
  redact: redactCommand,
  escalate: escalateCommand,
  kpi: kpiCommand,
  kb: kbCommand,
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: deskside <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "deskside <command> --help" for the options of one command.',
    '',
  ].join('\n');
}

const isHelp = (arg: string): boolean => arg === '--help' || arg === '-h' || arg === 'help';

/**
 * Runs the command line and returns the exit code: 0 done, 2 bad usage or bad input. Only the
 * command name is read here; each command parses its own options (node:util parseArgs).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return 2;
  }
  if (isHelp(name)) {
    const topic = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
    io.stdout(topic ? topic.usage : usage());
    return 0;
  }
  // Own keys only: "constructor" or "toString" are not commands.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`deskside: unknown command "${printable(name)}". Run "deskside --help" to see the commands.\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    // Every command reports bad usage or bad input the same way: one line, exit code 2.
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`deskside: ${printable(err.message)}\n`);
    return 2;
  }
}
