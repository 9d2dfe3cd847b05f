// Works offline: after one visit the service worker has the whole app, so with the network
// gone a person can reload, complete a journey, download the calendar file and print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openApp, assertNoProblems } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('after one visit the app works with no network at all', async () => {
  const { context, page, problems } = await openApp(browser);
  // Wait until the worker is active and has precached the app.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(async () => {
    const app = (await caches.keys()).find((n) => n.includes(' app '));
    return app !== undefined && (await (await caches.open(app)).keys()).length > 5;
  });

  await context.setOffline(true);
  await page.reload();
  await page.locator('h1').first().waitFor();
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  await completeJourney(page, { age: 39, retinoids: true });
  await page.locator('#plan-sessions').click();
  await page.locator('.phase-plan').waitFor();
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
  const names = (await page.evaluate(() => caches.keys())).filter((n) => n.includes(' app '));
  assert.equal(names.length, 1, `one cache of the app's files for one version: ${names}`);
  await context.close();
});

/// Serves dist/ on a free loopback port, with the service worker's text passed through
/// `worker` so a test can publish "a new version" while a page is open.
async function serveDist(worker) {
  const root = fileURLToPath(new URL('../../dist/', import.meta.url));
  const types = { html: 'text/html', js: 'text/javascript', wasm: 'application/wasm', css: 'text/css',
    json: 'application/json', svg: 'image/svg+xml', png: 'image/png', webmanifest: 'application/manifest+json' };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html');
    try {
      let body = await readFile(join(root, normalize(path)));
      if (path === '/sw.js') body = worker(body.toString());
      res.writeHead(200, { 'content-type': types[path.split('.').pop()] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

test('a new version waits for the person, who is told a refresh is available', async () => {
  let version = '';
  const { server, url } = await serveDist((text) => `${text}${version}`);
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // The first visit installs the worker; the next page load is the one it controls.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator('#start').click();
  await page.locator('#q-age').fill('44');

  // A new build of the app is published while the page is open.
  version = '\n// next version\n';
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.locator('.update-banner').waitFor();
  // Nothing was interrupted: the answer being typed is still there, and the new version waits.
  assert.equal(await page.locator('#q-age').inputValue(), '44');
  assert.equal(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration()).waiting)), true);

  // Choosing to refresh moves to the new version and reloads.
  await Promise.all([page.waitForEvent('load'), page.locator('.update-banner button').click()]);
  await page.locator('#start').waitFor();
  assert.equal(await page.locator('.update-banner').count(), 0);
  await page.waitForFunction(async () => (await caches.keys()).filter((n) => n.includes(' app ')).length === 1);
  await context.close();
  await new Promise((resolve) => server.close(resolve));
});
