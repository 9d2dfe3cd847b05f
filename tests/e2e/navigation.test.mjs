// The browser's Back and Forward move through the journey one screen at a time with every
// answer kept, and the address never changes; leaving with answers that are not saved asks
// first; "Start again" and "Forget everything" offer Undo; "Remember on this device" is
// there from the first step and says when it is on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, assertAccessible, assertNoProblems } from './helpers.mjs';
import { answerStep, completeJourney, heading, next } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const KEY = 'careplanner.saved';

/// Goes back (or forward) in the browser's history and waits for the heading to change.
async function move(page, direction) {
  const before = await heading(page);
  await page.evaluate((d) => (d === 'back' ? history.back() : history.forward()), direction);
  await page.waitForFunction((old) => document.querySelector('h1')?.textContent.trim() !== old, before);
  return heading(page);
}

test('Back and Forward go one screen at a time, with the answers kept and nothing in the address', async () => {
  const { context, page, problems } = await openApp(browser);
  const address = page.url();
  await page.locator('#start').click();
  await page.locator('#q-age').waitFor();
  const headings = [await heading(page)];
  await answerStep(page, { age: 44 });
  await next(page);
  headings.push(await heading(page));
  await answerStep(page);
  await next(page);
  headings.push(await heading(page));

  assert.equal(await move(page, 'back'), headings[1]);
  assert.equal(await move(page, 'back'), headings[0]);
  assert.equal(await page.locator('#q-age').inputValue(), '44', 'the answer is still there');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading', 'focus on the new heading');
  await move(page, 'back');
  await page.locator('#start').waitFor();
  assert.equal(page.url(), address, 'the address never changed');
  assert.equal(await move(page, 'forward'), headings[0]);
  assert.equal(await page.locator('#q-age').inputValue(), '44');
  assert.equal(await move(page, 'forward'), headings[1]);
  assert.equal(await move(page, 'forward'), headings[2]);
  assertNoProblems(problems, 'back and forward');
  await context.close();
});

test('a reload with answers that are not saved asks first; with Remember on it does not', async () => {
  const { context, page } = await openApp(browser);
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    dialog.dismiss();
  });
  await page.locator('#start').click();
  await page.locator('#q-age').fill('52');
  await page.locator('#q-age').blur();
  await page.evaluate(() => setTimeout(() => location.reload(), 0));
  await page.waitForFunction(() => true);
  for (let i = 0; i < 50 && dialogs.length === 0; i += 1) await page.waitForTimeout(50);
  assert.deepEqual(dialogs, ['beforeunload']);
  // Staying on the page kept everything.
  assert.equal(await page.locator('#q-age').inputValue(), '52');

  // "Remember on this device" is on the very first step, and says when it is on.
  await page.locator('#remember-step').check();
  await page.locator('#remember-step-help', { hasText: 'On:' }).waitFor();
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('52'), KEY);
  await page.reload();
  // Resumed from the saved copy, on the first step still to answer; the age is kept.
  await page.locator('h1#screen-heading').waitFor();
  await page.locator('main button', { hasText: 'Back' }).click();
  assert.equal(await page.locator('#q-age').inputValue(), '52', 'resumed from the saved copy');
  assert.deepEqual(dialogs, ['beforeunload'], 'no second question');
  await assertAccessible(page, 'a step with Remember on');
  await context.close();
});

test('Start again and Forget everything can be undone', async () => {
  const { context, page } = await openApp(browser);
  await completeJourney(page, { age: 47 });
  const result = await heading(page);
  await page.locator('button', { hasText: 'Start again' }).click();
  await page.locator('#start').waitFor();
  await page.locator('#notice', { hasText: 'Your answers were cleared.' }).waitFor();
  await assertAccessible(page, 'the undo notice');
  await page.locator('#undo').click();
  await page.getByRole('heading', { level: 1, name: result }).waitFor();

  await page.locator('#remember').check();
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  await page.locator('#forget').click();
  await page.locator('#notice', { hasText: 'Everything was removed from this device' }).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);
  await page.locator('#undo').click();
  await page.getByRole('heading', { level: 1, name: result }).waitFor();
  assert.equal(await page.locator('#remember').isChecked(), true);
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  await context.close();
});
