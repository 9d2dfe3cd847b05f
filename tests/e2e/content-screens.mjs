// Screenshots of a clinic's own content in the app, for a person to look at: the steps with
// the clinic's questions, the result with their findings, the plan with the clinic's steps,
// the provider summary and the printed plan, with clinic.example.json, at phone and desktop
// size, in English and Spanish: `node content-screens.mjs OUT_DIR`. Not a test; run it against
// a served release build (BASE_URL).
import { mkdirSync, readFileSync } from 'node:fs';
import { launch, openApp } from './helpers.mjs';
import { answerStep, next } from './journey.mjs';

const out = process.argv[2] ?? '/tmp/content-screens';
mkdirSync(out, { recursive: true });
const clinic = readFileSync(new URL('../../clinic.example.json', import.meta.url), 'utf8');
const iso = (d) => d.toISOString().slice(0, 10);
const daysFromNow = (n) => { const d = new Date(); d.setDate(d.getDate() + n); return d; };

const browser = await launch();
for (const [size, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
  for (const locale of ['en-US', 'es-ES']) {
    const context = await browser.newContext({ locale, viewport });
    await context.route('**/clinic.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: clinic }));
    const { page } = await openApp(browser, { locale, context });
    if (locale === 'en-US') await page.getByRole('button', { name: 'English' }).click();
    const shot = (name) => page.screenshot({ path: `${out}/${locale}-${size}-${name}.png`, fullPage: true });
    await page.locator('#start').click();
    const answers = { sunbed_recent: true, antibiotics: true, antibiotics_date: iso(daysFromNow(-3)) };
    for (let i = 1; i < 12 && (await page.locator('.verdict').count()) === 0; i += 1) {
      await page.locator('h1#screen-heading').waitFor();
      await answerStep(page, answers);
      const text = await page.locator('main form').innerText();
      if (/sunbed|rayos UVA|antibi/i.test(text)) await shot(`${i}-step`);
      await next(page);
    }
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    await shot('9-result');
    if (await page.locator('#plan-sessions').count()) {
      await page.locator('#plan-sessions').click();
      await page.locator('#first-date').waitFor();
      await page.locator('#first-date').fill(iso(daysFromNow(30)));
      await page.locator('.phase-plan').waitFor();
      await page.locator('.phase-plan details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      await shot('10-plan');
      if (size === 'desktop') {
        await page.pdf({ path: `${out}/${locale}-plan-A4.pdf`, format: 'A4', printBackground: true });
      }
      if (await page.locator('#summary-open').count()) {
        await page.locator('#summary-open').click();
        await page.locator('.summary').first().waitFor().catch(() => {});
        await shot('11-summary');
      }
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
