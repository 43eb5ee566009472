import { parseArgs } from 'node:util';
import { auditTickets } from '../hygiene/audit';
import { importExport } from '../hygiene/import';
import { DEFAULT_HYGIENE_SETTINGS, parseHygieneSettings, type HygieneSettings } from '../schema/hygiene';
import { IsoTime } from '../schema/ticket';
import { auditJson, auditTable } from './audit-report';
import { readJson } from './read-json';
import { UsageError, type CliIo, type Command } from './types';

const USAGE = `Usage: deskside audit FILE [--settings SETTINGS.json] [--json] [--now ISO]

Runs the ticket hygiene rules over an export and prints how many tickets trip each rule and the
worst tickets. FILE is one of:
  a Zendesk /api/v2/tickets.json page          {"tickets": [...], "next_page": ...}
  a Zendesk incremental export                 {"tickets": [...], "end_time": ..., ...}
  a Zendesk search result                      {"results": [...], "count": ...}
  a Zendesk ticket                             {"ticket": {...}}
  a Jira search result (API v2 or v3)          {"issues": [...], "startAt": ..., "total": ...}
Zendesk tickets may carry their comments inline as "comments": [...]; users, groups,
organizations and metric_sets sideloads are used when present.

Options:
  --settings FILE   hygiene settings JSON (rules.<id>.enabled / severity / params)
  --json            print {"tickets": [{"id", "score", "findings"}], "summary": {"<rule>": count}}
  --now ISO         judge ages and SLAs at this time, e.g. 2026-11-27T16:00:00Z (default: now)
  -h, --help        show this help
`;

function options(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        settings: { type: 'string' },
        json: { type: 'boolean' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new UsageError(`${why}. Run "deskside audit --help".`);
  }
}

async function loadSettings(file: string | undefined): Promise<HygieneSettings> {
  if (file === undefined) return DEFAULT_HYGIENE_SETTINGS;
  const r = parseHygieneSettings(await readJson(file));
  if (!r.ok) throw new UsageError(`${file} is not valid hygiene settings: ${r.message}`);
  return r.settings;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values: o, positionals } = options(args);
  if (o.help) {
    io.stdout(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('an export FILE is required. Run "deskside audit --help".');
  if (extra.length > 0) throw new UsageError(`one FILE at a time (also got ${extra.join(' ')})`);
  if (o.now !== undefined && !IsoTime.safeParse(o.now).success) {
    throw new UsageError(`--now must be an ISO 8601 time with a zone, e.g. 2026-11-27T16:00:00Z (got "${o.now}")`);
  }
  const now = o.now === undefined ? new Date() : new Date(o.now);
  const settings = await loadSettings(o.settings);
  const json = await readJson(file);
  let imported;
  try {
    imported = importExport(json, now.toISOString());
  } catch (err) {
    throw new UsageError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const result = auditTickets(imported.tickets, settings, now);
  io.stdout(o.json ? auditJson(result) : auditTable(result, file));
  return 0;
}

/** `deskside audit`: the hygiene rules over a Zendesk or Jira export. */
export const auditCommand: Command = {
  summary: 'run the ticket hygiene rules over a Zendesk or Jira export and report per rule',
  usage: USAGE,
  run,
};
