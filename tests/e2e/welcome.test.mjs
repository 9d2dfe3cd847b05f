// The first screen of the release build: it loads, reads well in both languages, is
// accessible, and the console stays clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openApp, assertAccessible, assertFocusedMessage, assertNoProblems, holdRequests,
  contextWithoutWorker, withoutWorkerNotice, untilSaid,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the first screen names the product, promises privacy and leaves the decision to the provider', async () => {
  const { context, page, problems } = await openApp(browser);
  assert.equal(await page.locator('h1').textContent(), 'Microneedling care planner');
  const text = await page.locator('main').innerText();
  assert.match(text, /stay on this device/);
  assert.match(text, /not medical advice/i);
  assert.equal(await page.getByRole('button', { name: 'Start' }).isEnabled(), true);
  assert.equal(await page.title(), 'Microneedling care planner');
  await assertAccessible(page, 'welcome (en)');
  assertNoProblems(problems, 'welcome (en)');
  await context.close();
});

test('a Spanish browser gets Spanish, and the switch goes both ways', async () => {
  const { context, page, problems } = await openApp(browser, { locale: 'es-ES' });
  assert.match(await page.locator('h1').textContent(), /^Planificador/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  await assertAccessible(page, 'welcome (es)');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Microneedling care planner' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assertNoProblems(problems, 'welcome (es → en)');
  await context.close();
});

test('the first screen fits a 320 px wide phone without sideways scrolling', async () => {
  const { context, page } = await openApp(browser, { viewport: { width: 320, height: 640 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  const start = await page.getByRole('button', { name: 'Start' }).boundingBox();
  assert.ok(start.height >= 44 && start.width >= 44, `Start is ${start.width}×${start.height}`);
  await context.close();
});

test('the Spanish words are fetched only when Spanish is wanted, and only once', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const fetched = [];
  // The page's own requests: the service worker also fetches es.json, in the background, so
  // that Spanish works offline.
  context.on('request', (req) => {
    if (!req.serviceWorker() && new URL(req.url()).pathname.endsWith('/es.json')) fetched.push(req.url());
  });
  const { page, problems } = await openApp(browser, { context });
  assert.equal(fetched.length, 0, 'an English visit does not load the Spanish words');

  for (const round of [1, 2]) {
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: /^Planificador/ }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    assert.equal(fetched.length, 1, `round ${round}: es.json fetched once`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Microneedling care planner' }).waitFor();
  }
  assertNoProblems(problems, 'language switch');
  await context.close();
});

test('a Spanish file from another version is refused: the page stays in English and the console says why', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  await context.route('**/es.json', (route) => route.fulfill({ contentType: 'application/json', body: '[["app.name","Otro"]]' }));
  const { page, problems } = await openApp(browser, { context });
  await page.getByRole('button', { name: 'Español' }).click();
  for (let i = 0; i < 100 && problems.length === 0; i += 1) await page.waitForTimeout(20);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /console warning: careplanner: es\.json: .*key/);
  assert.equal(await page.locator('h1').textContent(), 'Microneedling care planner');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('a Spanish browser whose es.json cannot be had gets the app in English, not a blank page', async () => {
  const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 390, height: 844 } });
  await context.route('**/es.json', (route) => route.fulfill({ status: 404, body: '' }));
  const { page, problems } = await openApp(browser, { context });
  // index.html may draw its Spanish first screen before the app's code has run.
  await page.locator('.app:not([data-ahead]) h1').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Microneedling care planner');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.getByRole('button', { name: 'Start' }).isEnabled(), true);
  // The 404 itself, and the app's one warning that names the file.
  const expected = (p) => /es\.json|Failed to load resource/.test(p);
  assert.ok(problems.some((p) => /warning: careplanner: es\.json/.test(p)), 'the console says why');
  assertNoProblems(problems.filter((p) => !expected(p)), 'Spanish unavailable');
  await context.close();
});

test('a Spanish browser asks for the Spanish words alongside the clinic file, not after it', async () => {
  const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 390, height: 844 } });
  const events = [];
  // The clinic file answers only once the Spanish words have been asked for (or after 5 s),
  // so the order shows whether both requests were on their way at once.
  let spanishAsked;
  const asked = new Promise((resolve) => { spanishAsked = resolve; });
  context.on('request', (req) => {
    if (!req.serviceWorker() && new URL(req.url()).pathname.endsWith('/es.json')) { events.push('es.json asked'); spanishAsked(); }
  });
  await context.route('**/clinic.json', async (route) => {
    await Promise.race([asked, new Promise((resolve) => { setTimeout(resolve, 5000); })]);
    events.push('clinic.json answered');
    await route.continue();
  });
  const { page, problems } = await openApp(browser, { context });
  assert.match(await page.locator('h1').textContent(), /^Planificador/);
  assert.deepEqual(events.slice(0, 2), ['es.json asked', 'clinic.json answered']);
  assertNoProblems(problems, 'Spanish alongside the clinic file');
  await context.close();
});

test('the language switch says it is busy while the Spanish words are on their way', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const release = await holdRequests(context, '**/es.json');
  const { page, problems } = await openApp(browser, { context });
  await page.getByRole('button', { name: 'Español' }).click();
  await page.locator('#lang-switch[aria-busy="true"]').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Microneedling care planner', 'still English meanwhile');
  release();
  await page.getByRole('heading', { name: /^Planificador/ }).waitFor();
  await page.locator('#lang-switch:not([aria-busy])').waitFor();
  assertNoProblems(problems, 'busy language switch');
  await context.close();
});

test('the first screen does not wait for the questions\' words, nor does the first question; Next says it is busy until they are here', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  let asked = 0;
  const release = await holdRequests(context, '**/en.json', (request) => {
    if (!request.serviceWorker()) asked += 1;
  });
  const { page, problems } = await openApp(browser, { context });
  // The app's own first screen (index.html may draw one before the app's code runs).
  await page.locator('.app:not([data-ahead]) h1').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Microneedling care planner');
  assert.equal(asked, 1, 'the words were asked for at start-up');
  // The first step is drawn with its own words, while the other screens' are held back.
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  await page.getByLabel('How old are you?').fill('52');
  const width = async () => (await page.locator('#step-next').boundingBox()).width;
  const idle = await width();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#step-next[aria-busy="true"]').waitFor();
  assert.ok(Math.abs((await width()) - idle) < 0.5, 'the busy ring does not widen the button');
  release();
  await page.getByRole('heading', { name: 'Your health' }).waitFor();
  assert.equal(asked, 1, 'the step waited for the same request');
  assertNoProblems(problems, 'the first step waits for the words');
  await context.close();
});

test('when the questions\' words cannot be had, the app says so, and Try again brings them', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  let failing = true;
  // Only the page's own request fails: the service worker's copy for offline use is left alone.
  await context.route('**/en.json', (route) => (failing && !route.request().serviceWorker()
    ? route.fulfill({ status: 503, body: '' })
    : route.continue()));
  const { page, problems } = await openApp(browser, { context });
  await page.getByRole('button', { name: 'Start' }).click();
  await assertFocusedMessage(page, 'This part of the planner could not be loaded', 'words missing');
  assert.match(await page.locator('main').innerText(), /check your internet connection/);

  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  // The 503 itself, and the app's one warning that names the file.
  const expected = (p) => /en\.json|Failed to load resource/.test(p);
  assert.ok(problems.some((p) => /warning: careplanner: en\.json/.test(p)), 'the console says why');
  assertNoProblems(problems.filter((p) => !expected(p)), 'words missing, then found');
  await context.close();
});

test('a Spanish visit does not ask for the English words until English is chosen', async () => {
  const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 390, height: 844 } });
  const fetched = [];
  context.on('request', (req) => {
    if (!req.serviceWorker() && new URL(req.url()).pathname.endsWith('/en.json')) fetched.push(req.url());
  });
  const { page, problems } = await openApp(browser, { context });
  await page.getByRole('button', { name: 'Empezar' }).click();
  await page.getByRole('heading', { name: 'Sobre usted' }).waitFor();
  assert.equal(fetched.length, 0, 'the Spanish journey needs no English words');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  assert.equal(fetched.length, 1, 'asked for once English is chosen');
  assertNoProblems(problems, 'Spanish, then English');
  await context.close();
});

test('the clinic\'s file is asked for by the page itself, once, while the app\'s code is on its way', async () => {
  // Without the service worker, which would answer from its own copy after the first visit.
  const context = await contextWithoutWorker(browser);
  const asked = [];
  let wasmDone = null;
  context.on('request', (req) => {
    if (new URL(req.url()).pathname.endsWith('/clinic.json')) asked.push(Date.now());
  });
  context.on('requestfinished', (req) => {
    if (/_bg\.wasm$/.test(new URL(req.url()).pathname)) wasmDone = Date.now();
  });
  await context.route('**/clinic.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: JSON.stringify({ name: 'Clínica Sol' }),
  }));
  const { page, problems } = await openApp(browser, { context });
  await page.getByText('Clínica Sol').waitFor();
  assert.equal(asked.length, 1, 'one request: the app took the one the page started');
  assert.ok(wasmDone !== null && asked[0] <= wasmDone, 'asked for before the first module had arrived');
  assertNoProblems(withoutWorkerNotice(problems), 'the clinic file asked for early');
  await context.close();
});

test('a clinic file that cannot be fetched at all still opens the planner, and says why', async () => {
  const context = await contextWithoutWorker(browser);
  await context.route('**/clinic.json', (route) => route.abort('failed'));
  const { page, problems } = await openApp(browser, { context });
  await page.getByRole('button', { name: 'Start' }).waitFor();
  assert.ok(await untilSaid(problems, (ps) => ps.some((p) => /careplanner clinic config/.test(p))),
    'the console says the file could not be read');
  assert.ok(!problems.some((p) => /Uncaught|page error/.test(p)), 'and nothing is left unhandled');
  await context.close();
});
