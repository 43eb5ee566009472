// `npm run bench -- longtasks`: the host page's long tasks while an agent switches between 20 Agent
// Workspace tickets, with Deskside loaded and, as the baseline in the same process, without it.
// A CDP trace (devtools.timeline tasks, V8 CPU samples) of the helpdesk page's renderer main thread
// attributes each task's time to scripts by URL: chrome-extension:// is Deskside's content script.
// (The sidebar is an extension frame, so it runs in the extension's own process, not on this thread.)
// Long tasks are wall time, as the browser counts them; on a busy machine a task's wall time also
// holds the time its thread waited for a core, so CPU (thread) time is printed beside it.
// LONGTASKS_RUNS sets the runs (default 5); LONGTASKS_TRACE_DIR keeps each run's trace.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Frame, type Page } from 'playwright-core';
import { buildWorkspace, serveWorkspaceApi, TICKET_IDS, type Workspace } from './bench-longtasks-fixture';
import { chromiumPath, launchWithExtension, routeZendesk, ZENDESK_ORIGIN } from './chromium';
import { attribute, MARK_PREFIX, type RunTrace, type TraceEvent } from './bench-longtasks-trace';

type Row = [string, string, string];

const RUNS = Number(process.env.LONGTASKS_RUNS ?? 5);
/** Where to keep each run's trace (JSON, opens in DevTools' Performance panel); none when unset. */
const TRACE_DIR = process.env.LONGTASKS_TRACE_DIR;
/** How long the agent stays on a ticket once it shows: long enough for the API answer to land. */
const DWELL_MS = 400;
export const LONG_TASK_MS = 50;
const CATEGORIES = [
  '__metadata',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

/** The same flags as launchWithExtension, without the extension. */
async function launchPlain(): Promise<BrowserContext> {
  const profile = mkdtempSync(path.join(process.env.TMPDIR ?? tmpdir(), 'deskside-bench-plain-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types say string maps; the events are trace events (numbers, nested args).
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as TraceEvent[]) events.push(ev);
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

const sidebarFrame = async (page: Page): Promise<Frame> => {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().endsWith('/sidebar.html'));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('bench longtasks: the sidebar never appeared');
};

/** One run: open the workspace, then visit every other ticket by its header tab, as an agent would. */
async function run(context: BrowserContext, ws: Workspace, withDeskside: boolean): Promise<RunTrace> {
  await routeZendesk(context, { page: () => ws.html, override: serveWorkspaceApi(ws) });
  const page = await context.newPage();
  await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/${TICKET_IDS[0]}`);
  // An inline arrow, not a string (the sidebar's CSP forbids eval) and not named (tsx adds __name).
  const sidebarShows = (frame: Frame, subject: string) =>
    frame.waitForFunction(
      (s) => document.querySelector('[data-testid="ticket-subject"]')?.textContent?.includes(s) ?? false,
      subject,
      { polling: 'raf', timeout: 15_000 },
    );
  const paneShows = (id: string) =>
    page.waitForFunction(
      (i) => document.querySelector(`[data-side-conversations-anchor-id="${i}"]`)?.closest('[data-is-active="true"]') != null,
      id,
      { polling: 'raf', timeout: 15_000 },
    );
  const frame = withDeskside ? await sidebarFrame(page) : undefined;
  if (frame) await sidebarShows(frame, ws.subjects.get(TICKET_IDS[0]!)!);
  await page.waitForTimeout(DWELL_MS);

  const cdp = await context.newCDPSession(page);
  const order = [...TICKET_IDS.slice(1), TICKET_IDS[0]!];
  const events = await trace(cdp, async () => {
    for (const [n, id] of order.entries()) {
      await page.evaluate((m) => performance.mark(m), `${MARK_PREFIX}${n}`);
      // A click event on the tab, not a pointer click: with 20 tabs the strip runs under the sidebar.
      await page.dispatchEvent(`[data-test-id="header-tab"][data-entity-id="${id}"]`, 'click');
      await paneShows(id);
      if (frame) await sidebarShows(frame, ws.subjects.get(id)!);
      await page.waitForTimeout(DWELL_MS);
    }
    await page.evaluate((m) => performance.mark(m), `${MARK_PREFIX}end`);
  });
  await page.close();
  if (TRACE_DIR) {
    mkdirSync(TRACE_DIR, { recursive: true });
    const file = path.join(TRACE_DIR, `longtasks-${withDeskside ? 'with' : 'without'}-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify({ traceEvents: events }));
  }
  return { events };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Rows for `npm run bench`: host-page long tasks with and without Deskside while switching tickets. */
export async function benchLongtasks(): Promise<Row[]> {
  const ws = buildWorkspace();
  const load = loadavg()[0] ?? 0;
  const withRuns: ReturnType<typeof attribute>[] = [];
  const withoutRuns: ReturnType<typeof attribute>[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, each in a fresh browser, so drift on a shared machine hits both sides alike.
    const launched = await launchWithExtension();
    try {
      withRuns.push(attribute(await run(launched.context, ws, true), LONG_TASK_MS));
    } finally {
      await launched.context.close();
    }
    const plain = await launchPlain();
    try {
      withoutRuns.push(attribute(await run(plain, ws, false), LONG_TASK_MS));
    } finally {
      await plain.close();
    }
  }
  if (withRuns.some((r) => r.desksideSamples === 0)) {
    throw new Error('bench longtasks: no CPU sample landed in Deskside code with the extension loaded; attribution is broken');
  }

  type Run = (typeof withRuns)[number];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const each = (rs: Run[], f: (r: Run) => number) => rs.map(f);
  const longWith = each(withRuns, (r) => r.longTasks.length);
  const longWithout = each(withoutRuns, (r) => r.longTasks.length);
  const blamed = each(withRuns, (r) => r.longTasks.filter((t) => t.desksideBlamed).length);
  const blamedWall = each(withRuns, (r) => r.longTasks.filter((t) => t.desksideBlamedWall).length);
  const longest = each(withRuns, (r) => r.longestDesksideTask?.deskside ?? 0);
  const longestThread = each(withRuns, (r) => r.longestDesksideTask?.desksideThread ?? 0);
  const longCpu = (rs: Run[]) => sum(rs.map((r) => r.longTasks.filter((t) => t.thread > LONG_TASK_MS).length));
  const switches = (rs: Run[]) => rs.flatMap((r) => r.perSwitch);
  const added = switches(withRuns).map((s) => s.deskside);
  const addedThread = switches(withRuns).map((s) => s.desksideThread);
  const busy = (rs: Run[], thread: boolean) => median(switches(rs).map((s) => (thread ? s.busyThread : s.busy)));
  const totalBlamed = sum(blamed);

  return [
    [
      'runs (20 ticket switches each)',
      `${RUNS} with + ${RUNS} without`,
      `interleaved, fresh browser each; load average at start ${load.toFixed(1)} on ${cpus().length} cores`,
    ],
    [`long tasks > ${LONG_TASK_MS} ms, with Deskside`, String(sum(longWith)), `per run: ${longWith.join(', ')}; ${longCpu(withRuns)} of them over ${LONG_TASK_MS} ms in CPU time`],
    [`long tasks > ${LONG_TASK_MS} ms, without (baseline)`, String(sum(longWithout)), `per run: ${longWithout.join(', ')}; ${longCpu(withoutRuns)} of them over ${LONG_TASK_MS} ms in CPU time`],
    [
      `long tasks > ${LONG_TASK_MS} ms attributable to Deskside`,
      String(totalBlamed),
      `target 0${totalBlamed ? ': FAILED' : ''}; Deskside's CPU time made the task long (by wall-time share: ${sum(blamedWall)}, waits for a core included)`,
    ],
    [
      'longest Deskside task (median over runs)',
      ms(median(longest)),
      `wall, per run: ${longest.map((x) => x.toFixed(1)).join(', ')} ms; CPU time ${ms(median(longestThread))}`,
    ],
    [
      'main-thread time added by Deskside per switch (median)',
      ms(median(added)),
      `p90 ${ms(quantile(added, 0.9))} over ${added.length} switches; in CPU time ${ms(median(addedThread))}`,
    ],
    [
      'main thread busy per switch, with / without (median)',
      `${ms(busy(withRuns, false))} / ${ms(busy(withoutRuns, false))}`,
      `CPU time ${ms(busy(withRuns, true))} / ${ms(busy(withoutRuns, true))}; all tasks, host app and bench driver too`,
    ],
  ];
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const r of await benchLongtasks()) console.log(r.join('  |  '));
}
