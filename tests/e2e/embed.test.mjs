// Embedded on a clinic's page from another origin: embed.js creates a titled iframe as tall as
// the window, a journey completes inside it, the calendar file downloads and Copy link works.
// And the host page plays the eavesdropper: a script on it records every message event and
// every size of the frame while a person answers yes, then no, to each question with a
// follow-up; the two records must be the same.
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

// What an analytics script on the clinic's page can see: every message event on the window
// (from any source) and every size the frame takes, from a ResizeObserver and a poll.
const SPY = `<script>
window.seen = [];
addEventListener('message', (e) => seen.push(['message', e.origin, JSON.stringify(e.data), e.ports.length]), true);
addEventListener('DOMContentLoaded', () => {
  const frame = document.querySelector('iframe');
  let last = '';
  const note = () => {
    const r = frame.getBoundingClientRect();
    const size = r.width + 'x' + r.height;
    if (size !== last) seen.push(['size', last = size]);
  };
  new ResizeObserver(note).observe(frame);
  setInterval(note, 20);
});
</script>`;

before(async () => {
  browser = await launch();
  host = createServer((req, res) => {
    const spy = req.url.includes('spy') ? SPY : '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url.includes('plain')) {
      res.end(`<!doctype html><html lang="en"><head><title>Plain</title></head><body><iframe src="${appUrl}" title="Planner"></iframe></body></html>`);
      return;
    }
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>North Bay Clinic</title></head>
<body><h1>Plan your microneedling</h1><p>Our planner runs in your browser.</p>
<script src="${appUrl}embed.js" data-careplanner="${appUrl}"></script>${spy}
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
const appFrame = (page) => page.frames().find((f) => f.url().startsWith(appUrl));

/// From the first screen to the result inside the frame, with `answers`.
async function journey(page, answers) {
  const inner = appFrame(page);
  await inner.locator('#start').click();
  for (let guard = 0; guard < 12 && (await inner.locator('.verdict').count()) === 0; guard += 1) {
    await inner.locator('h1#screen-heading').waitFor();
    await answerStep(inner, answers);
    await next(inner);
  }
  assert.ok(await inner.locator('.verdict').count(), 'the journey reached its result inside the frame');
  return inner;
}

test('the planner works inside a clinic page on another origin, in a frame as tall as the window', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(hostUrl);
  const iframe = page.locator('iframe');
  await iframe.waitFor();
  assert.ok((await iframe.getAttribute('title')).length > 5, 'the frame has a title');
  assert.equal(new URL(await iframe.getAttribute('src')).origin, new URL(appUrl).origin);
  assert.equal(await iframe.getAttribute('allow'), 'clipboard-write');
  await page.frameLocator('iframe').locator('#start').waitFor();
  assert.equal(await frameHeight(page), 900, 'the frame is as tall as the window');

  const inner = await journey(page, { age: 37 });
  await inner.locator('#plan-sessions').click();
  await inner.locator('#download-ics').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), inner.locator('#download-ics').click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  // Copy link writes to the clipboard from inside the cross-origin frame.
  await inner.locator('#share-open').click();
  const link = await inner.locator('#share-link').inputValue();
  await inner.locator('#copy-link').click();
  await inner.locator('.copy-status', { hasText: 'Link copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.equal(await frameHeight(page), 900, 'nothing in the journey changed the frame');
  assert.deepEqual(errors, []);
  await context.close();
});

const daysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
// Each question with a follow-up, and what the follow-ups get when they are shown (recent
// enough to postpone, so the verdict differs too).
const FOLLOW_UPS = [
  ['isotretinoin', { isotretinoin_still_taking: false, isotretinoin_last_dose: daysAgo(20) }],
  ['recent_injection', { injection_last_date: daysAgo(3) }],
];

/// One journey on the spying host page: answers `id` with `yes`, to the result, then Start
/// again; returns everything the host page saw, in order.
async function observedBy(id, yes, follow) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${hostUrl}?spy`);
  await page.frameLocator('iframe').locator('#start').waitFor();
  const inner = await journey(page, yes ? { age: 41, [id]: true, ...follow } : { age: 41, [id]: false });
  const verdict = await inner.locator('.verdict').getAttribute('class');
  await inner.locator('button', { hasText: 'Start again' }).click();
  await inner.locator('#start').waitFor();
  await page.waitForTimeout(100);
  const seen = await page.evaluate(() => window.seen);
  await context.close();
  return { seen, verdict };
}

for (const [id, follow] of FOLLOW_UPS) {
  test(`a script on the host page cannot tell whether ${id} was answered yes or no`, async () => {
    const yes = await observedBy(id, true, follow);
    const no = await observedBy(id, false, follow);
    // The two people really did get different screens (a follow-up, a verdict)...
    assert.notEqual(yes.verdict, no.verdict, 'the answers made a difference inside the frame');
    // ...and the host page saw exactly the same thing.
    assert.deepEqual(yes.seen, no.seen);
    assert.ok(yes.seen.every(([kind, origin]) => kind !== 'message' || origin !== new URL(appUrl).origin),
      `no message from the app on the host's window: ${JSON.stringify(yes.seen)}`);
  });
}

/// Whether the planner in a plain iframe (no embed.js) answers the hello the host page sends
/// it, with clinic.json listing `origins` (if any) as the pages allowed to embed it.
async function answersHello(origins) {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.route(`${appUrl}clinic.json`, (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: JSON.stringify(origins ? { embed_origins: origins } : {}),
  }));
  const page = await context.newPage();
  await page.goto(`${hostUrl}?plain`);
  // The app answers once its code runs; until then the first screen may be index.html's own
  // drawing (which a host that says hello once, unlike embed.js, must not take for the app).
  await page.frameLocator('iframe').locator('.app:not([data-ahead]) #start').waitFor();
  const answered = await page.evaluate((origin) => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => resolve(e.data.type);
    document.querySelector('iframe').contentWindow.postMessage({ type: 'careplanner:hello' }, origin, [channel.port2]);
    setTimeout(() => resolve(null), 1500);
  }), new URL(appUrl).origin);
  await context.close();
  return answered;
}

test('the planner talks only to the pages clinic.json lists in embed_origins', async () => {
  const me = new URL(hostUrl).origin;
  assert.equal(await answersHello(null), 'careplanner:ready', 'without a list, any page');
  assert.equal(await answersHello(['https://www.clinic.example', me]), 'careplanner:ready', 'a listed page');
  assert.equal(await answersHello(['https://www.clinic.example']), null, 'an unlisted page gets no answer');
});

test('a share link made inside the frame opens the clinic\'s page, whose frame opens the plan', async () => {
  const sharePage = `${hostUrl}microneedling`;
  const clinic = JSON.stringify({ name: 'North Bay Clinic', share_page: sharePage });
  const sender = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await sender.route(`${appUrl}clinic.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: clinic }));
  const page = await sender.newPage();
  await page.goto(hostUrl);
  await page.frameLocator('iframe').locator('#start').waitFor();
  const inner = await journey(page, { age: 39 });
  await inner.locator('#plan-sessions').click();
  await inner.locator('#share-open').click();
  const link = await inner.locator('#share-link').inputValue();
  const code = await inner.locator('#share-code').innerText();
  assert.ok(link.startsWith(`${sharePage}#~`), `${link} opens the clinic's page, locked`);
  await sender.close();

  const phone = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  await phone.route(`${appUrl}clinic.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: clinic }));
  const host = await phone.newPage();
  await host.goto(link);
  const frame = host.frameLocator('iframe');
  await frame.locator('#unlock-code').fill(code);
  await frame.locator('#unlock').click();
  await frame.getByRole('heading', { level: 1, name: 'Plan your sessions' }).waitFor();
  assert.equal(await host.evaluate(() => location.hash), '', 'the fragment left the clinic page\'s address');
  await phone.close();
});
