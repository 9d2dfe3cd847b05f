// The app's own module (the questions and the result, with Yew): the first screen is drawn
// without it, Start draws the first question before it is here (the app takes it over), and
// a failed load says so and can be tried again. The
// service worker is blocked here (contextWithoutWorker), so that these routes see every request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openApp, assertFocusedMessage, assertNoProblems, assertAccessible,
  contextWithoutWorker, withoutWorkerNotice, holdRequests, failRequests, fillStepDrawnAhead,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The app's module and the chunk it shares with the plan's: both are needed for the questions.
const APP = /\/careplanner-[0-9a-f]+-(app|chunk\d+)\.wasm$/;
const isApp = (url) => APP.test(new URL(url).pathname);

test('the first screen works without the app\'s module, and Start draws the first question at once', async () => {
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

  // The module is still held back: the first question is there anyway, focused, answerable,
  // and keeps what was typed through Back and Start, and through the language switch.
  await fillStepDrawnAhead(page, 'the first step, drawn before the app\'s module');
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('heading', { name: 'Sobre usted' }).waitFor();
  assert.equal(await page.getByLabel('¿Qué edad tiene?').inputValue(), '34');
  assert.ok(await page.getByLabel('Recordar en este dispositivo').isChecked());
  await page.getByRole('button', { name: 'English' }).click();
  // Next waits for the module, and says so.
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#step-next[aria-busy="true"]').waitFor();
  assert.equal(later.length, 0, 'the plan\'s module waits until the questions are up, not to share the line with them');
  assert.equal(new URL(page.url()).search, '', 'the form was not sent anywhere');

  // The app takes the step over and goes on, with the answer and the box.
  release();
  await page.getByRole('heading', { name: 'Your health' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading', 'the next step has the focus');
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /-later\.wasm$/.test(e.name)));
  assert.equal(later.length, 1, 'then asked for, once');
  await page.getByRole('button', { name: 'Back' }).click();
  assert.equal(await page.getByLabel('How old are you?').inputValue(), '34', 'the answer typed before the app came');
  assert.ok(await page.getByLabel('Remember on this device').isChecked(), 'and the box ticked');
  assert.equal(new Set(asked).size, asked.length, 'each module asked for once');
  assertNoProblems(withoutWorkerNotice(problems), 'first screen, then the questions before a slow module');
  await context.close();
});

test('typing in the first question while the app\'s module arrives loses nothing', async () => {
  const context = await contextWithoutWorker(browser, 'es-ES');
  const release = await holdRequests(context, isApp);
  const { page, problems } = await openApp(browser, { context });
  await page.getByRole('button', { name: 'Empezar' }).click();
  const field = page.getByLabel('¿Qué edad tiene?');
  await field.fill('4');
  await page.evaluate(() => { window.drawnAhead = document.getElementById('q-age'); });
  release();
  // The app's own field replaces the drawn one: same value, still focused, in the same place.
  await page.waitForFunction(() => {
    const now = document.getElementById('q-age');
    return now && now !== window.drawnAhead;
  });
  assert.equal(await field.inputValue(), '4');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q-age', 'the field keeps the focus');
  await page.keyboard.press('End');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Su salud' }).waitFor();
  await page.getByRole('button', { name: 'Atrás' }).click();
  assert.equal(await field.inputValue(), '41', 'the app heard the rest of the typing');
  assertNoProblems(withoutWorkerNotice(problems), 'typing while the module arrives');
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
