import { parseArgs } from 'node:util';
import { parseEvidence } from '../evidence';
import { isKnownZone } from '../evidence/time/zone';
import { IsoTime } from '../schema/ticket';
import { readTextInput, withUsageErrors } from './evidence-input';
import { UsageError, type CliIo, type Command } from './types';

const USAGE = `Usage: deskside evidence FILE|- [options]

Redacts secrets and personal data from captured log text, parses what is left and prints the
evidence Deskside would store, as JSON: timestamps (with UTC), ids, http, errors, stackTraces,
levels and redactions (items removed per kind). The original text is never printed.

Options:
  --source-url URL      the page the text came from
  --source-title TEXT   that page's title
  --captured-at ISO     the capture time, e.g. 2026-11-27T16:00:00Z (default: now); syslog lines
                        without a year take theirs from it
  --assume-zone ZONE    zone for times written without one: UTC (default), +02:00, Europe/Berlin
  -h, --help            show this help
`;

function options(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        'source-url': { type: 'string' },
        'source-title': { type: 'string' },
        'captured-at': { type: 'string' },
        'assume-zone': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new UsageError(`${why}. Run "deskside evidence --help".`);
  }
}

/** Checks the time options shared by `evidence` and `escalate`. */
export function timeOptions(capturedAt: string | undefined, assumeZone: string | undefined) {
  if (capturedAt !== undefined && !IsoTime.safeParse(capturedAt).success) {
    throw new UsageError(`--captured-at must be an ISO 8601 time with a zone, e.g. 2026-11-27T16:00:00Z (got "${capturedAt}")`);
  }
  if (assumeZone !== undefined && !isKnownZone(assumeZone)) {
    throw new UsageError(`--assume-zone must be UTC, an offset such as +02:00, or a zone such as Europe/Berlin (got "${assumeZone}")`);
  }
  return { capturedAt: capturedAt ?? new Date().toISOString(), assumeZone };
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values: o, positionals } = options(args);
  if (o.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE, or - for standard input');
  const file = positionals[0] ?? '-';
  const times = timeOptions(o['captured-at'], o['assume-zone']);
  const text = await readTextInput(file);
  const evidence = parseEvidence(text, {
    ...times,
    sourceUrl: o['source-url'] ?? null,
    sourceTitle: o['source-title'] ?? (file === '-' ? null : file),
  });
  io.stdout(`${JSON.stringify(evidence, null, 2)}\n`);
  return 0;
}

/** `deskside evidence FILE|-`: captured text in, the redacted, parsed evidence JSON out. */
export const evidenceCommand: Command = {
  summary: 'print the redacted, parsed evidence of a log file (or - for stdin) as JSON',
  usage: USAGE,
  run: (args, io) => withUsageErrors(io, () => run(args, io)),
};
