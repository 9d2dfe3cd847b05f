// The configurator (configure.html), as a clinic's staff use it: filled from empty, it
// downloads a clinic.json with which the app shows the clinic's name, colours and numbers; an
// existing file with problems of three kinds shows each at its field, in the app's own words;
// the preview is the real app with the draft in force; all of it passes axe, in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openApp, assertAccessible, assertNoProblems, serveFolder, untilControlled } from './helpers.mjs';
import { completeJourney, answerStep, next } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const preview = (page) => page.frameLocator('#preview');

test('a clinic fills the configurator from empty and the app runs on the file it downloads', async () => {
  const { context, page, problems } = await openApp(browser, { path: 'configure.html', viewport: { width: 1280, height: 900 } });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  assert.match(await page.locator('#cfg-summary').innerText(), /No problems/);
  await page.locator('#f-name').fill('Clínica Norte');
  await page.locator('#f-phone').fill('+34 911 234 567');
  await page.locator('#f-email').fill('citas@clinica-norte.example');
  await page.locator('#f-website').fill('https://clinica-norte.example');
  // A yellow is refused as they type, and why; a dark plum passes.
  await page.locator('#f-colors-accent').fill('#ffd700');
  await page.locator('#f-colors-accent-problems', { hasText: 'contrast of 1.30:1' }).waitFor();
  assert.equal(await page.locator('#f-colors-accent').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#f-colors-accent').getAttribute('aria-describedby'), /f-colors-accent-problems/);
  await page.locator('#f-colors-accent').fill('#7a1f5c');
  await page.locator('#f-colors-accent-problems').waitFor({ state: 'detached' });
  // The embedded sheet's colour: a dark one is refused, saying which text would not read on it.
  await page.locator('#f-colors-background').fill('#14181c');
  await page.locator('#f-colors-background-problems', { hasText: /as the embedded planner's background, under text in #7a1f5c, has a contrast of 1\.\d\d:1/ }).waitFor();
  await page.locator('#f-colors-background').fill('#fdf8f3');
  await page.locator('#f-colors-background-problems').waitFor({ state: 'detached' });
  await page.locator('#f-default-language').selectOption('en');
  await page.locator('#f-embed-origins').fill('https://www.clinica-norte.example');
  await page.locator('#f-share-page').fill('https://www.clinica-norte.example/microneedling');
  await page.locator('#f-settings-sessions-default').fill('3');
  await page.locator('#f-settings-isotretinoin-months').fill('12');
  // The disagreement note names the value in force.
  assert.match(await page.locator('#f-settings-isotretinoin-months-hint').innerText(), /12 months/);
  assert.match(await page.locator('#cfg-summary').innerText(), /No problems/);
  // The preview is the real app, with the draft in force.
  await preview(page).locator('.brand', { hasText: 'Clínica Norte' }).waitFor();
  // The preview reloads on each change, so the one with the name may still be an earlier draft
  // than the one with the colour: poll until the latest is in (or the wait runs out).
  const accentOf = () => preview(page).locator('html')
    .evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim())
    .catch(() => '');
  let previewAccent = await accentOf();
  for (let tries = 0; tries < 100 && previewAccent !== '#7a1f5c'; tries += 1) {
    await page.waitForTimeout(100);
    previewAccent = await accentOf();
  }
  assert.equal(previewAccent, '#7a1f5c');
  await page.locator('#cfg-screen-plan').check();
  await preview(page).locator('#session-count, .phase-plan').first().waitFor();
  // A change on a later screen opens that screen again with it in force.
  await page.locator('#f-name').fill('Clínica Norte Madrid');
  await preview(page).locator('.brand', { hasText: 'Clínica Norte Madrid' }).waitFor();
  await preview(page).locator('#session-count, .phase-plan').first().waitFor();
  await page.locator('#f-name').fill('Clínica Norte');
  await assertAccessible(page, 'the filled configurator');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cfg-download').click()]);
  assert.equal(download.suggestedFilename(), 'clinic.json');
  const written = await readFile(await download.path(), 'utf8');
  assert.equal(written, await page.locator('#cfg-json').inputValue(), 'the file is the text shown');
  // The snippet and the header are ready to copy.
  assert.match(await page.locator('#cfg-snippet').inputValue(), /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" data-careplanner=/);
  assert.equal(await page.locator('#cfg-header').inputValue(), "Content-Security-Policy: frame-ancestors 'self' https://www.clinica-norte.example");
  assert.deepEqual(JSON.parse(written).embed_origins, ['https://www.clinica-norte.example']);
  assert.equal(JSON.parse(written).share_page, 'https://www.clinica-norte.example/microneedling');
  assert.equal(JSON.parse(written).colors.background, '#fdf8f3');
  // Nothing left the device: every request was for the app's own files.
  const origin = new URL(page.url()).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assertNoProblems(problems, 'the configurator');
  await context.close();

  // The app served with that file.
  const site = await serveFolder({ override: (path, body) => (path === '/clinic.json' ? written : body) });
  try {
    const app = await openApp(browser, { path: site.url });
    assert.match(await app.page.locator('.brand').innerText(), /Clínica Norte/);
    const accent = await app.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    assert.equal(accent, '#7a1f5c');
    await completeJourney(app.page, { age: 36 });
    await app.page.locator('#plan-sessions').click();
    await app.page.locator('#session-count').waitFor();
    assert.equal(await app.page.locator('#session-count').inputValue(), '3', 'the clinic\'s number of sessions');
    await app.context.close();
    // Embedded, the screens sit on the clinic's sheet; the frame around it stays transparent.
    const embedded = await openApp(browser, { path: `${site.url}?embed` });
    await embedded.page.locator('html.embedded #start').waitFor();
    const colours = await embedded.page.evaluate(() => ({
      sheet: getComputedStyle(document.querySelector('.app')).backgroundColor,
      around: getComputedStyle(document.body).backgroundColor,
    }));
    assert.deepEqual(colours, { sheet: 'rgb(253, 248, 243)', around: 'rgba(0, 0, 0, 0)' });
    await embedded.context.close();
  } finally {
    await site.close();
  }
});

test('a clinic adds a question and a care step and switches a step off; the app asks and plans them', async () => {
  const { context, page, problems } = await openApp(browser, { path: 'configure.html', viewport: { width: 1280, height: 900 } });
  await page.locator('#f-name').fill('Clínica Norte');
  await page.locator('#f-questions-add').click();
  await page.locator('#f-questions-0-id').fill('sunbed_recent');
  await page.locator('#f-questions-0-step').selectOption('skin');
  await page.locator('#f-questions-0-text-en').fill('Have you used a sunbed in the last month?');
  await page.locator('#f-questions-0-text-es').fill('¿Ha usado una cama solar en el último mes?');
  await page.locator('#f-questions-0-effect').selectOption('consult');
  await page.locator('#f-questions-0-finding-en').fill('Tell the clinic about the sunbed before you book.');
  await page.locator('#f-questions-0-finding-es').fill('Cuente a la clínica lo de la cama solar antes de reservar.');
  await page.locator('#f-care-steps-add').click();
  await page.locator('#f-care-steps-0-id').fill('no_sauna');
  await page.locator('#f-care-steps-0-title-en').fill('No sauna or swimming');
  await page.locator('#f-care-steps-0-title-es').fill('Sin sauna ni piscina');
  // Half a window is refused at the item, as they type, and the whole window passes.
  await page.locator('#f-care-steps-0-from').fill('1');
  await page.locator('#f-care-steps-0-problems', { hasText: /The planner says/ }).waitFor();
  assert.match(await page.locator('#f-care-steps-0-from').getAttribute('aria-describedby'), /f-care-steps-0-timing-hint f-care-steps-0-problems/);
  await page.locator('#f-care-steps-0-to').fill('5');
  await page.locator('#f-care-steps-0-text-en').fill('Stay out of saunas and swimming pools for 5 days.');
  await page.locator('#f-care-steps-0-text-es').fill('Evite la sauna y la piscina durante 5 días.');
  await page.locator('#f-care-steps-0-problems').waitFor({ state: 'detached' });
  await page.locator('#f-care-steps-0-phase').selectOption('early_days');
  await page.locator('#f-care-steps-0-reminder').check();
  assert.equal(await page.locator('#f-switches-numbing').isChecked(), true, 'a built-in step is used by default');
  await page.locator('#f-switches-numbing').uncheck();
  await page.locator('#cfg-summary', { hasText: /No problems/ }).waitFor();
  await assertAccessible(page, 'the configurator with content');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cfg-download').click()]);
  const written = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(written);
  assert.deepEqual(file.switches, { numbing: false });
  assert.equal(file.questions[0].id, 'sunbed_recent');
  assert.deepEqual([file.care_steps[0].from, file.care_steps[0].to, file.care_steps[0].reminder], [1, 5, true]);
  assertNoProblems(problems, 'the configurator with content');
  await context.close();

  const site = await serveFolder({ override: (path, body) => (path === '/clinic.json' ? written : body) });
  try {
    const app = await openApp(browser, { path: site.url });
    await app.page.locator('#start').click();
    let asked = null;
    for (let guard = 0; guard < 12 && (await app.page.locator('.verdict').count()) === 0; guard += 1) {
      await app.page.locator('h1#screen-heading').waitFor();
      if ((await app.page.locator('.verdict').count()) > 0) break;
      if (await app.page.locator('input[name="q-sunbed_recent"], #q-sunbed_recent').count()) {
        asked = (await app.page.locator('main form').innerText());
      }
      await answerStep(app.page, { age: 36, sunbed_recent: false });
      await next(app.page);
    }
    assert.match(asked ?? '', /Have you used a sunbed in the last month\?/, 'the clinic question is asked');
    await app.page.locator('#plan-sessions').click();
    await app.page.locator('.phase-plan').waitFor();
    await app.page.locator('.phase-plan details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    const plan = await app.page.locator('.phase-plan').innerText();
    assert.match(plan, /Stay out of saunas and swimming pools for 5 days/);
    assert.doesNotMatch(plan, /numbing cream/i, 'numbing is switched off');
    assertNoProblems(app.problems, 'the app on the configured content');
    await app.context.close();
  } finally {
    await site.close();
  }
});

const WRONG_CONTENT = JSON.stringify({
  questions: [{ id: 'sunbed_recent', step: 'skin', text: { en: 'Have you used a sunbed?' }, effect: 'consult', finding: { en: 'Tell us.', es: 'Díganos.' } }],
  care_steps: [{ id: 'no_sauna', title: { en: 'No sauna', es: 'Sin sauna' }, text: { en: 'No sauna.', es: 'Sin sauna.' }, day: 3, phase: 'getting_ready' }],
});
const CONTENT_WORDS = {
  'en-US': { phase: /the phase "Getting ready" \("getting_ready"\) cannot hold a step that begins on day 3 from the session/, missing: /is missing; the en text is shown/ },
  'es-ES': { phase: /la fase «Preparación» \(«getting_ready»\) no puede contener un paso que empieza el día 3 desde la sesión/, missing: /falta; se muestra el texto en en/ },
};

for (const [locale, words] of Object.entries(CONTENT_WORDS)) {
  test(`an opened file's content mistakes show at their fields, and a fix clears them (${locale})`, async () => {
    const { context, page, problems } = await openApp(browser, { path: 'configure.html', locale });
    await page.locator('#cfg-file').setInputFiles({ name: 'clinic.json', mimeType: 'application/json', buffer: Buffer.from(WRONG_CONTENT) });
    await page.locator('#cfg-opened', { hasText: 'clinic.json' }).waitFor();
    // The wrong value is in its control, with the problem under it, linked.
    assert.equal(await page.locator('#f-care-steps-0-phase').inputValue(), 'getting_ready');
    assert.match(await page.locator('#f-care-steps-0-phase-problems').innerText(), words.phase);
    assert.match(await page.locator('#f-care-steps-0-phase').getAttribute('aria-describedby'), /f-care-steps-0-phase-problems/);
    assert.equal(await page.locator('#f-care-steps-0-phase').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#f-questions-0-text-es-problems').innerText(), words.missing);
    assert.match(await page.locator('#f-questions-0-text-es').getAttribute('aria-describedby'), /f-questions-0-text-es-problems/);
    assert.equal(await page.locator('#cfg-file-problems li').count(), 0, 'nothing is left for the top');
    await assertAccessible(page, `the configurator with content mistakes (${locale})`);
    await page.locator('#f-care-steps-0-phase').selectOption('early_days');
    await page.locator('#f-care-steps-0-phase-problems').waitFor({ state: 'detached' });
    await page.locator('#f-questions-0-text-es').fill('¿Ha usado una cama solar?');
    await page.locator('#f-questions-0-text-es-problems').waitFor({ state: 'detached' });
    assertNoProblems(problems, 'the configurator with content mistakes');
    await context.close();
  });
}

const BROKEN = `{
  "name": "Clínica Sur",
  "phone": "12",
  "colors": { "accent": "#ffd700" },
  "settings": { "isotretinoin_months": 30, "sessions_min": 5, "sessions_default": 2 },
  "colours": { "accent": "#123456" }
}`;

// Each problem in the page's language, at its field: the parser's kind of problem, in words.
const IN_WORDS = {
  'en-US': {
    says: /The planner says/,
    phone: /has 2 digits; a phone number has 5 to 15; the default is used/,
    accent: /contrast of 1\.30:1/,
    range: /30 is outside the allowed range 0 to 24 months; the default 6 is used/,
    order: /sessions_min ≤ sessions_default ≤ sessions_max must be in this order/,
    file: /colours: unknown field \(did you mean "colors"\?\)/,
  },
  'es-ES': {
    says: /El planificador dice/,
    phone: /tiene 2 dígitos; un número de teléfono tiene de 5 a 15; se usa el valor predeterminado/,
    accent: /contraste de 1,30:1/,
    range: /30 está fuera del intervalo permitido, de 0 a 24 meses; se usa el valor predeterminado, 6/,
    order: /sessions_min ≤ sessions_default ≤ sessions_max deben ir en este orden/,
    file: /colours: campo desconocido \(¿quería decir "colors"\?\)/,
  },
};

for (const [locale, words] of Object.entries(IN_WORDS)) {
  test(`an existing file with problems of three kinds shows each at its field (${locale})`, async () => {
    const { context, page, problems } = await openApp(browser, { path: 'configure.html', locale });
    await page.locator('#cfg-file').setInputFiles({ name: 'clinic.json', mimeType: 'application/json', buffer: Buffer.from(BROKEN) });
    await page.locator('#cfg-opened', { hasText: 'clinic.json' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'cfg-opened', 'the report has the focus');
    assert.equal(await page.locator('#f-name').inputValue(), 'Clínica Sur', 'the good field is in the form');
    // A value the rules refuse, a colour too pale, a setting out of range, and an order broken.
    const at = async (id, text) => {
      const box = page.locator(`#${id}-problems`);
      await box.waitFor();
      assert.match(await box.innerText(), words.says);
      assert.match(await box.innerText(), text);
      assert.equal(await box.locator('[lang]').count(), 0, 'the problem is in the page\'s language, not marked as another');
    };
    await at('f-phone', words.phone);
    await at('f-colors-accent', words.accent);
    await at('f-settings-isotretinoin-months', words.range);
    await at('f-settings', words.order);
    // The unknown field has no place in the form: the report names it.
    assert.match(await page.locator('#cfg-file-problems').innerText(), words.file);
    assert.doesNotMatch(await page.locator('body').innerText(), /en inglés|in English/);
    await assertAccessible(page, `the configurator with problems (${locale})`);
    // Fixing a field clears its problem.
    await page.locator('#f-phone').fill('+34 911 234 567');
    await page.locator('#f-phone-problems').waitFor({ state: 'detached' });
    assertNoProblems(problems, 'the configurator with a broken file');
    await context.close();
  });
}

test('a patient never fetches the configurator; once staff open it, it works offline', async () => {
  const { context, page, problems } = await openApp(browser);
  const fetched = [];
  context.on('request', (r) => fetched.push(r.url()));
  await untilControlled(page);
  const { completeJourney: journey } = await import('./journey.mjs');
  await journey(page, { age: 36 });
  // The worker's install and the journey: not one of the configurator's files.
  assert.deepEqual(fetched.filter((u) => /\/configure[.-]/.test(u)), []);
  const cachedBefore = await page.evaluate(async () => {
    const names = await caches.keys();
    const hits = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)));
    return hits.flat().filter((u) => /\/configure[.-]/.test(u));
  });
  assert.deepEqual(cachedBefore, [], 'nothing of the configurator in a patient\'s caches');
  assertNoProblems(problems, 'the patient');

  // Staff open it once; the worker keeps its files.
  await page.goto(new URL('configure.html', page.url()).href);
  await page.locator('#cfg-heading').waitFor();
  await page.waitForFunction(async () => {
    const names = await caches.keys();
    const hits = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)));
    return hits.flat().filter((u) => /\/configure[.-]/.test(u)).length >= 4;
  });
  await context.setOffline(true);
  await page.reload();
  await page.locator('#cfg-heading').waitFor();
  await page.locator('#f-name').fill('Clínica Norte');
  await page.frameLocator('#preview').locator('.brand', { hasText: 'Clínica Norte' }).waitFor();
  await context.close();
});
