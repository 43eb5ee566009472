import { JIRA_OPTIONS, snapshotJira } from './snapshot-jira';
import { snapshotZendesk, ZENDESK_OPTIONS } from './snapshot-zendesk';
import { UsageError, type CliIo, type Command } from './types';

const USAGE = `Usage: deskside snapshot --site zendesk --ticket TICKET.json [options]
       deskside snapshot --site jira --issue ISSUE.json [options]

Builds the ticket snapshot Deskside would store, from saved helpdesk API responses, and prints it
as JSON.

${ZENDESK_OPTIONS}
${JIRA_OPTIONS}
Both:
  --site zendesk|jira   the helpdesk the files come from
  --now ISO             the capture time, e.g. 2026-11-27T16:00:00Z (default: now)
  -h, --help            show this help
`;

const SITES: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> = {
  zendesk: snapshotZendesk,
  jira: snapshotJira,
};

/** The --site value, found before the site's own options are parsed (each site has its own). */
function siteOf(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--site') return args[i + 1];
    if (a.startsWith('--site=')) return a.slice('--site='.length);
  }
  return undefined;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const site = siteOf(args);
  const handler = site !== undefined && Object.hasOwn(SITES, site) ? SITES[site] : undefined;
  if (!handler) {
    const got = site === undefined ? 'no --site was given' : `not "${site}"`;
    throw new UsageError(`--site must be zendesk or jira (${got})`);
  }
  return handler(args, io);
}

/** `deskside snapshot`: saved Zendesk or Jira API responses in, the stored TicketSnapshot JSON out. */
export const snapshotCommand: Command = {
  summary: 'print the ticket snapshot Deskside builds from saved Zendesk or Jira API responses',
  usage: USAGE,
  run,
};
