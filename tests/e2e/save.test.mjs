// "Remember on this device", the provider summary and the FHIR download in the release build:
// opt in and resume, forget, unreadable saved data, nothing stored when saving is off, the
// printed summary's text, and the downloaded QuestionnaireResponse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openApp, assertAccessible, assertNoProblems } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

const KEY = 'careplanner.saved';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// From the first screen to the plan, answering "nothing to report" with the given age.
async function toPlan(page, answers = { age: 35 }) {
  await completeJourney(page, answers);
  await page.locator('#plan-sessions').click();
  await page.locator('.phase-plan .session-title').first().waitFor();
}

const sessions = (page) => page.locator('.print-sessions li').allTextContents();
const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/// Everything a page could have left behind in the browser's storage.
const footprint = (page) => page.evaluate(async () => ({
  local: localStorage.length,
  session: sessionStorage.length,
  cookies: document.cookie,
  databases: (await indexedDB.databases()).length,
}));

test('opting in keeps the plan: a reload resumes on it with the same dates', async () => {
  const { context, page, problems } = await openApp(browser);
  await toPlan(page);
  assert.equal(await page.locator('#remember').isChecked(), false, 'off by default');
  await page.locator('#remember').check();
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  const dates = await sessions(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Plan your sessions' }).waitFor();
  assert.deepEqual(await sessions(page), dates);
  assert.equal(await page.locator('#remember').isChecked(), true);
  // A later change is saved too.
  await page.locator('#session-count').selectOption('1');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).schedule.sessions === 1, KEY);
  assertNoProblems(problems, 'resume');
  await context.close();
});

test('a journey kept in Spanish opens in Spanish, never first in English', async () => {
  const { context, page, problems } = await openApp(browser, { locale: 'es-ES' });
  await completeJourney(page, { age: 40 });
  await page.locator('#remember').check();
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  // Every heading the screen shows while it opens, in order.
  await page.addInitScript(() => {
    window.headingsSeen = [];
    new MutationObserver(() => {
      const heading = document.querySelector('main h1, main h2');
      const seen = window.headingsSeen;
      if (heading && seen[seen.length - 1] !== heading.textContent) seen.push(heading.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.reload();
  await page.locator('.verdict').waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  const seen = await page.evaluate(() => window.headingsSeen);
  assert.ok(seen.length > 0);
  assert.deepEqual(seen.filter((h) => /\b(the|you|your|we|to|found)\b/i.test(h)), [], `no English heading: ${seen.join(' | ')}`);
  assertNoProblems(problems, 'resume in Spanish');
  await context.close();
});

test('forgetting removes everything: localStorage is empty and a reload starts clean', async () => {
  const { context, page } = await openApp(browser);
  await toPlan(page);
  await page.locator('#remember').check();
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  await page.locator('#forget').click();
  await page.locator('#start').waitFor();
  assert.equal(await stored(page), null);
  await page.reload();
  await page.locator('#start').waitFor();
  assert.deepEqual(await footprint(page), { local: 0, session: 0, cookies: '', databases: 0 });
  await context.close();
});

test('"Forget everything" in one tab stops the saving in every other tab, which says so', async () => {
  const { context, page: first } = await openApp(browser);
  await toPlan(first);
  await first.locator('#remember').check();
  await first.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  // A second tab of the same browser resumes the saved plan and keeps saving.
  const second = await context.newPage();
  await second.goto(first.url());
  await second.getByRole('heading', { level: 1, name: 'Plan your sessions' }).waitFor();
  assert.equal(await second.locator('#remember').isChecked(), true);

  await first.locator('#forget').click();
  await first.locator('#start').waitFor();
  await second.locator('#notice', { hasText: 'Saving is off' }).waitFor();
  assert.equal(await second.locator('#remember').isChecked(), false);
  // A change in the second tab writes nothing back.
  await second.locator('#session-count').selectOption('1');
  await second.locator('.phase-plan .session-title').first().waitFor();
  await second.waitForTimeout(200);
  assert.equal(await stored(second), null);
  assert.equal(await stored(first), null);
  await assertAccessible(second, 'the notice about saving stopped elsewhere');
  await context.close();
});

test('damaged saved data gives a notice and stays untouched until the person chooses', async () => {
  const { context, page, problems } = await openApp(browser);
  const damaged = '{"format":"careplanner-saved","version":1,"lang":"en","answers":{"age":';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, damaged]);
  await page.reload();
  const notice = page.locator('#notice[role="alert"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /damaged/);
  await assertAccessible(page, 'saved-data notice (en)');
  // Going on and trying to turn saving on writes nothing over it.
  await completeJourney(page, { age: 50 });
  assert.equal(await page.locator('#remember').isDisabled(), true);
  assert.equal(await stored(page), damaged);
  // The raw text can be downloaded as it is.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-saved').click()]);
  assert.match(download.suggestedFilename(), /\.json$/);
  assert.equal(readFileSync(await download.path(), 'utf8'), damaged);
  await page.locator('#start-fresh').click();
  await page.locator('#notice').waitFor({ state: 'detached' });
  assert.equal(await stored(page), null);
  assertNoProblems(problems, 'damaged saved data');
  await context.close();
});

test('data from a newer version is reported in Spanish too, and never overwritten', async () => {
  const { context, page } = await openApp(browser, { locale: 'es-ES' });
  const newer = '{"format":"careplanner-saved","version":7,"lang":"es","answers":{}}';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, newer]);
  await page.reload();
  await page.locator('#notice').waitFor();
  assert.match(await page.locator('#notice').innerText(), /versión más reciente/);
  await assertAccessible(page, 'saved-data notice (es)');
  await page.getByRole('button', { name: 'English' }).click();
  assert.equal(await stored(page), newer);
  await context.close();
});

test('with saving off nothing at all is stored, through the whole journey', async () => {
  const { context, page } = await openApp(browser);
  await toPlan(page);
  await page.locator('#share-open').click();
  await page.locator('#summary-open').click();
  await page.getByRole('heading', { level: 1, name: 'Summary for your provider' }).waitFor();
  await page.getByRole('button', { name: 'Español' }).click();
  assert.deepEqual(await footprint(page), { local: 0, session: 0, cookies: '', databases: 0 });
  await context.close();
});

for (const locale of ['en-US', 'es-ES']) {
  test(`the keep panel and the summary are accessible (${locale})`, async () => {
    const { context, page, problems } = await openApp(browser, { locale });
    await completeJourney(page, { age: 33, retinoids: true });
    await assertAccessible(page, `${locale} result with keep panel`);
    await page.locator('#plan-sessions').click();
    await page.locator('#remember').check();
    await assertAccessible(page, `${locale} plan with keep panel`);
    await page.locator('#summary-open').click();
    await page.locator('.summary-answers').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading');
    await assertAccessible(page, `${locale} summary`);
    assertNoProblems(problems, locale);
    await context.close();
  });
}

test('the printed summary lists the answers, findings, verdict, dates and who decides', async () => {
  const { context, page } = await openApp(browser);
  await toPlan(page, { age: 47, retinoids: true });
  const dates = await sessions(page);
  await page.locator('#summary-open').click();
  await page.locator('.summary-answers').waitFor();
  const verdict = (await page.locator('.summary-verdict').innerText()).trim();
  const dir = mkdtempSync(join(tmpdir(), 'careplanner-summary-'));
  const pdf = join(dir, 'summary.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of ['Summary for your provider', verdict, 'How old are you', '47',
    'Your provider makes the final decision', ...dates.map((d) => d.replace(/\s+/g, ' '))]) {
    assert.ok(text.includes(expected), `the printed summary says "${expected}"`);
  }
  assert.ok(!text.includes('Print the summary'), 'no buttons on paper');
  assert.ok(!text.includes('English'), 'no language switch on paper');
  await context.close();
});

test('the FHIR download is a QuestionnaireResponse as application/fhir+json', async () => {
  const { context, page } = await openApp(browser);
  await completeJourney(page, { age: 52 });
  await page.locator('#summary-open').click();
  // Record the type of every Blob the page turns into a download link.
  await page.evaluate(() => {
    const original = URL.createObjectURL;
    window.blobTypes = [];
    URL.createObjectURL = (blob) => { window.blobTypes.push(blob.type); return original(blob); };
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-response').click()]);
  assert.match(download.suggestedFilename(), /\.json$/);
  const response = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(response.resourceType, 'QuestionnaireResponse');
  assert.equal(response.status, 'completed');
  assert.ok(JSON.stringify(response).includes('"valueInteger":52'));
  assert.deepEqual(await page.evaluate(() => window.blobTypes), ['application/fhir+json']);
  // The Questionnaire is the same for everyone: a file of the build, in the page's language,
  // which the response names by its canonical URL.
  const [questions] = await Promise.all([page.waitForEvent('download'), page.locator('#export-questionnaire').click()]);
  assert.equal(questions.suggestedFilename(), 'microneedling-questionnaire.json');
  const questionnaire = JSON.parse(readFileSync(await questions.path(), 'utf8'));
  assert.equal(questionnaire.resourceType, 'Questionnaire');
  assert.equal(questionnaire.language, 'en');
  assert.equal(response.questionnaire, `${questionnaire.url}|${questionnaire.version}`);
  await context.close();
});
