// A branch of the clinic (?config=clinics/north.json): its share link and its installed app
// open on the branch's own numbers, not the main clinic's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, untilControlled, BASE_URL } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const MAIN = JSON.stringify({ name: 'Main Clinic', settings: { interval_days_default: 30 } });
const NORTH = JSON.stringify({
  name: 'North Branch',
  phone: '+1 555 010 0142',
  settings: { interval_days_min: 28, interval_days_default: 35, interval_days_max: 42 },
});

/// A fresh browser context in which the site has the main clinic.json and the branch's file.
async function withBranch(path) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  await context.route('**/clinic.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: MAIN }));
  await context.route('**/clinics/north.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: NORTH }));
  return openApp(browser, { path, context });
}

test('a share link made on a branch opens on that branch in a fresh browser', async () => {
  const sender = await withBranch('?config=clinics/north.json');
  await sender.page.locator('.brand', { hasText: 'North Branch' }).waitFor();
  await completeJourney(sender.page, { age: 38 });
  await sender.page.locator('#plan-sessions').click();
  assert.equal(await sender.page.locator('#interval').inputValue(), '35');
  await sender.page.locator('#share-open').click();
  const link = await sender.page.locator('#share-link').inputValue();
  const code = await sender.page.locator('#share-code').innerText();
  assert.ok(link.startsWith(`${BASE_URL}?config=clinics/north.json#`), link);

  const phone = await withBranch(link.slice(BASE_URL.length));
  await phone.page.locator('#unlock-code').fill(code);
  await phone.page.locator('#unlock').click();
  await phone.page.getByRole('heading', { level: 1, name: 'Plan your sessions' }).waitFor();
  assert.match(await phone.page.locator('.brand').innerText(), /North Branch/);
  assert.equal(await phone.page.locator('#interval').inputValue(), '35', 'the branch\'s own interval, accepted');
  assert.equal(await phone.page.locator('#schedule-error').count(), 0, 'the plan is not refused');
  // The warning signs, in the aftercare, give the branch's own name and number.
  assert.match(await phone.page.locator('.phase-plan .warning-signs').first().textContent(), /North Branch.*555 010 0142/s);
  await sender.context.close();
  await phone.context.close();
});

test('the app installed from a branch starts on that branch', async () => {
  const { context, page } = await withBranch('?config=clinics/north.json');
  await untilControlled(page);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  assert.equal(new URL(manifest.start_url, new URL('manifest.webmanifest', BASE_URL)).href, `${BASE_URL}?config=clinics/north.json`);
  // A path the app would refuse is never written into the manifest.
  const refused = await page.evaluate(async () => (await fetch('manifest.webmanifest?config=../x.json')).json());
  assert.equal(refused.start_url, './');
  await context.close();
});
