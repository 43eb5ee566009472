// The service worker stopped while a ticket snapshot and an escalation draft are being saved:
// nothing is lost or stored twice, the content script's next message reaches the new worker, and
// the sidebar follows the ticket again without a page reload.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, routeZendesk, ZENDESK_ORIGIN, type Launched } from '../../scripts/chromium';
import { extensionProbe, holdTables, rowsOf, WorkerControl, workerTargets } from './restart-helpers';
import { sidebar, textOf, waitForText } from './sidebar-helpers';

const KEY = 'zendesk:acme-support.zendesk.com:4102';
const ACTIVE = '.ticket-panes-grid-layout[data-is-active="true"]';

interface HistoryRow {
  key: string;
  changes: { field: string; from: unknown; to: unknown }[];
}

let browser: Launched;
let control: WorkerControl;
beforeEach(async () => {
  browser = await launchWithExtension();
  control = await WorkerControl.attach(browser);
});
afterEach(async () => {
  await control.close();
  await browser.context.close();
});

/** Changes the ticket's status on the Zendesk page, as an agent's edit (or a teammate's) would. */
const setStatus = (page: Page, label: string) =>
  page.evaluate(
    ([scope, text]) => {
      for (const el of document.querySelectorAll(`${scope} [data-test-id="ticket-fields-status-view"] [data-garden-id="dropdowns.combobox.value"], ${scope} [data-cy-test-id="status-badge-state"]`)) el.textContent = text;
    },
    [ACTIVE, label] as const,
  );

const statusChanges = async (probe: Page, to: string) =>
  (await rowsOf<HistoryRow>(probe, 'history')).filter((r) => r.key === KEY && r.changes.some((c) => c.field === 'status' && c.to === to));

describe('the service worker stopped mid-save', () => {
  it('verifies the stop: the worker target goes away and the next event starts a fresh worker', async () => {
    await control.mark();
    expect(await control.marked()).toBe(true);
    const starts = control.starts;
    await control.stop();
    expect(await workerTargets(browser)).toEqual([]);
    const probe = await extensionProbe(browser);
    // Any extension event wakes it: here, a message from an extension page.
    await probe.evaluate(() => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome;
      return c.runtime.sendMessage({ type: 'rpc', method: 'kb.sources', params: {} });
    });
    await control.restarted(starts);
    expect(await workerTargets(browser)).toHaveLength(1);
    expect(await control.marked()).toBe(false);
  });

  it('keeps a snapshot save in flight exactly once, and the sidebar follows the ticket again without a reload', async () => {
    // The API is down, so the page is the only source and its edits decide the status.
    await routeZendesk(browser.context, {
      override: (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"Unavailable"}' }).then(() => true),
    });
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="notices"]', '503');
    expect(await textOf(frame, '[data-testid="field-status"]')).toContain('pending');
    const probe = await extensionProbe(browser);
    const historyBefore = (await rowsOf<HistoryRow>(probe, 'history')).filter((r) => r.key === KEY).length;

    // The snapshot table is held, so the save the status change causes waits inside the worker...
    const release = await holdTables(probe, ['snapshots', 'history']);
    const starts = control.starts;
    await setStatus(page, 'Open');
    // ...long enough for the content script's message to be delivered and its save to start.
    await new Promise((r) => setTimeout(r, 1500));
    await control.stop();
    await release();

    // The content script's message is answered by a new worker, and the save lands once.
    await control.restarted(starts);
    await expect.poll(() => statusChanges(probe, 'open').then((r) => r.length), { timeout: 10_000 }).toBe(1);
    // The sidebar reconnected by itself and shows the new status; no page reload happened.
    await waitForText(frame, '[data-testid="field-status"]', 'open');
    expect(page.frames().filter((f) => f.url().endsWith('/sidebar.html'))).toHaveLength(1);

    // The next change after the restart reaches the new worker too, and history stays exact.
    await setStatus(page, 'Solved');
    await waitForText(frame, '[data-testid="field-status"]', 'solved');
    const history = (await rowsOf<HistoryRow>(probe, 'history')).filter((r) => r.key === KEY);
    expect(history).toHaveLength(historyBefore + 2);
    expect(await statusChanges(probe, 'open')).toHaveLength(1);
    expect(await statusChanges(probe, 'solved')).toHaveLength(1);
    const snapshots = (await rowsOf<{ key: string; snapshot: { status: string } }>(probe, 'snapshots')).filter((r) => r.key === KEY);
    expect(snapshots.map((s) => s.snapshot.status)).toEqual(['solved']);
  });

  it('keeps an escalation draft typed just before the stop', async () => {
    await routeZendesk(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="field-comments"]', '7');
    await frame.click('[data-testid="tab-escalation"]');
    await frame.waitForSelector('[data-testid="esc-summary"]');
    const probe = await extensionProbe(browser);

    const release = await holdTables(probe, ['escalationDrafts']);
    const starts = control.starts;
    const summary = 'Webhook deliveries to the order endpoint fail with 503 since 09:14 UTC';
    await frame.fill('[data-testid="esc-summary"]', summary);
    await new Promise((r) => setTimeout(r, 1500));
    await control.stop();
    await release();
    await control.restarted(starts);

    const stored = () => rowsOf<{ ticketKey: string; draft: { summary?: string } }>(probe, 'escalationDrafts');
    await expect.poll(async () => (await stored()).find((r) => r.ticketKey === KEY)?.draft.summary, { timeout: 10_000 }).toBe(summary);
    expect(await frame.$('[data-testid="escalation"] [role="alert"]')).toBeNull();
    // Reopening the panel reads the draft back from the new worker.
    await frame.click('[data-testid="tab-ticket"]');
    await frame.click('[data-testid="tab-escalation"]');
    await expect.poll(() => frame.inputValue('[data-testid="esc-summary"]'), { timeout: 10_000 }).toBe(summary);
  });

  it('shows the reply draft warning again from a new worker, without the agent typing', async () => {
    await routeZendesk(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    let frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', 'Webhooks stopped firing');
    await page.click(`${ACTIVE} [data-test-id="omnicomposer-rich-text-ckeditor"]`);
    await page.keyboard.type('Hi Priya, please use card 4111 1111 1111 1111 for the retry.');
    await waitForText(frame, '[data-testid="draft-warning"]', 'card');

    const starts = control.starts;
    await control.stop();
    await control.restarted(starts);
    // The new worker never checked this draft; a sidebar opened now still shows the warning.
    await frame.evaluate(() => location.reload());
    frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', 'Webhooks stopped firing');
    await waitForText(frame, '[data-testid="draft-warning"]', 'card');
  });

  it('reconnects the sidebar when the worker it reconnected to is stopped again as soon as it runs', async () => {
    await routeZendesk(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="field-comments"]', '7');

    const starts = control.starts;
    // The sidebar's reconnect starts a worker, which is stopped as soon as Chromium reports it
    // running; the sidebar reconnects once more and the third worker stays.
    control.stopNextStart();
    await control.stop();
    await control.restarted(starts + 1);
    await waitForText(frame, '[data-testid="ticket-subject"]', 'Webhooks stopped firing');
    expect(await frame.textContent('body')).not.toContain('could not connect');
    // The sidebar is live again: a change in the cache reaches it.
    await frame.click('[data-testid="tab-escalation"]');
    await frame.waitForSelector('[data-testid="esc-summary"]', { timeout: 10_000 });
  });
});
