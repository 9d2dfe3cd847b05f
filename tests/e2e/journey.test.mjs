// The screening journey in the release build: from the first screen through every step to a
// result, in both languages, with the keyboard alone, and accessible on every step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, assertAccessible, assertNoProblems } from './helpers.mjs';
import { answer, answerStep, completeJourney, heading, next, verdict } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

test('a person with nothing to report hears that no reason was found and the provider decides', async () => {
  const { context, page, problems } = await openApp(browser);
  await completeJourney(page, { age: 35 });
  assert.equal(await verdict(page), 'no_concerns');
  assert.match(await page.locator('main').innerText(), /provider makes the final decision/);
  assert.equal(await page.locator('#plan-sessions').count(), 1, 'planning is offered');
  assertNoProblems(problems, 'no concerns journey');
  await context.close();
});

test('isotretinoin two months ago postpones until six months after the last dose', async () => {
  const { context, page } = await openApp(browser);
  const lastDose = new Date();
  lastDose.setDate(Math.min(lastDose.getDate(), 28));
  lastDose.setMonth(lastDose.getMonth() - 2);
  const earliest = new Date(lastDose);
  earliest.setMonth(earliest.getMonth() + 6);
  await completeJourney(page, { age: 30, isotretinoin: true, isotretinoin_still_taking: false, isotretinoin_last_dose: iso(lastDose) });
  assert.equal(await verdict(page), 'postpone');
  // The tests' browser is en-US: English dates month first.
  const expected = `${MONTHS[earliest.getMonth()]} ${earliest.getDate()}, ${earliest.getFullYear()}`;
  assert.match(await page.locator('.verdict').innerText(), new RegExp(expected));
  await context.close();
});

test('a tendency to keloids is not suitable, explained kindly, with no planning offered', async () => {
  const { context, page } = await openApp(browser);
  await completeJourney(page, { age: 40, keloid_tendency: true });
  assert.equal(await verdict(page), 'not_suitable');
  assert.equal(await page.locator('#plan-sessions').count(), 0);
  // The reason comes with its sources on demand.
  const finding = page.locator('.finding').first();
  await finding.locator('summary').click();
  assert.ok((await finding.locator('.sources li').count()) > 0, 'the finding lists its sources');
  await context.close();
});

test('answers survive going back and switching language', async () => {
  const { context, page } = await openApp(browser);
  await page.locator('#start').click();
  await page.locator('h1#screen-heading').waitFor();
  await answerStep(page, { age: 44 });
  await next(page);
  await answerStep(page, { blood_disorder: true });
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Atrás' }).click();
  await page.waitForFunction(() => document.querySelector('#q-age')?.value === '44');
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await page.waitForFunction(() => document.querySelector('input[name="q-blood_disorder"][value="true"]')?.checked === true);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  await context.close();
});

test('Next with missing answers lists them, links them to the fields and focuses the first', async () => {
  const { context, page } = await openApp(browser);
  await page.locator('#start').click();
  await page.locator('h1#screen-heading').waitFor();
  await next(page).catch(() => {});
  await page.locator('#error-summary').waitFor();
  const first = await page.locator('#error-summary a').first().getAttribute('href');
  assert.equal(first, '#q-age');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q-age');
  assert.equal(await page.locator('#q-age').getAttribute('aria-invalid'), 'true');
  const describedBy = await page.locator('#q-age').getAttribute('aria-describedby');
  assert.match(describedBy, /q-age-error/);
  // Nothing typed elsewhere is lost: answering fixes the step and Next moves on.
  await answerStep(page, { age: 31 });
  await next(page);
  assert.notEqual(await heading(page), 'About you');
  await context.close();
});

test('the whole journey works with the keyboard alone', async () => {
  const { context, page } = await openApp(browser);
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // English
  await page.keyboard.press('Tab'); // Español
  await page.keyboard.press('Tab'); // Start
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'start');
  await page.keyboard.press('Enter');
  await page.locator('h1#screen-heading:focus').waitFor();
  for (let guard = 0; guard < 12 && (await page.locator('.verdict').count()) === 0; guard += 1) {
    const before = await heading(page);
    // Tab through the step: type a number, choose "No" or the first option with the arrows.
    // An answer may open a follow-up, so the controls are read again until none is new.
    const groups = new Set();
    const typed = new Set();
    const unanswered = async () => (await page.locator('main form input').evaluateAll((inputs) => inputs.map((i) => ({ id: i.id, type: i.type, name: i.name }))))
      .filter((c) => !groups.has(c.name) && !typed.has(c.id));
    for (let controls = await unanswered(); controls.length > 0; controls = await unanswered()) {
    for (const c of controls) {
      if (c.type === 'radio' || c.type === 'checkbox') {
        if (groups.has(c.name)) continue;
        groups.add(c.name);
        await page.focus(`#${c.id}`);
        await page.keyboard.press(c.type === 'radio' ? 'ArrowRight' : 'Space');
        if (c.type === 'radio') {
          // ArrowRight selects the next option ("No" on a yes/no question); keep it.
          assert.ok(await page.locator(`input[name="${c.name}"]:checked`).count(), `${c.name} selected by keyboard`);
        }
      } else if (c.type === 'number') {
        typed.add(c.id);
        await page.focus(`#${c.id}`);
        await page.keyboard.type('36');
      } else {
        typed.add(c.id);
      }
    }
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction((old) => document.querySelector('h1')?.textContent.trim() !== old, before);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading', 'focus moves to the new heading');
  }
  assert.ok(await verdict(page));
  await context.close();
});

for (const locale of ['en-US', 'es-ES']) {
  test(`every step and the result have no accessibility violations (${locale})`, async () => {
    const { context, page, problems } = await openApp(browser, { locale });
    const seen = [];
    await completeJourney(page, { age: 29, retinoids: true, nsaids: 'prescribed' }, {
      onStep: async (p) => {
        seen.push(await heading(p));
        await assertAccessible(p, `${locale} step "${seen.at(-1)}"`);
      },
    });
    await assertAccessible(page, `${locale} result`);
    assert.ok(seen.length >= 4, `walked ${seen.length} steps`);
    assert.equal(new Set(seen).size, seen.length, 'each step has its own heading');
    assertNoProblems(problems, locale);
    await context.close();
  });
}
