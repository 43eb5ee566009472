import { parseArgs } from 'node:util';
import { PRIVACY_KINDS, redact, type PrivacyKind } from '../privacy';
import { readTextInput, withUsageErrors } from './evidence-input';
import { UsageError, type CliIo, type Command } from './types';

const USAGE = `Usage: deskside redact FILE|- [options]

Prints the text with personal data and secrets replaced by [REDACTED:kind] on stdout, and how many
items of each kind were removed on stderr, as one JSON object (e.g. {"email":2,"jwt":1}).

Options:
  --kinds LIST   only these kinds, comma-separated (default: all): ${PRIVACY_KINDS.join(', ')}
  -h, --help     show this help
`;

function kinds(list: string | undefined): PrivacyKind[] | undefined {
  if (list === undefined) return undefined;
  const known = new Set<string>(PRIVACY_KINDS);
  const asked = list.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = asked.filter((k) => !known.has(k));
  if (unknown.length || asked.length === 0) {
    throw new UsageError(`--kinds: unknown kind "${unknown[0] ?? list}"; the kinds are ${PRIVACY_KINDS.join(', ')}`);
  }
  return asked as PrivacyKind[];
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { kinds: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}. Run "deskside redact --help".`);
  }
  const { values: o, positionals } = parsed;
  if (o.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE, or - for standard input');
  const only = kinds(o.kinds);
  const text = await readTextInput(positionals[0] ?? '-');
  const result = redact(text, only ? { kinds: only } : {});
  io.stdout(result.text);
  // One JSON object, in the order kinds are listed to users, so scripts can read it.
  const counts = Object.fromEntries(PRIVACY_KINDS.filter((k) => (result.counts[k] ?? 0) > 0).map((k) => [k, result.counts[k]]));
  io.stderr(`${JSON.stringify(counts)}\n`);
  return 0;
}

/** `deskside redact FILE|-`: text in, redacted text on stdout and counts per kind on stderr. */
export const redactCommand: Command = {
  summary: 'print a file (or - for stdin) with personal data and secrets redacted; counts on stderr',
  usage: USAGE,
  run: (args, io) => withUsageErrors(io, () => run(args, io)),
};
