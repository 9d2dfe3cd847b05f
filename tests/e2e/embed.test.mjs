// Embedded on a clinic's page from another origin: embed.js creates a titled iframe, the frame
// follows the app's height through postMessage (growing and shrinking), a journey completes
// inside it and the calendar file downloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { launch, BASE_URL } from './helpers.mjs';
import { answerStep, next } from './journey.mjs';

let browser;
let host;
let hostUrl;
// The app from "localhost", the host page from 127.0.0.1: two different origins.
const appUrl = BASE_URL.replace('127.0.0.1', 'localhost');

before(async () => {
  browser = await launch();
  host = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>North Bay Clinic</title></head>
<body><h1>Plan your microneedling</h1><p>Our planner runs in your browser.</p>
<script src="${appUrl}embed.js" data-careplanner="${appUrl}"></script>
<footer>North Bay Clinic</footer></body></html>`);
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${host.address().port}/`;
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

const frameHeight = (page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);

test('the planner works inside a clinic page on another origin, and its frame follows its height', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(hostUrl);
  const iframe = page.locator('iframe');
  await iframe.waitFor();
  assert.ok((await iframe.getAttribute('title')).length > 5, 'the frame has a title');
  assert.equal(new URL(await iframe.getAttribute('src')).origin, new URL(appUrl).origin);

  const frame = page.frameLocator('iframe');
  await frame.locator('#start').waitFor();
  // Wait for the first height message to size the frame to the welcome screen.
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
  const welcome = await frameHeight(page);

  await frame.locator('#start').click();
  const inner = page.frames().find((f) => f.url().startsWith(appUrl));
  const heights = [welcome];
  for (let guard = 0; guard < 12 && (await inner.locator('.verdict').count()) === 0; guard += 1) {
    await inner.locator('h1#screen-heading').waitFor();
    await answerStep(inner, { age: 37 });
    await page.waitForTimeout(50);
    heights.push(await frameHeight(page));
    await next(inner);
  }
  assert.ok(await inner.locator('.verdict').count(), 'the journey reached its result inside the frame');
  assert.ok(Math.max(...heights) > welcome + 100, `the frame grew: ${heights}`);

  // Back to the short first screen: the frame shrinks again.
  await inner.locator('button', { hasText: 'Start again' }).click();
  await inner.locator('#start').waitFor();
  await page.waitForFunction((tall) => document.querySelector('iframe').getBoundingClientRect().height < tall - 100, Math.max(...heights));

  // And the calendar file downloads from inside the frame.
  await inner.locator('button', { hasText: 'Start' }).first().click();
  for (let guard = 0; guard < 12 && (await inner.locator('.verdict').count()) === 0; guard += 1) {
    await inner.locator('h1#screen-heading').waitFor();
    await answerStep(inner, { age: 37 });
    await next(inner);
  }
  await inner.locator('#plan-sessions').click();
  await inner.locator('#download-ics').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), inner.locator('#download-ics').click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the host page ignores height messages from anyone but the planner\'s frame', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(hostUrl);
  await page.frameLocator('iframe').locator('#start').waitFor();
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
  const before = await frameHeight(page);
  // A message from the host page itself (wrong source and origin) must change nothing.
  await page.evaluate(() => window.postMessage({ type: 'careplanner:height', height: 5 }, '*'));
  await page.waitForTimeout(100);
  assert.equal(await frameHeight(page), before);
  await context.close();
});
