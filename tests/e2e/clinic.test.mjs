// A clinic's configuration in the release build: its name, colours and numbers apply; a bad
// file never breaks the app, tells the clinic precisely what is wrong, and patients see at
// most a small neutral notice. Files are served through page.route, so dist/ stays as built.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, assertAccessible, assertNoProblems, untilSaid } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// Opens the app with `clinic.json` (or another path) answered by `body`.
async function openWithClinic(body, { path = '', file = 'clinic.json', ...options } = {}) {
  const context = await browser.newContext({ locale: options.locale ?? 'en-US' });
  await context.route(`**/${file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  const { page, problems } = await openApp(browser, { path, ...options, context });
  return { context, page, problems };
}

const GOOD = JSON.stringify({
  name: 'North Bay Skin Clinic',
  phone: '+1 (555) 010-0199',
  email: 'desk@northbay.example',
  colors: { accent: '#5b2a86', accent_ink: '#ffffff' },
  default_language: 'es',
  settings: { sessions_default: 3, interval_days_default: 35, interval_days_max: 42 },
});

test('a clinic file sets the name, colours, language and series defaults', async () => {
  const { context, page, problems } = await openWithClinic(GOOD);
  assert.match(await page.locator('.brand').innerText(), /North Bay Skin Clinic/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es', 'the clinic chose Spanish');
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#5b2a86');
  await page.getByRole('button', { name: 'English' }).click();
  await completeJourney(page, { age: 36 });
  await page.locator('#plan-sessions').click();
  await page.locator('#session-count').waitFor();
  assert.equal(await page.locator('#session-count').inputValue(), '3');
  assert.equal(await page.locator('#interval').inputValue(), '35');
  const warning = page.locator('.phase-plan .warning-signs').first();
  assert.match(await warning.textContent(), /North Bay Skin Clinic.*555/s);
  assert.equal(await warning.locator('a[href^="tel:+1555"]').count(), 1);
  assert.equal(await page.locator('#clinic-phone').count(), 0, 'no number to type when the clinic gave one');
  await assertAccessible(page, 'branded plan');
  assertNoProblems(problems, 'a good clinic file');
  await context.close();
});

test('a bad clinic file keeps the defaults for what is wrong, warns the clinic and shows patients only a notice', async () => {
  const bad = JSON.stringify({
    name: 'Harbour Clinic',
    colours: { accent: '#ff0' },
    colors: { accent: '#ffff00' },
    settings: { isotretinoin_months: 99, numbing_minutes: '45' },
  });
  const { context, page, problems } = await openWithClinic(bad);
  assert.match(await page.locator('.brand').innerText(), /Harbour Clinic/, 'the good field still applies');
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#0f5e63', 'a colour with too little contrast is refused');
  const fields = ['colours', 'colors.accent', 'settings.isotretinoin_months', 'settings.numbing_minutes'];
  const warnings = () => problems.filter((p) => p.includes('careplanner clinic config'));
  await untilSaid(problems, () => fields.every((field) => warnings().some((w) => w.includes(`: ${field}:`))));
  for (const field of fields) {
    assert.ok(warnings().some((w) => w.includes(`: ${field}:`)), `the console names ${field}`);
  }
  assert.equal(await page.locator('.config-notice').count(), 1, 'patients see a small notice');
  assert.equal(await page.locator('.config-panel').count(), 0, 'and no technical panel');
  await context.close();
});

test('a file wrong only in its settings, which the questions\' module reads, shows patients the notice too', async () => {
  const { context, page, problems } = await openWithClinic(JSON.stringify({ settings: { isotretinoin_months: 99 } }));
  await page.locator('.config-notice').waitFor();
  assert.equal(await page.locator('.config-notice').count(), 1);
  await untilSaid(problems, (ps) => ps.some((p) => p.includes(': settings.isotretinoin_months:')));
  assert.ok(problems.some((p) => p.includes(': settings.isotretinoin_months:')), 'the console names the setting');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  assert.equal(await page.locator('.config-notice').count(), 1, 'and it stays');
  await context.close();
});

test('?check-config shows the clinic every problem, and a clean file says so', async () => {
  {
    const { context, page } = await openWithClinic('{ "name": "Oops", }', { path: '?check-config' });
    await page.locator('.config-panel').waitFor();
    assert.match(await page.locator('.config-panel').innerText(), /\(file\): .*not valid JSON/);
    await assertAccessible(page, 'config panel');
    await context.close();
  }
  {
    // In the clinic's language, every problem in words of its own, at its field.
    const spanish = JSON.stringify({ default_language: 'es', phone: '12', settings: { isotretinoin_months: 30 } });
    const { context, page } = await openWithClinic(spanish, { path: '?check-config' });
    await page.locator('.config-panel').waitFor();
    const panel = await page.locator('.config-panel').innerText();
    assert.match(panel, /phone: tiene 2 dígitos; un número de teléfono tiene de 5 a 15; se usa el valor predeterminado/);
    assert.match(panel, /settings\.isotretinoin_months: 30 está fuera del intervalo permitido, de 0 a 24 meses/);
    assert.doesNotMatch(panel, /outside the allowed range|the default is used/, 'no English left');
    await context.close();
  }
  {
    const { context, page } = await openWithClinic(GOOD, { path: '?check-config' });
    await page.locator('.config-panel').waitFor();
    assert.match(await page.locator('.config-panel').innerText(), /No se encontraron problemas/, 'in the clinic\'s language');
    await context.close();
  }
});

test('?config= reads another same-origin file, and refuses one elsewhere', async () => {
  {
    const { context, page, problems } = await openWithClinic(JSON.stringify({ name: 'Second Site' }), {
      path: '?config=clinics/second.json', file: 'clinics/second.json',
    });
    assert.match(await page.locator('.brand').innerText(), /Second Site/);
    const asked = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    assert.ok(!asked.some((path) => path.endsWith('/clinic.json')), `the clinic's own file is not asked for: ${asked}`);
    assertNoProblems(problems, 'a named clinic file');
    await context.close();
  }
  {
    const { context, page } = await openWithClinic('{}', { path: '?config=https://evil.example/x.json&check-config' });
    await page.locator('.config-panel').waitFor();
    assert.match(await page.locator('.config-panel').innerText(), /\?config: /);
    await context.close();
  }
});
