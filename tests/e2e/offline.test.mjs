// Works offline: after one visit the service worker has the whole app, so with the network
// gone a person can reload, complete a journey, download the calendar file and print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, assertNoProblems } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('after one visit the app works with no network at all', async () => {
  const { context, page, problems } = await openApp(browser);
  // Wait until the worker is active and has precached the app.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).length > 5);

  await context.setOffline(true);
  await page.reload();
  await page.locator('h1').first().waitFor();
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  await completeJourney(page, { age: 39, retinoids: true });
  await page.locator('#plan-sessions').click();
  await page.locator('.agenda').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-ics').click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, 'the plan prints offline');
  assertNoProblems(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|request failed/.test(p)), 'offline');
  await context.close();
});

test('a new version waits, and the old caches go when it takes over', async () => {
  const { context, page } = await openApp(browser);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const registration = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { active: Boolean(reg?.active), scope: reg?.scope };
  });
  assert.equal(registration.active, true);
  assert.match(registration.scope, /\/$/, 'the worker covers the app\'s folder');
  const names = await page.evaluate(() => caches.keys());
  assert.equal(names.length, 1, `one cache for one version: ${names}`);
  await context.close();
});
