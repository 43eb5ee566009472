import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type * as z from 'zod/mini';
import { IsoTime, TicketSnapshot } from '../schema/ticket';
import { snapshotFromApi } from '../sites/zendesk/api';
import {
  hasMoreComments,
  parseWith,
  ZendeskCommentsPage,
  ZendeskMetricsResponse,
  ZendeskTicketResponse,
} from '../sites/zendesk/api-schema';
import { UsageError, type CliIo, type Command } from './types';

const USAGE = `Usage: deskside snapshot --site zendesk --ticket TICKET.json [options]

Builds the ticket snapshot Deskside would store, from saved Zendesk API responses, and prints it
as JSON.

Options:
  --site zendesk        the helpdesk the files come from (only zendesk for now)
  --ticket FILE         GET /api/v2/tickets/{id}.json?include=users,groups,organizations,slas
  --comments FILE       GET /api/v2/tickets/{id}/comments.json?include=users; repeat once per
                        page, in order (a file holding a JSON array of pages also works)
  --metrics FILE        GET /api/v2/tickets/{id}/metrics.json
  --now ISO             the capture time, e.g. 2026-11-27T16:00:00Z (default: now)
  -h, --help            show this help
`;

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : String(err);
    throw new UsageError(`${file} cannot be read: ${why}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UsageError(`${file} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function expectShape<T>(file: string, what: string, schema: z.ZodMiniType<T>, json: unknown): T {
  const r = parseWith(schema, json);
  if (!r.ok) throw new UsageError(`${file} is not a Zendesk ${what} response: ${r.message}`);
  return r.data;
}

/** The helpdesk host, from the API URL Zendesk puts in every ticket. */
function hostOf(file: string, url: string | null | undefined): string {
  try {
    if (url) return new URL(url).host;
  } catch {
    // Falls through to the error below: a ticket without a usable URL names no helpdesk.
  }
  throw new UsageError(`${file} has no usable "ticket.url", so the Zendesk host is unknown`);
}

function options(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        site: { type: 'string' },
        ticket: { type: 'string' },
        comments: { type: 'string', multiple: true },
        metrics: { type: 'string' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    // parseArgs explains unknown options and missing values well; only the prefix is ours.
    const why = err instanceof Error ? err.message : String(err);
    throw new UsageError(`${why}. Run "deskside snapshot --help".`);
  }
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const o = options(args);
  if (o.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (o.site !== 'zendesk') {
    const got = o.site === undefined ? 'no --site was given' : `not "${o.site}"`;
    throw new UsageError(`only --site zendesk is supported for now (${got})`);
  }
  if (!o.ticket) throw new UsageError('--ticket TICKET.json is required');
  if (o.now !== undefined && !IsoTime.safeParse(o.now).success) {
    const example = 'e.g. 2026-11-27T16:00:00Z';
    throw new UsageError(`--now must be an ISO 8601 time with a zone, ${example} (got "${o.now}")`);
  }

  const ticketJson = await readJson(o.ticket);
  const { ticket } = expectShape(o.ticket, 'ticket', ZendeskTicketResponse, ticketJson);
  const host = hostOf(o.ticket, ticket.url);
  const pages: unknown[] = [];
  let last: ZendeskCommentsPage | undefined;
  for (const file of o.comments ?? []) {
    const json = await readJson(file);
    const list: unknown[] = Array.isArray(json) ? json : [json];
    list.forEach((page, i) => {
      const name = list.length > 1 ? `${file} (page ${i + 1})` : file;
      last = expectShape(name, 'comments', ZendeskCommentsPage, page);
      pages.push(page);
    });
  }
  const metrics = o.metrics === undefined ? undefined : await readJson(o.metrics);
  if (o.metrics !== undefined) expectShape(o.metrics, 'ticket metrics', ZendeskMetricsResponse, metrics);

  const ticketId = String(ticket.id);
  const { snapshot } = snapshotFromApi({
    host,
    ticketId,
    url: `https://${host}/agent/tickets/${ticketId}`,
    capturedAt: o.now ?? new Date().toISOString(),
    ticket: ticketJson,
    comments: pages,
    metrics,
  });
  if (last && hasMoreComments(last)) {
    io.stderr(
      'deskside: warning: the last comments page says more pages follow; commentCount is left ' +
        'unknown. Pass every page with --comments.\n',
    );
  }
  io.stdout(`${JSON.stringify(TicketSnapshot.parse(snapshot), null, 2)}\n`);
  return 0;
}

/** `deskside snapshot`: saved Zendesk API responses in, the stored TicketSnapshot JSON out. */
export const snapshotCommand: Command = {
  summary: 'print the ticket snapshot Deskside builds from saved Zendesk API responses',
  usage: USAGE,
  run: async (args, io) => {
    try {
      return await run(args, io);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      io.stderr(`deskside: ${err.message}\n`);
      return 2;
    }
  },
};
