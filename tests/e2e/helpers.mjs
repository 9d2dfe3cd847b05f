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

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
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
  page.on('requestfailed', (req) => {
    // A test that reloads right after opening can cut off the browser's own favicon request
    // (it is not part of the load event): the test's doing, not the app's.
    if (req.failure()?.errorText === 'net::ERR_ABORTED' && /\/favicon-[^/]*\.svg$/.test(req.url())) return;
    problems.push(`request failed: ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(new URL(path, BASE_URL).href);
  await page.locator('h1').first().waitFor();
  return { context, page, problems };
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
