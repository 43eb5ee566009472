import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, routeZendesk, ZENDESK_ORIGIN, type Launched } from '../../scripts/chromium';
import { badge as badgeOf, captureSelection, MONITORING_URL, routeMonitoring, selectLog, storedRows, TICKET_4102 } from './evidence-helpers';
import { sidebar, textOf, waitForText } from './sidebar-helpers';

let b: Launched;
beforeEach(async () => {
  // DESKSIDE_EXTENSION_DIR: run against a copy of the build while others rebuild .output.
  b = await launchWithExtension({ extensionDir: process.env.DESKSIDE_EXTENSION_DIR });
  await routeZendesk(b.context);
  await routeMonitoring(b.context);
});
afterEach(async () => {
  await b.context.close();
});

const badge = () => badgeOf(b);

describe('Capture to Deskside from a monitoring page', () => {
  it('lands on the active Zendesk ticket with its line breaks, secrets redacted, and a badge saying what was found', async () => {
    const ticket = await b.context.newPage();
    await ticket.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(ticket);
    await waitForText(frame, '[data-testid="ticket-subject"]', 'Webhooks stopped firing');

    const logs = await b.context.newPage();
    await logs.goto(MONITORING_URL);
    const selected = await selectLog(logs);
    expect(selected.split('\n').length).toBeGreaterThanOrEqual(8);
    await captureSelection(b, logs, selected);

    await expect.poll(badge, { timeout: 10_000 }).toMatchObject({ text: '+1' });
    expect((await badge()).title).toMatch(/Captured to ticket 4102: 8 lines: 2 timestamps/);

    await ticket.bringToFront();
    await frame.click('[data-testid="tab-evidence"]');
    await waitForText(frame, '[data-testid="evidence-attached"]', 'java.net.SocketTimeoutException');
    const text = await textOf(frame, '[data-testid="evidence-attached"] [data-testid="evidence-text"]');
    expect(text.split('\n')).toHaveLength(8);
    expect(text.split('\n')[4]).toBe('java.net.SocketTimeoutException: Read timed out');
    expect(text).not.toContain('sk_live_51Hq8cT2eZvKYlo2C9xQ7pLmN');
    expect(text).not.toContain('priya.raman@brightline-foods.example');
    const found = await textOf(frame, '[data-testid="evidence-found"]');
    expect(found).toContain('2 timestamps');
    expect(found).toContain('1 stack traces');
    expect(found).toMatch(/redacted: .*email/);
    expect(await textOf(frame, '[data-testid="evidence-item"]')).toContain('Log Explorer | Datadog');
    // Looking at the evidence is seeing the capture: the badge goes.
    await expect.poll(async () => (await badge()).text).toBe('');
  });

  it('keeps a capture made with no helpdesk tab in the unattached list until it is attached', async () => {
    const logs = await b.context.newPage();
    await logs.goto(MONITORING_URL);
    await captureSelection(b, logs, await selectLog(logs));
    await expect.poll(() => storedRows<{ ticketKey: string }>(b, 'evidence'), { timeout: 10_000 }).toMatchObject([{ ticketKey: '' }]);
    await expect.poll(async () => (await badge()).title).toMatch(/unattached/);

    const ticket = await b.context.newPage();
    await ticket.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(ticket);
    await waitForText(frame, '[data-testid="ticket-subject"]', 'Webhooks stopped firing');
    await frame.click('[data-testid="tab-evidence"]');
    await waitForText(frame, '[data-testid="evidence-unattached"]', 'SocketTimeoutException');
    expect(await frame.$('[data-testid="evidence-attached"] [data-testid="evidence-item"]')).toBeNull();
    await frame.click('[data-testid="evidence-attach"]');
    await waitForText(frame, '[data-testid="evidence-attached"]', 'SocketTimeoutException');
    await expect.poll(() => frame.$('[data-testid="evidence-unattached"]')).toBeNull();
    await expect.poll(() => storedRows<{ ticketKey: string }>(b, 'evidence')).toMatchObject([{ ticketKey: TICKET_4102 }]);

    // A customer's paste and a dropped log file join the same list, redacted the same way.
    await frame.fill('[data-testid="evidence-paste"]', 'Customer says: 2026-11-24 10:02:11 +0100 token=ghp_abcdefghijklmnopqrstuvwxyz0123456789\nstill failing');
    await frame.click('text=Add as evidence');
    await waitForText(frame, '[data-testid="evidence-attached"]', 'still failing');
    const drop = await frame.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['2026-11-24T09:20:00Z ERROR E_WEBHOOK_TIMEOUT order=991\n2026-11-24T09:21:00Z INFO recovered'], 'dispatcher.log', { type: 'text/plain' }));
      return dt;
    });
    await frame.dispatchEvent('[data-testid="evidence-drop"]', 'drop', { dataTransfer: drop });
    await waitForText(frame, '[data-testid="evidence-attached"]', 'dispatcher.log');
    const all = await textOf(frame, '[data-testid="evidence-attached"]');
    expect(all).toContain('E_WEBHOOK_TIMEOUT order=991\n2026-11-24T09:21:00Z INFO recovered');
    expect(all).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789');
  });
});

describe('the escalation package', () => {
  async function openEscalation() {
    const ticket = await b.context.newPage();
    await ticket.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    const frame = await sidebar(ticket);
    await waitForText(frame, '[data-testid="captured"]', 'API');
    await frame.click('[data-testid="tab-escalation"]');
    await waitForText(frame, '[data-testid="completeness"]', '/5');
    return { ticket, frame };
  }

  it('saves every edit at once, so the draft survives a reload', async () => {
    const { ticket, frame } = await openEscalation();
    expect(await frame.inputValue('[data-testid="esc-summary"]')).toContain('Webhooks stopped firing');
    await frame.fill('[data-testid="esc-summary"]', 'order.created webhooks dropped since Tuesday');
    await frame.fill('[data-testid="esc-steps"]', 'Create an order in the Brightline store\nWatch the endpoint log');
    await frame.selectOption('[data-testid="esc-severity-override"]', 'SEV2');
    await expect
      .poll(async () => (await storedRows<{ draft: { severityOverride?: string } }>(b, 'escalationDrafts'))[0]?.draft.severityOverride)
      .toBe('SEV2');

    await ticket.reload();
    const again = await sidebar(ticket);
    await waitForText(again, '[data-testid="captured"]', 'API');
    await again.click('[data-testid="tab-escalation"]');
    await expect.poll(() => again.inputValue('[data-testid="esc-summary"]')).toBe('order.created webhooks dropped since Tuesday');
    expect(await again.inputValue('[data-testid="esc-steps"]')).toBe('Create an order in the Brightline store\nWatch the endpoint log');
    expect(await again.inputValue('[data-testid="esc-severity-override"]')).toBe('SEV2');
  });

  it('opens Jira\'s create screen with the package, once the Jira target is set, and links the issue back', async () => {
    await b.context.route(/^https:\/\/acme\.atlassian\.net\//, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Create issue</title>' }));
    const { ticket, frame } = await openEscalation();
    await frame.click('[data-testid="open-jira"]');
    await waitForText(frame, '[data-testid="output-message"]', 'Set the Jira site, project id, issue type id');

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.fill('#esc-jiraSite', 'acme.atlassian.net');
    await options.fill('#esc-projectId', '10001');
    await options.fill('#esc-issueTypeId', '10004');
    await options.click('[data-testid="escalation-settings"] button[type="submit"]');
    await waitForText(options.mainFrame(), '#esc-jiraSite-msg', 'https origin');
    await options.fill('#esc-jiraSite', 'https://acme.atlassian.net/');
    await options.click('[data-testid="escalation-settings"] button[type="submit"]');
    await waitForText(options.mainFrame(), '[data-testid="escalation-settings"]', 'Saved.');

    const summary = await frame.inputValue('[data-testid="esc-summary"]');
    const [jira] = await Promise.all([b.context.waitForEvent('page'), frame.click('[data-testid="open-jira"]')]);
    await jira.waitForURL(/^https:\/\/acme\.atlassian\.net\//, { waitUntil: 'commit' });
    const url = new URL(jira.url());
    expect(url.origin + url.pathname).toBe('https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa');
    expect(url.searchParams.get('pid')).toBe('10001');
    expect(url.searchParams.get('issuetype')).toBe('10004');
    expect(url.searchParams.get('summary')).toBe(summary);
    const description = url.searchParams.get('description') ?? '';
    expect(description).toContain(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
    expect(description).toMatch(/Expected/i);

    await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ticket.bringToFront();
    await frame.selectOption('[data-testid="output-format"]', 'jira');
    await frame.click('[data-testid="copy"]');
    await waitForText(frame, '[data-testid="output-message"]', 'Copied as Jira wiki markup');
    const copied = await ticket.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(description);

    await frame.fill('[data-testid="issue-key"]', 'ops-77');
    await frame.click('[data-testid="link-issue"]');
    await waitForText(frame, '[data-testid="linked-issue"]', 'OPS-77');
    expect(await storedRows<{ kind: string; target: string }>(b, 'links')).toMatchObject([{ ticketKey: TICKET_4102, kind: 'escalation', target: 'OPS-77' }]);
  });
});
