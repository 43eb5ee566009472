import { parseArgs } from 'node:util';
import { computeKpis } from '../kpi/compute';
import { isJiraSearch, jiraSnapshots } from '../kpi/import-jira';
import { ImportError, isZendeskExport, zendeskMetrics, zendeskSnapshots } from '../kpi/import-zendesk';
import type { TicketLink } from '../schema/kpi';
import { IsoTime, type TicketSnapshot } from '../schema/ticket';
import { kpiJson, kpiText } from './kpi-format';
import { readJson } from './read-json';
import { UsageError, type CliIo, type Command } from './types';
import { KPI_USAGE } from './kpi-usage';

function options(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        tickets: { type: 'string', multiple: true },
        metrics: { type: 'string', multiple: true },
        now: { type: 'string' },
        json: { type: 'boolean' },
        business: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}. Run "deskside kpi --help".`);
  }
}

/** Runs an importer, turning its complaint into one line naming the file. */
function from<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof ImportError) throw new UsageError(`${file}: ${err.message}`);
    throw err;
  }
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const o = options(args);
  if (o.help) {
    io.stdout(KPI_USAGE);
    return 0;
  }
  if (!o.tickets?.length) throw new UsageError('--tickets EXPORT.json is required. Run "deskside kpi --help".');
  if (o.now !== undefined && !IsoTime.safeParse(o.now).success) {
    throw new UsageError(`--now must be an ISO 8601 time with a zone, e.g. 2026-11-27T16:00:00Z (got "${o.now}")`);
  }
  const now = o.now === undefined ? new Date() : new Date(o.now);
  const metrics = new Map<number, unknown>();
  for (const file of o.metrics ?? []) {
    const json = await readJson(file);
    for (const [id, m] of from(file, () => zendeskMetrics(json))) metrics.set(id, m);
  }
  const tickets: TicketSnapshot[] = [];
  const links: TicketLink[] = [];
  for (const file of o.tickets) {
    const json = await readJson(file);
    if (isJiraSearch(json)) {
      const r = from(file, () => jiraSnapshots(json, now.toISOString()));
      tickets.push(...r.tickets);
      links.push(...r.links);
    } else if (isZendeskExport(json)) {
      tickets.push(...from(file, () => zendeskSnapshots(json, metrics, now.toISOString())));
    } else {
      throw new UsageError(
        `${file} is neither a Zendesk tickets export (a top-level "tickets" or "results" array) nor a Jira search result (a top-level "issues" array)`,
      );
    }
  }
  const report = computeKpis({ tickets, links }, { window: 'all', now, businessHours: o.business ?? false });
  io.stdout(o.json ? `${JSON.stringify(kpiJson(report), null, 2)}\n` : kpiText(report));
  return 0;
}

/** `deskside kpi`: the popup's KPIs over a Zendesk export or a Jira search result. */
export const kpiCommand: Command = {
  summary: 'compute the KPIs (response, resolution, SLA, FCR, reopens, escalations, backlog) over an export',
  usage: KPI_USAGE,
  run,
};
