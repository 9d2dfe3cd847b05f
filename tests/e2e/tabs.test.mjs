// Two tabs and a new version: refreshing for the update in one tab leaves the other able to
// load the modules of the version it runs, and the old files go once no tab runs them; a
// deploy whose files are not the ones its worker lists is never installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveFolder, distFolder, untilControlled } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// A copy of dist/ published as the next version: the plan's module under a new name (as a
/// changed build would have), the old name gone from the site, the worker's list rewritten.
function nextVersion() {
  const dir = mkdtempSync(join(tmpdir(), 'careplanner-next-'));
  cpSync(distFolder(), dir, { recursive: true });
  const later = readdirSync(dir).find((name) => name.endsWith('-later.wasm'));
  const renamed = later.replace('-later.wasm', '-later2.wasm');
  renameSync(join(dir, later), join(dir, renamed));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js') && n !== 'sw.js')) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (text.includes(later)) writeFileSync(join(dir, name), text.split(later).join(renamed));
  }
  execFileSync('python3', [new URL('../../scripts/precache.py', import.meta.url).pathname, dir]);
  return dir;
}

const appCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((n) => n.includes(' app ')).length);

test('an update taken in one tab leaves the other tab working, and the old files go after', async () => {
  let root = distFolder();
  const next = nextVersion();
  const site = await serveFolder({ root: () => root });
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const first = await context.newPage();
  await first.goto(site.url);
  await untilControlled(first);
  const second = await context.newPage();
  await second.goto(site.url);
  await second.locator('#start').waitFor();
  await second.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // The new version is published; the first tab takes it.
  root = next;
  await first.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await first.locator('.update-banner').waitFor();
  await Promise.all([first.waitForEvent('load'), first.locator('.update-banner button').click()]);
  await first.locator('#start').waitFor();

  // The second tab still runs the old version: its plan module, which the site no longer
  // has, still loads, and the person gets their plan.
  await completeJourney(second, { age: 42 });
  await second.locator('#plan-sessions').click();
  await second.locator('.phase-plan').waitFor({ timeout: 10_000 });
  assert.ok(await appCaches(first) >= 2, 'the old version\'s files are kept while a tab runs it');

  // Once no tab runs the old version, its files go.
  await second.close();
  await first.reload();
  await first.locator('#start').waitFor();
  await first.waitForFunction(async () => (await caches.keys()).filter((n) => n.includes(' app ')).length === 1);
  await context.close();
  await site.close();
  rmSync(next, { recursive: true, force: true });
});

test('a deploy with a file that is not the one its worker lists is never installed', async () => {
  let root = distFolder();
  const next = nextVersion();
  // Half copied: one file still holds other bytes than the worker's list says.
  appendFileSync(join(next, 'en.json'), ' ');
  const site = await serveFolder({ root: () => root });
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(site.url);
  await untilControlled(page);
  root = next;
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    const worker = registration.installing ?? registration.waiting;
    if (!worker) return 'no new worker';
    if (worker.state === 'installed' || worker.state === 'redundant') return worker.state;
    return new Promise((resolve) => worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state);
    }));
  });
  assert.equal(state, 'redundant', 'the broken deploy fails its install');
  assert.equal(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration()).waiting)), false);
  assert.equal(await appCaches(page), 1, 'and leaves no cache behind');
  await context.close();
  await site.close();
  rmSync(next, { recursive: true, force: true });
});
