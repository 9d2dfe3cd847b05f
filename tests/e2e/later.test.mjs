// The second wasm module (the plan, the provider summary, keeping and sharing): not part of
// the first load, asked for once on Start, waited for by "Plan my sessions", and a clear way
// back when it cannot be had. The service worker is blocked here, so that every request is
// the page's own and reaches the network (and these routes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, assertAccessible, assertNoProblems } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LATER = '**/careplanner-*-later.wasm';
const isLater = (url) => /\/careplanner-[0-9a-f]+-later\.wasm$/.test(new URL(url).pathname);

// Playwright's own notice that the service worker is blocked, which these tests ask for.
const ours = (problems) => problems.filter((p) => !/Service Worker registration blocked by Playwright/.test(p));

async function newContext(locale = 'en-US') {
  return browser.newContext({ locale, viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
}

test('the first screen loads without the plan\'s module, Start asks for it once, and the plan uses it', async () => {
  const context = await newContext();
  const asked = [];
  context.on('request', (req) => { if (isLater(req.url())) asked.push(req.url()); });
  const { page, problems } = await openApp(browser, { context });
  await page.locator('#start:not([aria-busy])').waitFor();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('heading', { name: 'Planificador de cuidados para microneedling' }).waitFor();
  assert.equal(asked.length, 0, 'the first screen, in either language, does without it');

  await completeJourney(page, { age: 40 });
  await page.waitForFunction(() => document.querySelector('.keep'));
  assert.equal(asked.length, 1, 'asked for on Start, once');
  await page.locator('#plan-sessions').click();
  await page.locator('#first-date').waitFor();
  assert.equal(asked.length, 1, 'the plan used the module Start brought');
  assertNoProblems(ours(problems), 'first screen, questions, plan');
  await context.close();
});

test('while the plan\'s module is on its way, the result waits for it and Plan my sessions says it is busy', async () => {
  const context = await newContext();
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await context.route(LATER, async (route) => { await released; await route.continue(); });
  const { page, problems } = await openApp(browser, { context });
  await completeJourney(page, { age: 40 });
  assert.equal(await page.locator('.keep').count(), 0, 'keeping and sharing come with the module');
  await page.locator('#plan-sessions').click();
  await page.locator('#plan-sessions[aria-busy="true"]').waitFor();
  release();
  await page.locator('#first-date').waitFor();
  await page.locator('.keep').waitFor();
  assertNoProblems(ours(problems), 'plan after a slow module');
  await context.close();
});

test('when the plan\'s module cannot be had, the plan says so, nothing is lost, and Try again brings it', async () => {
  const context = await newContext('es-ES');
  let failing = true;
  await context.route(LATER, (route) => (failing
    ? route.fulfill({ status: 503, body: '' })
    : route.continue()));
  const { page, problems } = await openApp(browser, { context });
  await completeJourney(page, { age: 40 });
  await page.locator('#plan-sessions').click();
  const heading = page.getByRole('heading', { name: 'No se pudo cargar esta parte del planificador' });
  await heading.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading', 'the message has the focus');
  await assertAccessible(page, 'plan module missing');

  failing = false;
  await page.getByRole('button', { name: 'Reintentar' }).click();
  await page.locator('#first-date').waitFor();
  // Back to the result: the answers are still there.
  await page.getByRole('button', { name: 'Volver a mi resultado' }).click();
  await page.locator('.verdict').waitFor();
  // The 503 itself, and the loader's report that names the file.
  assert.ok(problems.some((p) => /console error: .*later\.wasm: HTTP 503/.test(p)), 'the console says why');
  const expected = (p) => /later\.wasm|Failed to load resource/.test(p);
  assertNoProblems(ours(problems).filter((p) => !expected(p)), 'plan module missing, then found');
  await context.close();
});
