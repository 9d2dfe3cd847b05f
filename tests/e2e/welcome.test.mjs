// The first screen of the release build: it loads, reads well in both languages, is
// accessible, and the console stays clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, assertAccessible, assertNoProblems } from './helpers.mjs';

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
