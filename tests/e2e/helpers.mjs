// Shared fixture for the end-to-end tests: one headless Debian Chromium per test file, a fresh
// context per test, and a record of console errors and failed requests on every page.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080/';

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/// `scrollBars`: draw scroll bars as a desktop browser does (headless hides them), for tests
/// of whether a page has one.
export async function launch({ scrollBars = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    ignoreDefaultArgs: scrollBars ? ['--hide-scrollbars'] : [],
  });
}

/// Whether `frame` is the configurator's preview of the app (`index.html?preview`).
function isPreview(frame) {
  try {
    return frame.parentFrame() !== null && new URL(frame.url()).searchParams.has('preview');
  } catch {
    return false;
  }
}

/// Opens the app in a new context and records what goes wrong on the page.
export async function openApp(browser, { locale = 'en-US', path = '', viewport, context: given, ...options } = {}) {
  const context = given ?? await browser.newContext({ locale, viewport: viewport ?? { width: 390, height: 844 }, ...options });
  // Every Content-Security-Policy violation fails the test that caused it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // A request cut off because the test reloaded the page since it was made (a reload right
  // after opening) is the test's doing, not the app's: counted as the reload is asked for,
  // before the browser aborts anything.
  let navigations = 0;
  const madeAt = new WeakMap();
  const reload = page.reload.bind(page);
  page.reload = (...args) => { navigations += 1; return reload(...args); };
  page.on('request', (req) => madeAt.set(req, navigations));
  page.on('requestfailed', (req) => {
    const aborted = req.failure()?.errorText === 'net::ERR_ABORTED';
    if (aborted && madeAt.has(req) && madeAt.get(req) < navigations) return;
    // A test that reloads right after opening can cut off the browser's own favicon request
    // (it is not part of the load event): the test's doing, not the app's.
    if (aborted && /\/favicon-[^/]*\.svg$/.test(req.url())) return;
    // The configurator reloads its preview on every change of the draft, which cuts off what
    // the preview was still fetching: the configurator's doing, not a failed request.
    if (req.failure()?.errorText === 'net::ERR_ABORTED' && isPreview(req.frame())) return;
    problems.push(`request failed: ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(new URL(path, BASE_URL).href);
  await page.locator('h1').first().waitFor();
  return { context, page, problems };
}

/// Start on a first screen drawn before the app's code is here (by index.html or by the
/// shell): the first step comes focused on its heading, titled and accessible (`label` names it
/// for axe); an age is typed and the box ticked, and both stay through Back and Start again.
export async function fillStepDrawnAhead(page, label) {
  await page.locator('#start').click();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading', `${label}: the step has the focus`);
  assert.equal(await page.title(), 'Questions – Microneedling care planner');
  await assertAccessible(page, label);
  await page.getByLabel('How old are you?').fill('34');
  await page.getByLabel('Remember on this device').check();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('heading', { name: 'Microneedling care planner', level: 1 }).waitFor();
  await page.locator('#start').click();
  assert.equal(await page.getByLabel('How old are you?').inputValue(), '34', `${label}: kept through Back and Start`);
  assert.ok(await page.getByLabel('Remember on this device').isChecked(), `${label}: the box kept through Back and Start`);
}

/// axe-core with the WCAG A and AA rules; fails with the list of violations.
export async function assertAccessible(page, label) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(violations, [], `${label}: accessibility violations`);
}

export function assertNoProblems(problems, label) {
  assert.deepEqual(problems, [], `${label}: console errors or failed requests`);
}

/// A phone-sized context whose service worker is blocked, so that every request is the page's
/// own and reaches the network (and the test's routes), for the tests of the app's modules.
export async function contextWithoutWorker(browser, locale = 'en-US') {
  return browser.newContext({ locale, viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
}

/// The page's problems less Playwright's own notice that the service worker is blocked.
export const withoutWorkerNotice = (problems) => problems.filter((p) => !/Service Worker registration blocked by Playwright/.test(p));

/// Holds every request `match` routes until the returned function is called; `onRequest`
/// sees each one as it comes.
export async function holdRequests(context, match, onRequest = () => {}) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await context.route(match, async (route) => {
    onRequest(route.request());
    await released;
    await route.continue();
  });
  return release;
}

/// Answers every request `match` routes with HTTP 503 until the returned function is called,
/// then lets them through.
export async function failRequests(context, match) {
  let failing = true;
  await context.route(match, (route) => (failing
    ? route.fulfill({ status: 503, body: '' })
    : route.continue()));
  return () => { failing = false; };
}

/// Waits, polling, until the page's console has said something `matches` accepts (a clinic
/// file's problems are said once the words and the code that fills them in are here, a moment
/// after the first screen); true if it did within `timeout` ms.
export async function untilSaid(problems, matches, timeout = 10000) {
  const deadline = Date.now() + timeout;
  while (!matches(problems) && Date.now() < deadline) {
    await new Promise((resolve) => { setTimeout(resolve, 10); });
  }
  return matches(problems);
}

/// A message shown in place of a screen: its heading `name` is there, has the focus (so a
/// screen reader reads it), and the page passes axe.
export async function assertFocusedMessage(page, name, label) {
  await page.getByRole('heading', { name }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading', `${label}: the message has the focus`);
  await assertAccessible(page, label);
}

const TYPES = { html: 'text/html', js: 'text/javascript', wasm: 'application/wasm', css: 'text/css',
  json: 'application/json', svg: 'image/svg+xml', png: 'image/png', webmanifest: 'application/manifest+json' };

/// Serves a folder (dist/ unless `root()` names another) on a free loopback port, as a
/// static host would, so a test can publish a new version or edit a file between visits:
/// `override(path, body)` may return other bytes for a path, or null for a 404.
export async function serveFolder({ root = () => distFolder(), override = (_path, body) => body } = {}) {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { join, normalize } = await import('node:path');
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html');
    let body = null;
    try {
      body = await readFile(join(root(), normalize(path)));
    } catch { /* a 404 unless the override has it */ }
    body = override(path, body);
    if (body === null || body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.split('.').pop()] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export function distFolder() {
  return decodeURIComponent(new URL('../../dist/', import.meta.url).pathname);
}

/// Waits until the page is controlled by a worker that has finished precaching.
export async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
