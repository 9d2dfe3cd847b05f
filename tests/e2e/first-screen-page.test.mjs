// The first screen and the first step drawn by index.html itself (its templates, written from
// the shell's markup by tests/first_screen_page.rs), before the first module has arrived, for
// a fresh page with a clinic file of notes only; and the shell taking them over with what the
// person did there. The first module is held back here, so what shows is the page's alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL, launch, openApp, assertAccessible, assertNoProblems, contextWithoutWorker,
  withoutWorkerNotice, holdRequests, fillStepDrawnAhead,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The first module: the shell, which draws the page when index.html does not.
const FIRST = /\/careplanner-[0-9a-f]+_bg\.wasm$/;
const isFirst = (url) => FIRST.test(new URL(url).pathname);

/// Notes in `window.__drawnAhead` whether the page's own script ever showed its drawing (it
/// puts it in the page once the clinic's file says it may), and in
/// `window.__codeBeforeShown` whether the app's code had run by the time it first did.
async function watchDrawnAhead(context) {
  await context.addInitScript(() => {
    window.__drawnAhead = false;
    new MutationObserver(() => {
      if (window.__drawnAhead || !document.querySelector('.app[data-ahead]')) return;
      window.__drawnAhead = true;
      window.__codeBeforeShown = window.wasmBindings !== undefined;
    }).observe(document, { subtree: true, childList: true });
  });
}

test('the page draws the first screen and step before the first module, and the app goes on from them', async () => {
  const context = await contextWithoutWorker(browser);
  const release = await holdRequests(context, isFirst);
  const sent = [];
  context.on('request', (request) => { if (new URL(request.url()).search.includes('q-')) sent.push(request.url()); });
  const { page, problems } = await openApp(browser, { context });
  await page.getByRole('heading', { name: 'Microneedling care planner', level: 1 }).waitFor();
  assert.equal(await page.locator('.app[data-ahead="en"]').count(), 1, 'shown by the page, not yet the app');
  assert.equal(await page.title(), 'Microneedling care planner');
  await assertAccessible(page, 'the first screen drawn by the page');

  await fillStepDrawnAhead(page, 'the first step drawn by the page');
  // Next (Enter in the field) waits for the app, and says so; the form is never sent.
  await page.getByLabel('How old are you?').press('Enter');
  await page.locator('#step-next[aria-busy="true"]').waitFor();
  assert.equal(new URL(page.url()).search, '', 'the answers stay out of the address');
  assert.deepEqual(sent, [], 'no request carries an answer');

  // The first module comes: the shell takes the page over, the app goes on with the answer.
  release();
  await page.getByRole('heading', { name: 'Your health' }).waitFor();
  assert.equal(await page.locator('.app').count(), 1, 'one page, drawn over');
  assert.equal(await page.locator('.app[data-ahead]').count(), 0, 'the page\'s script has let go');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  assert.equal(await page.getByLabel('How old are you?').inputValue(), '34', 'the answer typed before the app');
  assert.ok(await page.getByLabel('Remember on this device').isChecked(), 'the box ticked before the app');
  assertNoProblems(withoutWorkerNotice(problems), 'drawn by the page, then the app');
  await context.close();
});

test('the page draws in Spanish for a Spanish browser; a language pressed there is the app\'s to switch to', async () => {
  const context = await contextWithoutWorker(browser, 'es-ES');
  const release = await holdRequests(context, isFirst);
  const { page, problems } = await openApp(browser, { context });
  await page.getByRole('heading', { name: 'Planificador de cuidados para microneedling', level: 1 }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  await page.locator('#start').click();
  await page.getByLabel('¿Qué edad tiene?').fill('51');
  // Typing on when the app comes: the focus stays in the field.
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('#lang-switch[aria-busy="true"]').waitFor();
  await page.getByLabel('¿Qué edad tiene?').focus();
  release();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.getByLabel('How old are you?').inputValue(), '51');
  // The app takes the step over just after the shell has drawn it in English: by then, the
  // focus is in the field again.
  await page.locator('.app:not([data-ahead]) #lang-switch:not([aria-busy])').waitFor();
  const focused = await page.waitForFunction(() => document.activeElement?.id === 'q-age', null, { timeout: 5000 })
    .then(() => true, () => false);
  assert.ok(focused, 'the focus stays in the field');
  assertNoProblems(withoutWorkerNotice(problems), 'Spanish, switched to English');
  await context.close();
});

test('the page leaves to the app what may differ: a clinic\'s file with settings, a saved journey, a link, a query', async () => {
  const cases = [
    ['a clinic file with a name', '', async (context) => {
      await context.route(/\/clinic\.json$/, (route) => route.fulfill({
        contentType: 'application/json', body: JSON.stringify({ name: 'Clínica Sol' }),
      }));
    }, 'Clínica Sol'],
    ['a saved journey', '', async (context) => {
      await context.addInitScript(() => localStorage.setItem('careplanner.saved', '{}'));
    }, null],
    ['a query', '?embed', async () => {}, null],
    ['a fragment', '#s=anything', async () => {}, null],
  ];
  for (const [what, path, prepare, brand] of cases) {
    const context = await contextWithoutWorker(browser);
    await watchDrawnAhead(context);
    await prepare(context);
    const release = await holdRequests(context, isFirst);
    const page = await context.newPage();
    const clinicFile = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/clinic.json'));
    await page.goto(new URL(path, BASE_URL).href);
    await clinicFile;
    // Whatever the page's script does with the file happens in the tasks after its response.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    assert.equal(await page.locator('.app').count(), 0, `${what}: nothing shown before the app`);
    release();
    await page.locator('.app').waitFor();
    assert.equal(await page.evaluate(() => window.__drawnAhead), false, `${what}: never shown by the page`);
    assert.equal(await page.locator('#main').count(), 1, `${what}: one page, the app's`);
    if (brand) await page.locator('.brand', { hasText: brand }).waitFor();
    await context.close();
  }
});

test('the app\'s code runs once the page\'s own first screen is shown, and at once where there is none', async () => {
  // While the clinic's file is on its way, nothing is drawn yet, and the app's code waits
  // though its files are here: its arrival would hold back the frame showing the drawing.
  const context = await contextWithoutWorker(browser);
  await watchDrawnAhead(context);
  const release = await holdRequests(context, /\/clinic\.json$/);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  await page.goto(BASE_URL);
  await page.waitForFunction(() => performance.getEntriesByType('resource')
    .some((entry) => /careplanner-[0-9a-f]+_bg\.wasm$/.test(entry.name) && entry.responseEnd > 0));
  // Long enough for the glue to start the module, as it did at once before it waited.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'the app\'s code waits');
  assert.equal(await page.locator('.app').count(), 0, 'nothing drawn before the clinic\'s file');
  release();
  await page.locator('.app:not([data-ahead]) #start').waitFor();
  assert.equal(await page.evaluate(() => window.__drawnAhead), true, 'the page showed its drawing');
  assert.equal(await page.evaluate(() => window.__codeBeforeShown), false, 'the app\'s code ran after it was shown');
  assert.deepEqual(problems, [], 'the app after the page\'s first screen');
  await context.close();

  // A page whose drawing cannot be made (here, one without its templates) is the app's at once.
  const bare = await contextWithoutWorker(browser);
  await bare.route((url) => new URL(url).pathname === '/' || new URL(url).pathname.endsWith('/index.html'), async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<template[\s\S]*?<\/template>/g, '');
    await route.fulfill({ response, body });
  });
  const opened = await openApp(browser, { context: bare });
  await opened.page.getByRole('heading', { name: 'Microneedling care planner', level: 1 }).waitFor();
  await opened.page.locator('.app:not([data-ahead]) #start').waitFor();
  assert.equal(await opened.page.locator('template').count(), 0, 'the page had no templates');
  await bare.close();
});
