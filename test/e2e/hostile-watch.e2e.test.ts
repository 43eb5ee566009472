// The hostile-* tests pass only when nothing happens; this shows their watch does see each thing it
// watches for when it does happen (a dialog, a request to another host from the page, an extension
// frame and the service worker, the __pwned flag, injected markup, a mirrored label).
import { afterEach, beforeEach, expect, it } from 'vitest';
import { launchWithExtension, routeZendesk, ZENDESK_ORIGIN, type Launched } from '../../scripts/chromium';
import { EVIL_ORIGIN } from '../fixtures/hostile/payloads';
import { hostileApi, hostilePage } from '../fixtures/hostile/zendesk';
import { auditDom, pwned, readsLeftToRight, watch } from './hostile-helpers';
import { sidebar, waitForText } from './sidebar-helpers';

let b: Launched;
beforeEach(async () => {
  b = await launchWithExtension();
});
afterEach(async () => {
  await b.context.close();
});

it('the hostile watch sees a dialog, stray requests, the flag, injected markup and unisolated bidi', async () => {
  const w = await watch(b, [ZENDESK_ORIGIN]);
  await routeZendesk(b.context, {
    page: hostilePage,
    override: async (route, p) => {
      const body = hostileApi(p);
      if (body === null) return false;
      await route.fulfill({ status: 200, contentType: 'application/json', body });
      return true;
    },
  });
  const page = await b.context.newPage();
  await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/4102`);
  const frame = await sidebar(page);
  await waitForText(frame, '[data-testid="captured"]', 'API', 20_000);
  expect(await readsLeftToRight(frame, '[data-testid="field-requester"] .source')).toBe(true);
  await frame.addStyleTag({ content: '* { unicode-bidi: normal !important }' });
  expect(await readsLeftToRight(frame, '[data-testid="field-requester"] .source')).toBe(false);

  await page.evaluate(() => {
    alert('from the page');
    (window as unknown as { __pwned: number }).__pwned = 1;
  });
  await frame.evaluate((evil) => {
    const img = document.createElement('img');
    img.src = `${evil}/from-frame.png`;
    img.setAttribute('onerror', 'void 0');
    document.body.append(img);
  }, EVIL_ORIGIN);
  await b.worker.evaluate((evil) => fetch(`${evil}/from-sw`).catch(() => null), EVIL_ORIGIN);
  await page.evaluate((evil) => fetch(`${evil}/from-page`).catch(() => null), EVIL_ORIGIN);

  expect(w.dialogs).toEqual(['alert on https://acme-support.zendesk.com/agent/tickets/4102: from the page']);
  await expect.poll(() => [...w.strays].sort()).toEqual([`fetch ${EVIL_ORIGIN}/from-page`, `fetch ${EVIL_ORIGIN}/from-sw`, `image ${EVIL_ORIGIN}/from-frame.png`]);
  expect(await pwned(page)).toBe(1);
  const audit = (await auditDom(frame, b.extensionId)).map((line) => line.split(':')[0]);
  expect(audit).toEqual(['style', 'handler onerror', 'img not from the extension']);
});
