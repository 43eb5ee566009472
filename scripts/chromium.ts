// Launches Debian's Chromium with the built extension and serves helpdesk URLs from fixtures.
// Shared by the end-to-end tests, `npm run demo` and `npm run bench`. Never downloads a browser.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Route, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
/** The test build (npm run build:e2e) where E2E_GRANTED_HOST stands for a user-granted domain. */
export const E2E_EXTENSION_DIR = path.join(ROOT, '.output-e2e/chrome-mv3');
export const E2E_GRANTED_HOST = 'support.acme-corp.test';
export const FIXTURES = path.join(ROOT, 'test/fixtures/zendesk');
export const ZENDESK_HOST = 'acme-support.zendesk.com';
export const ZENDESK_ORIGIN = `https://${ZENDESK_HOST}`;

/** Where Chromium is: CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: run `apt-get install -y chromium` or set CHROMIUM_PATH');
  return found;
}

/** The window size every launched browser gets (tests click fixed-position handles by it). */
export const VIEWPORT_WIDTH = 1400;
export const VIEWPORT_HEIGHT = 900;

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/** A fresh profile with the built extension loaded; resolves once its service worker runs. */
export async function launchWithExtension(
  opts: { headless?: boolean; extensionDir?: string } = {},
): Promise<Launched> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first`);
  }
  const base = process.env.TMPDIR ?? tmpdir();
  const profile = mkdtempSync(path.join(base, 'deskside-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: VIEWPORT_WIDTH, height: VIEWPORT_HEIGHT },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/** How the fake Zendesk answers an API path: true when it answered, false to serve the fixture. */
export type ApiOverride = (route: Route, apiPath: string) => Promise<boolean> | boolean;

/** Every request the routed helpdesk received, for assertions. */
export interface ServedLog {
  requests: string[];
}

/**
 * Serves https://acme-support.zendesk.com from test/fixtures/zendesk: the Agent Workspace page for
 * any /agent/ path and the REST fixtures for /api/v2/tickets/ID{.json,/comments.json,/metrics.json}.
 * `override` may answer an API request itself (a failure, a delay).
 */
export async function routeZendesk(
  context: BrowserContext,
  opts: { page?: () => string; override?: ApiOverride; hosts?: RegExp } = {},
): Promise<ServedLog> {
  const log: ServedLog = { requests: [] };
  const page = opts.page ?? (() => readFileSync(path.join(FIXTURES, 'agent-workspace.html'), 'utf8'));
  await context.route(opts.hosts ?? /^https:\/\/[^/]+\.zendesk\.com\//, async (route) => {
    const url = new URL(route.request().url());
    log.requests.push(url.pathname + url.search);
    if (url.pathname.startsWith('/api/')) {
      if (opts.override && (await opts.override(route, url.pathname + url.search))) return;
      return serveApi(route, url);
    }
    if (url.pathname.startsWith('/agent')) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page() });
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
  return log;
}

function serveApi(route: Route, url: URL): Promise<void> {
  const m = /^\/api\/v2\/tickets\/(\d+)(?:\/(comments|metrics))?\.json$/.exec(url.pathname);
  let file: string | undefined;
  if (m) {
    const [, id, part] = m;
    if (!part) file = `ticket-${id}.json`;
    else if (part === 'metrics') file = `metrics-${id}.json`;
    else file = url.searchParams.has('page[after]') ? `comments-${id}-page2.json` : `comments-${id}.json`;
  }
  const full = file && path.join(FIXTURES, 'api', file);
  if (!full || !existsSync(full)) {
    return route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":"RecordNotFound","description":"Not found"}' });
  }
  return route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: readFileSync(full, 'utf8') });
}

/**
 * Serves https://acme.atlassian.net (or `hosts`) from test/fixtures/jira: issue view, board with side
 * panel, JSM queue and portal pages, and the REST fixtures. `override` may answer an API request.
 */
export async function routeJira(
  context: BrowserContext,
  opts: { override?: ApiOverride; hosts?: RegExp } = {},
): Promise<ServedLog> {
  const { serveJira } = await import('../test/fixtures/jira/serve');
  const log: ServedLog = { requests: [] };
  await context.route(opts.hosts ?? /^https:\/\/acme\.atlassian\.net\//, async (route) => {
    const url = new URL(route.request().url());
    log.requests.push(url.pathname + url.search);
    if (url.pathname.startsWith('/rest/') && opts.override && (await opts.override(route, url.pathname + url.search))) return;
    const served = serveJira(url);
    return route.fulfill({ status: served.status, contentType: served.contentType, body: served.body });
  });
  return log;
}

export const JIRA_ORIGIN = 'https://acme.atlassian.net';

/** Resolves once the background has registered its content script on granted custom domains. */
export async function customDomainsRegistered(launched: Launched): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const count = await launched.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts: () => Promise<unknown[]> } } }).chrome;
      return (await c.scripting.getRegisteredContentScripts()).length;
    });
    if (count > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the background never registered its content script on the granted domain');
}
