// The service worker stopped between the "Capture to Deskside" click and the save: after the
// restart the capture is there exactly once, on the ticket that was active at the click, and the
// badge and the sidebar show it.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, routeZendesk, ZENDESK_ORIGIN, type Launched } from '../../scripts/chromium';
import { badge, captureSelection, MONITORING_URL, routeMonitoring, selectLog, TICKET_4102 } from './evidence-helpers';
import { captureJournaled, extensionProbe, rowsOf, WorkerControl } from './restart-helpers';
import { sidebar, waitForText } from './sidebar-helpers';

// A long selection (about 1.6 MB): redacting and parsing it takes the worker a few hundred ms.
const LINES = 20_000;
const LAST = `INFO webhook-dispatcher heartbeat ok seq=${String(LINES - 1).padStart(6, '0')} queue=orders depth=0 lag_ms=12`;

let b: Launched;
let control: WorkerControl;
beforeEach(async () => {
  b = await launchWithExtension();
  await routeZendesk(b.context);
  await routeMonitoring(b.context);
  control = await WorkerControl.attach(b);
});
afterEach(async () => {
  await control.close();
  await b.context.close();
});

/** The monitoring page with the fixture log followed by many heartbeat lines, all selected. */
async function bigLog(page: Page): Promise<string> {
  await page.goto(MONITORING_URL);
  await page.evaluate((n) => {
    const pre = document.getElementById('log-message')!;
    const filler = Array.from({ length: n }, (_, i) => `INFO webhook-dispatcher heartbeat ok seq=${String(i).padStart(6, '0')} queue=orders depth=0 lag_ms=12`);
    pre.textContent = `${pre.textContent}\n${filler.join('\n')}`;
  }, LINES);
  return selectLog(page);
}

interface Row {
  id: string;
  ticketKey: string;
  via: string;
  evidence: { text: string };
}

async function stopMidCapture(stage: 'clicked' | 'read') {
  const ticket = await b.context.newPage();
  await ticket.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
  const frame = await sidebar(ticket);
  await waitForText(frame, '[data-testid="ticket-subject"]', 'Webhooks stopped firing');
  const logs = await b.context.newPage();
  const selected = await bigLog(logs);
  const probe = await extensionProbe(b);
  if (stage === 'clicked') {
    // The page is busy when the click comes (a heavy log view re-rendering): the worker's read of
    // the selection waits, and the worker is stopped while it does.
    await logs.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 3000;
        while (Date.now() < end);
      }, 200);
    });
  }
  const journaled = captureJournaled(probe, stage);
  const starts = control.starts;
  await captureSelection(b, logs, selected);
  await journaled;
  await control.stop();
  // Stopped before the save: nothing is stored yet, and the click is still journaled.
  expect(await rowsOf(probe, 'evidence')).toEqual([]);
  const journal = await probe.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { session: { get: (k: string) => Promise<Record<string, unknown>> } } } }).chrome.storage.session.get('pendingCaptures'),
  );
  const entries = Object.values((journal.pendingCaptures ?? {}) as Record<string, { selection: unknown }>);
  expect(entries).toHaveLength(1);
  expect(entries[0]!.selection === null).toBe(stage === 'clicked');

  // The sidebar's port reconnects, which starts a new worker; it finishes the capture.
  await control.restarted(starts);
  await expect.poll(() => rowsOf<Row>(probe, 'evidence').then((r) => r.length), { timeout: 20_000 }).toBe(1);
  const [row] = await rowsOf<Row>(probe, 'evidence');
  expect(row!.ticketKey).toBe(TICKET_4102);
  expect(row!.via).toBe('scripting');
  expect(row!.evidence.text.split('\n')).toHaveLength(LINES + 8);
  expect(row!.evidence.text.endsWith(LAST)).toBe(true);
  expect(row!.evidence.text).not.toContain('sk_live_51Hq8cT2eZvKYlo2C9xQ7pLmN');
  await expect.poll(() => badge(b), { timeout: 10_000 }).toMatchObject({ text: '+1' });
  expect((await badge(b)).title).toMatch(/^Captured to ticket 4102: /);

  await ticket.bringToFront();
  await frame.click('[data-testid="tab-evidence"]');
  await waitForText(frame, '[data-testid="evidence-attached"]', 'java.net.SocketTimeoutException', 20_000);
  expect(await frame.$$('[data-testid="evidence-attached"] [data-testid="evidence-item"]')).toHaveLength(1);
  // Still exactly one, and the journal is empty: nothing is left to be finished twice.
  expect(await rowsOf(probe, 'evidence')).toHaveLength(1);
  const after = await probe.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { session: { get: (k: string) => Promise<Record<string, unknown>> } } } }).chrome.storage.session.get('pendingCaptures'),
  );
  expect(after.pendingCaptures).toEqual({});
}

describe('the service worker stopped mid-capture', () => {
  it('finishes a capture stopped right after the click, before the selection was read', async () => {
    await stopMidCapture('clicked');
  });

  it('finishes a capture stopped after the selection was read, while it was being parsed', async () => {
    await stopMidCapture('read');
  });
});
