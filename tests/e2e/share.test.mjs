// "Share to my phone" in the release build: the link opens the same plan in a fresh browser,
// a damaged link gives its message and the normal start, the QR code decodes (with jsQR, an
// independent decoder) to the very link shown, and copying works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch, openApp, assertAccessible, assertNoProblems, BASE_URL } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

const JSQR = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// Plans sessions for a person on retinoids and opens the share panel; returns the link (and
/// sets `shareFromPlan.code` to the code shown beside it).
async function shareFromPlan(page) {
  await completeJourney(page, { age: 38, retinoids: true });
  await page.locator('#plan-sessions').click();
  await page.locator('#session-count').selectOption('4');
  await page.locator('#share-open').click();
  const link = await page.locator('#share-link').inputValue();
  shareFromPlan.code = (await page.locator('#share-code').innerText()).trim();
  return link;
}

const sessions = (page) => page.locator('.print-sessions li').allTextContents();

/// Types `code` into a locked link's request and presses Open.
async function unlock(page, code) {
  await page.locator('#unlock-code').fill(code);
  await page.locator('#unlock').click();
}

test('a share link opens the same plan in a fresh browser, once', async () => {
  const sender = await openApp(browser, { locale: 'es-ES' });
  const link = await shareFromPlan(sender.page);
  const dates = await sessions(sender.page);
  assert.equal(dates.length, 4);
  assert.ok(link.startsWith(BASE_URL + '#'), `${link} is the app's address with a fragment`);
  assert.equal(await sender.page.locator('#share-open').getAttribute('aria-expanded'), 'true');

  const phone = await openApp(browser, { locale: 'en-US', path: link.slice(BASE_URL.length) });
  // Locked: the code is typed once (in lower case here, as people do).
  await unlock(phone.page, shareFromPlan.code.toLowerCase());
  await phone.page.getByRole('heading', { level: 1, name: 'Planifique sus sesiones' }).waitFor();
  assert.deepEqual(await sessions(phone.page), dates);
  assert.equal(await phone.page.locator('html').getAttribute('lang'), 'es');
  // The fragment is gone from the address bar, so a reload starts afresh, and nothing is stored.
  assert.equal(new URL(phone.page.url()).hash, '');
  await phone.page.reload();
  await phone.page.locator('#start').waitFor();
  assert.equal(await phone.page.evaluate(() => localStorage.length), 0);
  assertNoProblems(phone.problems, 'opening a share link');
  assertNoProblems(sender.problems, 'sharing');
  await sender.context.close();
  await phone.context.close();
});

test('a wrong code, a tampered link and a cut one each say so, and the start stays open', async () => {
  const sender = await openApp(browser);
  const link = await shareFromPlan(sender.page);
  const { code } = shareFromPlan;
  await sender.context.close();
  const fragment = link.split('#')[1];
  const at = Math.floor(fragment.length / 2);
  const tampered = fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1);
  const wrongCode = code.replace(/^./, (c) => (c === '7' ? '8' : '7'));
  for (const [bad, typed, message] of [[fragment, wrongCode, /does not open this link/],
    [tampered, code, /does not open this link/], [fragment.slice(0, 30), code, /does not open this link/],
    [fragment, 'ABC', /8 letters and digits/]]) {
    const { context, page, problems } = await openApp(browser, { path: `#${bad}` });
    await unlock(page, typed);
    await page.locator('#unlock-error', { hasText: message }).waitFor();
    assert.equal(await page.locator('#unlock-code').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'unlock-code', 'back in the field');
    await assertAccessible(page, 'wrong code');
    await page.getByRole('button', { name: 'Start without it' }).click();
    await page.locator('#start').waitFor();
    assertNoProblems(problems, `locked link ${typed}`);
    await context.close();
  }
  // Links without a lock (from before links were locked) still get their messages.
  for (const [bad, message] of [['AQID', /cut short/], ['%%%', /characters that do not belong/]]) {
    const { context, page, problems } = await openApp(browser, { path: `#${bad}` });
    const notice = page.locator('#notice[role="alert"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), message);
    assert.equal(await page.locator('#start').count(), 1, 'the normal start');
    await assertAccessible(page, 'link notice');
    await page.getByRole('button', { name: 'Close' }).click();
    await notice.waitFor({ state: 'detached' });
    assertNoProblems(problems, `bad link ${bad}`);
    await context.close();
  }
});

for (const locale of ['en-US', 'es-ES']) {
  test(`the QR code decodes to the link shown, and the panel is accessible (${locale})`, async () => {
    const { context, page, problems } = await openApp(browser, { locale });
    const link = await shareFromPlan(page);
    const svg = page.locator('.qr svg');
    assert.match(await svg.locator('title').textContent(), locale === 'en-US' ? /QR code/ : /Código QR/);
    await assertAccessible(page, `${locale} share panel`);
    // The app's Content-Security-Policy rightly refuses injected scripts, so the code is read in
    // a blank page of its own: the SVG's markup is copied there, drawn on a canvas at 6 pixels
    // a module, and decoded by jsQR.
    const markup = await svg.evaluate((el) => new XMLSerializer().serializeToString(el));
    const reader = await context.newPage();
    await reader.setContent('<!doctype html><title>QR reader</title>');
    await reader.addScriptTag({ path: JSQR });
    const decoded = await reader.evaluate(async (text) => {
      const source = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      const modules = Number(source.getAttribute('viewBox').split(' ')[2]);
      const size = modules * 6;
      source.setAttribute('width', size);
      source.setAttribute('height', size);
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(source))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0, size, size);
      const result = window.jsQR(ctx.getImageData(0, 0, size, size).data, size, size);
      return result?.data ?? null;
    }, markup);
    assert.equal(decoded, link);
    assertNoProblems(problems, `${locale} QR`);
    await context.close();
  });
}

test('Copy link puts the link on the clipboard and says so', async () => {
  const { context, page } = await openApp(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
  const link = await shareFromPlan(page);
  await page.locator('#copy-link').click();
  await page.locator('.copy-status', { hasText: 'Link copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await context.close();
});

test('once a share link has been opened, nothing in the browser\'s history reveals an answer', async () => {
  const sender = await openApp(browser);
  const link = await shareFromPlan(sender.page);
  const { code } = shareFromPlan;
  await sender.context.close();

  // The phone: a browser with a profile on disk, as a real one has.
  const profile = mkdtempSync(join(tmpdir(), 'careplanner-phone-'));
  const phone = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, locale: 'en-US',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const first = phone.pages()[0] ?? await phone.newPage();
  await first.goto(BASE_URL);
  await first.locator('#start').waitFor();
  // The link opens in a tab of its own, as a scanned QR code does.
  const page = await phone.newPage();
  await page.goto(link);
  await unlock(page, code);
  await page.getByRole('heading', { level: 1, name: 'Plan your sessions' }).waitFor();
  // "Forget everything", as the person did, then the browser is closed.
  await page.locator('#forget').click();
  await page.locator('#start').waitFor();
  await phone.close();

  // The eavesdropper reads the History database...
  const urls = JSON.parse(execFileSync('python3', ['-c', `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(json.dumps([row[0] for row in db.execute("SELECT url FROM urls")]))
`, join(profile, 'Default', 'History')]).toString());
  const fragment = link.split('#')[1];
  assert.ok(urls.some((url) => url.includes(fragment)), `the link was recorded (so this test reads the right file): ${urls}`);
  assert.ok(urls.every((url) => !url.toUpperCase().includes(code.replace('-', ''))), 'the code is not in the history');
  // ...and opens every address in it, on a browser of their own: none shows the plan.
  for (const url of urls.filter((u) => u.startsWith(BASE_URL))) {
    const { context, page: spy } = await openApp(browser, { path: url.slice(BASE_URL.length) });
    await spy.locator('#start').waitFor();
    assert.equal(await spy.locator('.phase-plan, #download-ics').count(), 0, `${url} shows no plan`);
    assert.equal(await spy.locator('.verdict').count(), 0, `${url} shows no result`);
    await context.close();
  }
  rmSync(profile, { recursive: true, force: true });
});
