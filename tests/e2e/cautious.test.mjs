// Cautious advice in the release build: a postponement with no date the app can know makes no
// calendar, in either language, by the screen or around it; a short-lived one plans, and the
// screen, the paper and the calendar say the session goes ahead only if it has cleared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { launch, openApp, assertAccessible, assertNoProblems } from './helpers.mjs';
import { completeJourney, verdict } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WAITS = [
  { name: 'pregnant', answers: { age: 31, pregnant_or_breastfeeding: true }, en: /breastfeeding/, es: /lactancia/ },
  { name: 'still on isotretinoin', answers: { age: 24, isotretinoin: true, isotretinoin_still_taking: true }, en: /6 months after your last dose/, es: /6 meses después de la última dosis/ },
];

for (const wait of WAITS) {
  for (const locale of ['en-US', 'es-ES']) {
    test(`${wait.name} (${locale}): the result says when to come back and offers no calendar`, async () => {
      const { context, page, problems } = await openApp(browser, { locale });
      await completeJourney(page, wait.answers);
      assert.equal(await verdict(page), 'postpone');
      assert.equal(await page.locator('#plan-sessions').count(), 0, 'no way to plan');
      const comeBack = page.locator('.card.come-back');
      await comeBack.waitFor();
      assert.match(await comeBack.innerText(), locale === 'en-US' ? wait.en : wait.es);
      // Keeping the answers and the provider's summary are still offered.
      await page.locator('.keep').waitFor();
      assert.ok(await page.locator('.keep input[type="checkbox"]').count(), 'remember on this device');
      await page.locator('#summary-open').click();
      await page.locator('.summary').waitFor();
      assert.match(await page.locator('.summary').innerText(), locale === 'en-US' ? wait.en : wait.es);
      await assertAccessible(page, `${wait.name} summary (${locale})`);
      assertNoProblems(problems, wait.name);
      await context.close();
    });
  }
}

test('a saved journey of a pregnant person reopens on its result, never on a plan', async () => {
  const { context, page } = await openApp(browser);
  await completeJourney(page, { age: 31, pregnant_or_breastfeeding: true });
  await page.locator('.keep input[type="checkbox"]').check();
  await page.reload();
  await page.locator('.verdict').waitFor();
  assert.equal(await page.locator('#plan-sessions').count(), 0);
  assert.equal(await page.locator('.phase-plan, #download-ics').count(), 0, 'no plan after a reload');
  await context.close();
});

test('an acne breakout plans on condition, on screen, on paper and in the calendar', async () => {
  const { context, page, problems } = await openApp(browser, { viewport: { width: 1280, height: 900 } });
  await completeJourney(page, { age: 28, acne_breakout: true });
  assert.equal(await verdict(page), 'postpone');
  const condition = /goes ahead only if the acne breakout in the area has cleared/;
  assert.match(await page.locator('.card.condition').innerText(), condition, 'the result says what a plan depends on');
  await page.locator('#plan-sessions').click();
  await page.locator('.phase-plan').waitFor();
  assert.match(await page.locator('.plan-condition').innerText(), condition, 'the plan screen');
  assert.match(await page.locator('.plan-condition').innerText(), /call your clinic to move the session/);

  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  const file = join(dir, 'plan.pdf');
  await page.pdf({ path: file, format: 'A4' });
  const paper = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
  assert.match(paper, condition, 'the printed plan');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-ics').click()]);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  const sessions = events.filter((e) => !e.startDate.isDate && /session \d of \d/i.test(e.summary));
  assert.ok(sessions.length >= 1, 'the sessions are timed events');
  for (const session of sessions) {
    assert.match(session.description.replace(/\s+/g, ' '), condition, `${session.summary} says its condition`);
  }
  assertNoProblems(problems, 'acne breakout plan');
  await context.close();
});

test('the result shows the Good to know cards with their sources', async () => {
  const { context, page } = await openApp(browser, { locale: 'es-ES' });
  await completeJourney(page, { age: 45 });
  const cards = page.locator('.info-cards details.info');
  assert.equal(await cards.count(), 3);
  assert.match(await page.locator('.info-cards').innerText(), /rodillos/i);
  await cards.first().locator('summary').click();
  assert.match(await cards.first().innerText(), /agujas más cortas/);
  assert.ok(await cards.first().locator('.sources li').count() > 0);
  await context.close();
});
