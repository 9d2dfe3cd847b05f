// Embedded mode: inside a clinic's page (embed.js's hello, or ?embed) the app has no header or
// footer of its own, only a compact language switch, ends each screen with the privacy line
// and "not medical advice" in small print, and has no scroll bar of its own; on a plain and on
// a dark host page, at phone and desktop widths; it passes axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { launch, openApp, assertAccessible, BASE_URL } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

let browser;
let host;
let hostUrl;
// The app from "localhost", the clinic's page from 127.0.0.1: two origins, as in real use.
const appUrl = BASE_URL.replace('127.0.0.1', 'localhost');

before(async () => {
  // Scroll bars drawn as on a desktop, so that one of the frame's own would take room.
  browser = await launch({ scrollBars: true });
  host = createServer((req, res) => {
    const dark = req.url.includes('dark');
    const style = dark ? 'body{background:#14181c;color:#f1f3f4;font-family:sans-serif}' : 'body{background:#fff;font-family:sans-serif}';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>North Bay Clinic</title><style>${style} main{max-width:48rem;margin:0 auto;padding:0 1rem}</style></head>
<body><header><h1>North Bay Clinic</h1></header><main><p>Plan your microneedling with our planner.</p>
<script src="${appUrl}embed.js" data-careplanner="${appUrl}"></script></main><footer>North Bay Clinic, 1 Bay Road</footer></body></html>`);
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${host.address().port}/`;
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

/// What the frame shows of the app's own page around the screens.
async function chrome(frame) {
  return frame.evaluate(() => {
    const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const root = document.documentElement;
    return {
      embedded: root.classList.contains('embedded'),
      headers: [...document.querySelectorAll('header, [role=banner]')].filter(visible).length,
      footers: [...document.querySelectorAll('footer, [role=contentinfo]')].filter(visible).length,
      brand: visible(document.querySelector('.brand')),
      switch: visible(document.querySelector('.lang-switch')),
      smallPrint: visible(document.querySelector('.small-print')) ? document.querySelector('.small-print').innerText : '',
      // A scroll bar of the frame's own takes room from the page's width.
      scrollBar: window.innerWidth - root.clientWidth,
      overflows: root.scrollHeight > root.clientHeight,
      background: getComputedStyle(document.body).backgroundColor,
      // Nothing wider than the frame: no sideways scrolling.
      sideways: root.scrollWidth - root.clientWidth,
      // The privacy line, wherever it shows: once per screen, in the small print.
      privacyLines: [...document.querySelectorAll('main li, main p, .small-print p')]
        .filter((el) => visible(el) && /nothing is sent anywhere|no se envía nada/i.test(el.textContent)).length,
    };
  });
}

for (const [size, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
  for (const page of ['plain', 'dark']) {
    test(`embedded on a ${page} clinic page (${size}): no second header or footer, no inner scroll bar`, async () => {
      const context = await browser.newContext({ locale: 'en-US', viewport });
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(`${hostUrl}?${page}`);
      await tab.frameLocator('iframe').locator('html.embedded #start').waitFor();
      const frame = tab.frames().find((f) => f.url().startsWith(appUrl));
      let seen = await chrome(frame);
      assert.deepEqual([seen.headers, seen.footers, seen.brand, seen.switch], [0, 0, false, true], JSON.stringify(seen));
      assert.match(seen.smallPrint, /nothing is sent anywhere/i);
      assert.match(seen.smallPrint, /not medical advice/i);
      assert.equal(seen.background, 'rgba(0, 0, 0, 0)', 'the host page shows through around the sheet');
      assert.equal(seen.scrollBar, 0, 'no scroll bar of the frame\'s own');
      assert.equal(seen.sideways, 0, 'nothing wider than the frame');
      assert.equal(seen.privacyLines, 1, 'the privacy line once, in the small print, not on the card too');
      // Through the questions to the result, taller than the frame: still one scroll bar, the
      // page's, and the small print ends every screen.
      await completeJourney(frame, { age: 37 }, {
        onStep: async () => {
          seen = await chrome(frame);
          assert.deepEqual([seen.headers, seen.footers, seen.scrollBar], [0, 0, 0], JSON.stringify(seen));
          assert.match(seen.smallPrint, /not medical advice/i);
        },
      });
      seen = await chrome(frame);
      assert.deepEqual([seen.headers, seen.footers, seen.scrollBar], [0, 0, 0], JSON.stringify(seen));
      assert.ok(seen.overflows, 'the result is taller than the frame, so a scroll bar would show');
      assert.equal(seen.sideways, 0, 'nothing wider than the frame');
      // Without a scroll bar the page still scrolls: by keyboard, from inside the frame,
      // and by the wheel over it.
      const scrollY = () => frame.evaluate(() => window.scrollY);
      await frame.evaluate(() => window.scrollTo(0, 0));
      await frame.locator('h1').first().click();
      await tab.keyboard.press('PageDown');
      const byKey = await frame.waitForFunction(() => window.scrollY > 0, null, { timeout: 5000 }).then(() => true, () => false);
      assert.ok(byKey, 'Page Down scrolls the frame\'s page');
      const afterKey = await scrollY();
      const box = await tab.locator('iframe').boundingBox();
      await tab.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 400) / 2);
      await tab.mouse.wheel(0, 300);
      const byWheel = await frame.waitForFunction((y) => window.scrollY > y, afterKey, { timeout: 5000 }).then(() => true, () => false);
      assert.ok(byWheel, 'the wheel scrolls the frame\'s page');
      assert.match(seen.smallPrint, /not medical advice/i);
      const hostScroll = await tab.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
      assert.ok(hostScroll >= 0);
      // axe reads the host page and the frame in it.
      await assertAccessible(tab, `embedded, ${page}, ${size}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('?embed turns embedded mode on without embed.js, in both languages', async () => {
  for (const locale of ['en-US', 'es-ES']) {
    const { context, page } = await openApp(browser, { path: '?embed', locale });
    await page.locator('html.embedded #start').waitFor();
    const seen = await chrome(page.mainFrame());
    assert.deepEqual([seen.headers, seen.footers, seen.switch], [0, 0, true], JSON.stringify(seen));
    assert.match(seen.smallPrint, locale === 'en-US' ? /not medical advice/ : /no es un consejo médico/i);
    assert.equal(seen.privacyLines, 1, `${locale}: the privacy line once`);
    assert.equal(seen.sideways, 0);
    await context.close();
  }
});

test('without embedding the app keeps its header, footer and scroll bar', async () => {
  const { context, page } = await openApp(browser);
  let seen = await chrome(page.mainFrame());
  assert.deepEqual([seen.embedded, seen.headers, seen.footers, seen.brand], [false, 1, 1, true], JSON.stringify(seen));
  await completeJourney(page, { age: 37 });
  seen = await chrome(page.mainFrame());
  assert.ok(seen.scrollBar > 0, `the check sees a scroll bar where there is one: ${JSON.stringify(seen)}`);
  await context.close();
});
