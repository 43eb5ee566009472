import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  customDomainsRegistered,
  E2E_GRANTED_HOST,
  JIRA_ORIGIN,
  launchWithExtension,
  routeJira,
  type Launched,
} from '../../scripts/chromium';
import { panelSidebar, sidebar, textOf, waitForText } from './sidebar-helpers';

const CHECKOUT = 'Checkout fails with 502 when the cart has more than 50 items';
const RESET = 'Password reset emails arrive 30 minutes late';
const VPN = 'VPN drops every 10 minutes on macOS 15';

let browser: Launched;
afterEach(async () => {
  await browser.context.close();
});

describe('Jira and JSM sidebar', () => {
  beforeEach(async () => {
    browser = await launchWithExtension();
  });

  it('shows a Jira issue view from the page, enriched from the REST API', async () => {
    await routeJira(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${JIRA_ORIGIN}/browse/SUP-101`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', CHECKOUT);
    expect(await textOf(frame, '[data-testid="ticket-id"]')).toBe('SUP-101');
    await waitForText(frame, '[data-testid="field-comments"]', '5');
    expect(await textOf(frame, '[data-testid="field-status"]')).toContain('In Progress');
    expect(await textOf(frame, '[data-testid="field-priority"]')).toContain('High');
    expect(await textOf(frame, '[data-testid="field-type"]')).toContain('Bug');
    expect(await textOf(frame, '[data-testid="field-tags"]')).toContain('payments-api');
    expect(await textOf(frame, '[data-testid="field-requester"]')).toContain('Lena Fischer');
    // Names are rendered twice on the page (a screen-reader copy): read once.
    expect(await textOf(frame, '[data-testid="field-assignee"]')).not.toContain('Marco RossiMarco Rossi');
    expect(await textOf(frame, '[data-testid="field-comments"]')).toContain('1 internal');
  });

  it('follows the issue opened in a board side panel', async () => {
    await routeJira(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${JIRA_ORIGIN}/jira/software/projects/SUP/boards/1?selectedIssue=SUP-102`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', RESET);
    await page.click('[data-testid="platform-board-kit.ui.card.card"][data-issue-key="SUP-101"]');
    await waitForText(frame, '[data-testid="ticket-subject"]', CHECKOUT);
    expect(await textOf(frame, '[data-testid="ticket-id"]')).toBe('SUP-101');
    await page.goBack();
    await waitForText(frame, '[data-testid="ticket-subject"]', RESET);
  });

  it('shows a JSM request with its request type, a breached and a paused SLA', async () => {
    await routeJira(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${JIRA_ORIGIN}/jira/servicedesk/projects/HELP/queues/custom/1/HELP-7`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="ticket-subject"]', VPN);
    await waitForText(frame, '[data-testid="field-request-type"]', 'Report a system problem');
    await waitForText(frame, '[data-testid="sla-next"]', 'Time to first response breached');
    expect(await textOf(frame, '[data-testid="sla-paused"]')).toContain('Time to resolution paused');
  });

  it('still shows the page data, with a visible notice, when the Jira API fails', async () => {
    await routeJira(browser.context, {
      override: (route) => route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service Unavailable</h1>' }).then(() => true),
    });
    const page = await browser.context.newPage();
    await page.goto(`${JIRA_ORIGIN}/browse/SUP-101`);
    const frame = await sidebar(page);
    await waitForText(frame, '[data-testid="notices"]', '503');
    expect(await textOf(frame, '[data-testid="ticket-subject"]')).toContain(CHECKOUT);
    expect(await frame.getAttribute('[data-testid="field-status"] .source', 'data-source')).toBe('dom');
  });
});

describe('self-hosted Jira on a granted domain', () => {
  it('recognises Jira by the page itself and shows the issue (in the side panel)', async () => {
    browser = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR });
    // Registration happens when the background starts; a page opened before it gets no content script.
    await customDomainsRegistered(browser);
    await routeJira(browser.context, { hosts: new RegExp(`^https://${E2E_GRANTED_HOST.replace(/\./g, '\\.')}/`) });
    const page = await browser.context.newPage();
    await page.goto(`https://${E2E_GRANTED_HOST}/browse/SUP-101`);
    const frame = await panelSidebar(browser, `https://${E2E_GRANTED_HOST}/browse/SUP-101`);
    await waitForText(frame, '[data-testid="ticket-subject"]', CHECKOUT);
    await waitForText(frame, '[data-testid="field-comments"]', '5');
  });
});
