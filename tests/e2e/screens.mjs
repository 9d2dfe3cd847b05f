// Takes a screenshot of every screen of the journey, at phone and desktop size, in English
// and Spanish, for a person to look at: `node screens.mjs OUT_DIR [answers-json]`.
// Not a test; run it against a served release build (BASE_URL).
import { mkdirSync } from 'node:fs';
import { launch, openApp } from './helpers.mjs';
import { answerStep, next } from './journey.mjs';

const out = process.argv[2] ?? '/tmp/screens';
const answers = JSON.parse(process.argv[3] ?? '{"age": 34}');
mkdirSync(out, { recursive: true });
const browser = await launch();
for (const [size, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
  for (const locale of ['en-US', 'es-ES']) {
    const { context, page } = await openApp(browser, { locale, viewport });
    const shot = async (name) => page.screenshot({ path: `${out}/${locale}-${size}-${name}.png`, fullPage: true });
    await shot('0-welcome');
    await page.locator('#start').click();
    for (let i = 1; i < 12 && (await page.locator('.verdict').count()) === 0; i += 1) {
      await page.locator('h1#screen-heading').waitFor();
      if (i === 1) {
        await page.locator('main button[type="submit"]').click();
        await page.locator('#error-summary').waitFor();
        await shot('1-missing');
      }
      await answerStep(page, answers);
      await shot(`${i}-step`);
      await next(page);
    }
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    await shot('9-result');
    if (await page.locator('#plan-sessions').count()) {
      await page.locator('#plan-sessions').click();
      await page.locator('.phase-plan').waitFor();
      await shot('10-plan-phases');
      await page.getByRole('button', { name: /^(Month|Mes)$/ }).click();
      await page.locator('.month-view').waitFor();
      await shot('11-plan-month');
      if (size === 'desktop') {
        for (const format of ['A4', 'Letter']) {
          await page.pdf({ path: `${out}/${locale}-plan-${format}.pdf`, format, printBackground: true });
        }
      }
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
