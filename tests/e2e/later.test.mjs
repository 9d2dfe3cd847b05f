// The second wasm module (the plan, the provider summary, keeping and sharing): not part of
// the first load, asked for once on Start, waited for by "Plan my sessions", and a clear way
// back when it cannot be had. The service worker is blocked here (contextWithoutWorker), so
// that these routes see every request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openApp, assertFocusedMessage, assertNoProblems,
  contextWithoutWorker, withoutWorkerNotice, holdRequests, failRequests,
} from './helpers.mjs';
import { completeJourney } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LATER = '**/careplanner-*-later.wasm';
const isLater = (url) => /\/careplanner-[0-9a-f]+-later\.wasm$/.test(new URL(url).pathname);

test('the first screen loads without the plan\'s module, Start asks for it once, and the plan uses it', async () => {
  const context = await contextWithoutWorker(browser);
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
  assertNoProblems(withoutWorkerNotice(problems), 'first screen, questions, plan');
  await context.close();
});

test('while the plan\'s module is on its way, the result waits for it and Plan my sessions says it is busy', async () => {
  const context = await contextWithoutWorker(browser);
  const release = await holdRequests(context, LATER);
  const { page, problems } = await openApp(browser, { context });
  await completeJourney(page, { age: 40 });
  assert.equal(await page.locator('.keep').count(), 0, 'keeping and sharing come with the module');
  await page.locator('#plan-sessions').click();
  await page.locator('#plan-sessions[aria-busy="true"]').waitFor();
  release();
  await page.locator('#first-date').waitFor();
  await page.locator('.keep').waitFor();
  assertNoProblems(withoutWorkerNotice(problems), 'plan after a slow module');
  await context.close();
});

test('when the plan\'s module cannot be had, the plan says so, nothing is lost, and Try again brings it', async () => {
  const context = await contextWithoutWorker(browser, 'es-ES');
  const mend = await failRequests(context, LATER);
  const { page, problems } = await openApp(browser, { context });
  await completeJourney(page, { age: 40 });
  await page.locator('#plan-sessions').click();
  await assertFocusedMessage(page, 'No se pudo cargar esta parte del planificador', 'plan module missing');

  mend();
  await page.getByRole('button', { name: 'Reintentar' }).click();
  await page.locator('#first-date').waitFor();
  // Back to the result: the answers are still there.
  await page.getByRole('button', { name: 'Volver a mi resultado' }).click();
  await page.locator('.verdict').waitFor();
  // The 503 itself, and the loader's report that names the file.
  assert.ok(problems.some((p) => /console error: .*later\.wasm: HTTP 503/.test(p)), 'the console says why');
  const expected = (p) => /later\.wasm|Failed to load resource/.test(p);
  assertNoProblems(withoutWorkerNotice(problems).filter((p) => !expected(p)), 'plan module missing, then found');
  await context.close();
});
