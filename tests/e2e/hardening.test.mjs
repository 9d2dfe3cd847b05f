// What a crafted link, a careless clinic file and a returning visitor must not get: the
// Referer header, text from the URL shown as the app's own words, extra headers in the
// mailto: link, a stale clinic.json, or the built-in defaults when a ?config= file is gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, serveFolder, untilControlled } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function openWithFiles(files, path = '') {
  const context = await browser.newContext({ locale: 'en-US' });
  for (const [file, body] of Object.entries(files)) {
    await context.route(`**/${file}`, (route) => (body === null
      ? route.fulfill({ status: 404, body: '' })
      : route.fulfill({ status: 200, contentType: 'application/json', body })));
  }
  const opened = await openApp(browser, { path, context });
  return { ...opened, context };
}

test('no request of the app carries a Referer header', async () => {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const referers = [];
  context.on('request', async (request) => {
    const referer = (await request.allHeaders()).referer;
    if (referer) referers.push(`${request.url()} <- ${referer}`);
  });
  const { page } = await openApp(browser, { path: '?config=clinic.json', context });
  assert.equal(await page.locator('meta[name="referrer"]').getAttribute('content'), 'no-referrer');
  await completeJourney(page, { age: 40 });
  await page.locator('#plan-sessions').click();
  await page.locator('.phase-plan').waitFor();
  assert.deepEqual(referers, []);
  await context.close();
});

test('?check-config never repeats text from the address', async () => {
  const lure = 'Your appointment was moved. Call us on 555 0100';
  for (const value of [encodeURIComponent(lure), 'Your_appointment_was_moved_call_5550100.json']) {
    const { context, page } = await openWithFiles({ 'clinic.json': '{}', 'Your_appointment_was_moved_call_5550100.json': null },
      `?config=${value}&check-config`);
    await page.locator('.config-panel').waitFor();
    const panel = await page.locator('.config-panel').innerText();
    assert.match(panel, /\?config: /, 'the problem is still named');
    for (const word of ['appointment', 'moved', '555']) assert.ok(!panel.includes(word), `${value}: ${panel}`);
    await context.close();
  }
});

test('a clinic file cannot add a header such as ?bcc= to the e-mail link', async () => {
  const clinic = JSON.stringify({ name: 'North Bay', email: 'desk?bcc=spy@tracker.example', phone: '+1 555 010 0199' });
  const { context, page } = await openWithFiles({ 'clinic.json': clinic }, '?check-config');
  await page.locator('.config-panel').waitFor();
  assert.match(await page.locator('.config-panel').innerText(), /email: /);
  await completeJourney(page, { age: 40 });
  await page.locator('#plan-sessions').click();
  await page.locator('a[href^="tel:"]').first().waitFor({ state: 'attached' });
  const mailto = await page.locator('a[href^="mailto:"]').evaluateAll((links) => links.map((a) => a.href));
  assert.deepEqual(mailto, [], 'the refused address gives no link at all');
  await context.close();
});

test('a ?config= file that is missing falls back to the clinic\'s own clinic.json, and says so', async () => {
  const clinic = JSON.stringify({ name: 'Main Street Clinic' });
  const { context, page } = await openWithFiles({ 'clinic.json': clinic, 'clinics/gone.json': null },
    '?config=clinics/gone.json&check-config');
  await page.locator('.config-panel').waitFor();
  assert.match(await page.locator('.brand').innerText(), /Main Street Clinic/);
  assert.match(await page.locator('.config-panel').innerText(), /\?config: the file it names was not found; clinic\.json is used instead/);
  await context.close();
});

test('an edit to clinic.json reaches a returning visitor, and the last copy serves offline', async () => {
  let name = 'First Name Clinic';
  const site = await serveFolder({
    override: (path, body) => (path === '/clinic.json' ? JSON.stringify({ name }) : body),
  });
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(site.url);
  await untilControlled(page);
  await page.locator('.brand', { hasText: 'First Name Clinic' }).waitFor();

  name = 'Second Name Clinic';
  await page.goto(site.url);
  await page.locator('h1').first().waitFor();
  await page.locator('.brand', { hasText: 'Second Name Clinic' }).waitFor({ timeout: 5000 });

  await context.setOffline(true);
  await page.reload();
  await page.locator('.brand', { hasText: 'Second Name Clinic' }).waitFor({ timeout: 5000 });
  await context.close();
  await site.close();
});
