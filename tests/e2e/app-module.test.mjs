// The app's own module (the questions and the result, with Yew): the first screen is drawn
// without it, Start waits for it, and a failed load says so and can be tried again. The
// service worker is blocked here, so that every request is the page's own and reaches the
// network (and these routes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, assertAccessible, assertNoProblems } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The app's module and the chunk it shares with the plan's: both are needed for the questions.
const APP = /\/careplanner-[0-9a-f]+-(app|chunk\d+)\.wasm$/;
const isApp = (url) => APP.test(new URL(url).pathname);

// Playwright's own notice that the service worker is blocked, which these tests ask for.
const ours = (problems) => problems.filter((p) => !/Service Worker registration blocked by Playwright/.test(p));

async function newContext(locale = 'en-US') {
  return browser.newContext({ locale, viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
}

test('the first screen works without the app\'s module, and Start waits for it, busy', async () => {
  const context = await newContext();
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const asked = [];
  await context.route(isApp, async (route) => {
    asked.push(route.request().url());
    await released;
    await route.continue();
  });
  const { page, problems } = await openApp(browser, { context });
  await page.locator('#start:not([aria-busy])').waitFor();
  // The language switch works on the first screen while the module is held back.
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('heading', { name: 'Planificador de cuidados para microneedling' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Microneedling care planner' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('lang')), 'en',
    'the switch keeps the focus it had');
  assert.ok(asked.length >= 1, 'asked for as soon as the first screen is up');

  await page.locator('#start').click();
  await page.locator('#start[aria-busy="true"]').waitFor();
  release();
  await page.locator('#q-age').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading', 'the first question has the focus');
  assert.equal(new Set(asked).size, asked.length, 'each module asked for once');
  assertNoProblems(ours(problems), 'first screen, then the questions after a slow module');
  await context.close();
});

test('when the app\'s module cannot be had, Start says so, and Try again brings the questions', async () => {
  const context = await newContext('es-ES');
  let failing = true;
  await context.route(isApp, (route) => (failing
    ? route.fulfill({ status: 503, body: '' })
    : route.continue()));
  const { page, problems } = await openApp(browser, { context });
  await page.getByRole('button', { name: 'Empezar' }).click();
  await page.getByRole('heading', { name: 'No se pudo cargar esta parte del planificador' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading', 'the message has the focus');
  await assertAccessible(page, 'app module missing');
  // The message follows the language switch, and stays until the person tries again.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'This part of the planner could not be loaded' }).waitFor();
  await page.getByRole('button', { name: 'Español' }).click();

  failing = false;
  await page.getByRole('button', { name: 'Reintentar' }).click();
  await page.locator('#q-age').waitFor();
  assert.match(await page.locator('label[for="q-age"]').innerText(), /edad/, 'in the language chosen');
  const expected = (p) => /(app|chunk\d+)\.wasm|Failed to load resource/.test(p);
  assert.ok(problems.some((p) => /console error: .*\.wasm: HTTP 503/.test(p)), 'the console says why');
  assertNoProblems(ours(problems).filter((p) => !expected(p)), 'app module missing, then found');
  await context.close();
});
