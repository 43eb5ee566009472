import { parseArgs } from 'node:util';
import { parseEvidence } from '../evidence';
import { buildPackage, completeness, toAdf, toJiraWiki, toMarkdown } from '../escalation';
import { describeZodError } from '../schema/messages';
import { TicketSnapshot } from '../schema/ticket';
import { timeOptions } from './evidence';
import { readTextInput, withUsageErrors } from './evidence-input';
import { UsageError, type CliIo, type Command } from './types';

const USAGE = `Usage: deskside escalate --snapshot SNAPSHOT.json [--evidence FILE ...] [options]

Builds the escalation package for a ticket and prints it. SNAPSHOT.json is a ticket snapshot as
printed by "deskside snapshot"; each evidence FILE is raw log text (redacted before it is parsed).

Options:
  --snapshot FILE       the ticket snapshot (required)
  --evidence FILE       captured log text; repeat for more files (- reads standard input once)
  --format FORMAT       md (default), jira (wiki markup), adf (Atlassian Document Format JSON)
                        or json (the package itself)
  --captured-at ISO     capture time of the evidence (default: the snapshot's capturedAt)
  --assume-zone ZONE    zone for evidence times written without one (default UTC)
  -h, --help            show this help

The completeness score (1-5) and what is missing go to stderr.
`;

const FORMATS = ['md', 'jira', 'adf', 'json'] as const;

function options(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        snapshot: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        format: { type: 'string' },
        'captured-at': { type: 'string' },
        'assume-zone': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}. Run "deskside escalate --help".`);
  }
}

async function readSnapshot(file: string): Promise<TicketSnapshot> {
  const text = await readTextInput(file);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    throw new UsageError(`${file} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const r = TicketSnapshot.safeParse(json);
  if (!r.success) throw new UsageError(`${file} is not a ticket snapshot (as "deskside snapshot" prints): ${describeZodError(r.error)}`);
  return r.data;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const o = options(args);
  if (o.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (!o.snapshot) throw new UsageError('--snapshot SNAPSHOT.json is required');
  const format = o.format ?? 'md';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  const files = o.evidence ?? [];
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be given as --evidence only once');
  const snapshot = await readSnapshot(o.snapshot);
  const times = timeOptions(o['captured-at'] ?? snapshot.capturedAt, o['assume-zone']);
  const evidence = [];
  for (const file of files) {
    const text = await readTextInput(file);
    evidence.push(parseEvidence(text, { ...times, sourceTitle: file === '-' ? 'standard input' : file }));
  }
  const pkg = buildPackage(snapshot, evidence);
  const out =
    format === 'md' ? toMarkdown(pkg)
    : format === 'jira' ? toJiraWiki(pkg)
    : `${JSON.stringify(format === 'adf' ? toAdf(pkg) : pkg, null, 2)}\n`;
  io.stdout(out);
  const score = completeness(pkg);
  io.stderr(`completeness ${score.score}/5${score.missing.length ? `; missing: ${score.missing.join(', ')}` : ''}\n`);
  return 0;
}

/** `deskside escalate`: a ticket snapshot and evidence files in, the escalation package out. */
export const escalateCommand: Command = {
  summary: 'print the escalation package for a ticket snapshot and evidence files (md, jira, adf)',
  usage: USAGE,
  run: (args, io) => withUsageErrors(io, () => run(args, io)),
};
