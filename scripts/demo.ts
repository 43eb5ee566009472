// `npm run demo`: the built extension in Chromium on bundled demo tickets, served at a real
// Zendesk URL by request routing. With a display it stays open; without one it runs headless,
// writes demo-output/sidebar.png and exits.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, ROOT, routeZendesk, ZENDESK_ORIGIN } from './chromium';

const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');
const { context } = await launchWithExtension({ headless });
await routeZendesk(context);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);

// Wait until the sidebar shows the ticket enriched from the (routed) Zendesk API.
const deadline = Date.now() + 20_000;
let ready = false;
while (!ready && Date.now() < deadline) {
  const frame = page.frames().find((f) => f.url().endsWith('/sidebar.html'));
  const text = frame ? await frame.textContent('body').catch(() => '') : '';
  ready = !!text && text.includes('First reply') && !text.includes('Reading ticket');
  if (!ready) await page.waitForTimeout(100);
}
if (!ready) {
  console.error('demo: the Deskside sidebar did not show the ticket within 20 s');
  await context.close();
  process.exit(1);
}

if (headless) {
  const out = path.join(ROOT, 'demo-output');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, 'sidebar.png');
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  console.log(file);
  await context.close();
} else {
  console.log('Deskside demo is open: switch ticket tabs at the top, or close the window to end.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}
