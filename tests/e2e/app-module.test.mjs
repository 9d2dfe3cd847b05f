// The app's own module (the questions and the result, with Yew): the first screen is drawn
// without it, Start waits for it, and a failed load says so and can be tried again. The
// service worker is blocked here (contextWithoutWorker), so that these routes see every request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openApp, assertFocusedMessage, assertNoProblems,
  contextWithoutWorker, withoutWorkerNotice, holdRequests, failRequests,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The app's module and the chunk it shares with the plan's: both are needed for the questions.
const APP = /\/careplanner-[0-9a-f]+-(app|chunk\d+)\.wasm$/;
const isApp = (url) => APP.test(new URL(url).pathname);

test('the first screen works without the app\'s module, and Start waits for it, busy', async () => {
  const context = await contextWithoutWorker(browser);
  const asked = [];
  const release = await holdRequests(context, isApp, (request) => asked.push(request.url()));
  const later = [];
  context.on('request', (request) => { if (/-later\.wasm$/.test(new URL(request.url()).pathname)) later.push(request.url()); });
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
  assert.equal(later.length, 0, 'the plan\'s module waits until the questions are up, not to share the line with them');
  release();
  await page.locator('#q-age').waitFor();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /-later\.wasm$/.test(e.name)));
  assert.equal(later.length, 1, 'then asked for, once');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading', 'the first question has the focus');
  assert.equal(new Set(asked).size, asked.length, 'each module asked for once');
  assertNoProblems(withoutWorkerNotice(problems), 'first screen, then the questions after a slow module');
  await context.close();
});

test('when the app\'s module cannot be had, Start says so, and Try again brings the questions', async () => {
  const context = await contextWithoutWorker(browser, 'es-ES');
  const mend = await failRequests(context, isApp);
  const { page, problems } = await openApp(browser, { context });
  await page.getByRole('button', { name: 'Empezar' }).click();
  await assertFocusedMessage(page, 'No se pudo cargar esta parte del planificador', 'app module missing');
  // The message follows the language switch, and stays until the person tries again.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'This part of the planner could not be loaded' }).waitFor();
  await page.getByRole('button', { name: 'Español' }).click();

  mend();
  await page.getByRole('button', { name: 'Reintentar' }).click();
  await page.locator('#q-age').waitFor();
  assert.match(await page.locator('label[for="q-age"]').innerText(), /edad/, 'in the language chosen');
  const expected = (p) => /(app|chunk\d+)\.wasm|Failed to load resource/.test(p);
  assert.ok(problems.some((p) => /console error: .*\.wasm: HTTP 503/.test(p)), 'the console says why');
  assertNoProblems(withoutWorkerNotice(problems).filter((p) => !expected(p)), 'app module missing, then found');
  await context.close();
});
