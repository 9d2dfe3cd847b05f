// Screenshots of what a clinic sees and gives its patients, for a person to look at: the
// configurator (empty, filled, with a broken file open) and the app embedded in a plain and in
// a dark clinic page, at phone and desktop size, in English and Spanish:
// `node clinic-screens.mjs OUT_DIR`. Not a test; run it against a served release build (BASE_URL).
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { launch, BASE_URL } from './helpers.mjs';

const out = process.argv[2] ?? '/tmp/clinic-screens';
mkdirSync(out, { recursive: true });
const appUrl = BASE_URL.replace('127.0.0.1', 'localhost');
const host = createServer((req, res) => {
  const dark = req.url.includes('dark');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title>
<style>body{margin:0;font-family:Georgia,serif;background:${dark ? '#14181c' : '#fff'};color:${dark ? '#f1f3f4' : '#222'}}
header,footer{padding:1rem 2rem;background:${dark ? '#000' : '#7a1f5c'};color:#fff}main{max-width:48rem;margin:0 auto;padding:1rem}</style></head>
<body><header><b>Clínica Norte</b> · Treatments · Contact</header><main><h1>Plan your microneedling</h1>
<script src="${appUrl}embed.js" data-careplanner="${appUrl}"></script></main><footer>Clínica Norte, Calle Mayor 1</footer></body></html>`);
});
await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
const hostUrl = `http://127.0.0.1:${host.address().port}/`;
const BROKEN = '{"name": "Clínica Sur", "phone": "12", "colors": {"accent": "#ffd700"}, "settings": {"isotretinoin_months": 30, "sessions_min": 5, "sessions_default": 2}, "colours": {}}';

const browser = await launch();
for (const [size, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
  for (const locale of ['en-US', 'es-ES']) {
    const context = await browser.newContext({ locale, viewport });
    const page = await context.newPage();
    const shot = (name, full = true) => page.screenshot({ path: `${out}/${locale}-${size}-${name}.png`, fullPage: full });
    await page.goto(new URL('configure.html', BASE_URL).href);
    await page.frameLocator('#preview').locator('#start').waitFor();
    await shot('cfg-0-empty', false);
    await page.locator('#f-name').fill('Clínica Norte');
    await page.locator('#f-phone').fill('+34 911 234 567');
    await page.locator('#f-colors-accent').fill('#7a1f5c');
    await page.locator('#f-colors-background').fill('#fdf8f3');
    await page.locator('#f-settings-isotretinoin-months').fill('12');
    await page.locator('#f-settings-isotretinoin-months').scrollIntoViewIfNeeded();
    await shot('cfg-1-setting', false);
    for (const screen of ['question', 'result', 'plan']) {
      await page.locator(`#cfg-screen-${screen}`).check();
      await page.frameLocator('#preview').locator('h1#screen-heading').waitFor();
      await page.waitForTimeout(500);
      await page.locator('#preview').screenshot({ path: `${out}/${locale}-${size}-cfg-preview-${screen}.png` });
    }
    await page.locator('#cfg-embedded').check();
    await page.waitForTimeout(1500);
    await page.locator('#preview').screenshot({ path: `${out}/${locale}-${size}-cfg-preview-plan-embedded.png` });
    await page.locator('#cfg-file').setInputFiles({ name: 'clinic.json', mimeType: 'application/json', buffer: Buffer.from(BROKEN) });
    await page.locator('#cfg-opened', { hasText: 'clinic.json' }).waitFor();
    await shot('cfg-2-broken');
    await page.locator('#cfg-publish-heading').scrollIntoViewIfNeeded();
    await shot('cfg-3-publish', false);
    for (const kind of ['plain', 'dark']) {
      await page.goto(`${hostUrl}?${kind}`);
      await page.frameLocator('iframe').locator('html.embedded #start').waitFor();
      await shot(`embed-${kind}-0-welcome`, false);
      await page.frameLocator('iframe').locator('#start').click();
      await page.frameLocator('iframe').locator('h1#screen-heading').waitFor();
      await page.locator('iframe').scrollIntoViewIfNeeded();
      await shot(`embed-${kind}-1-step`, false);
    }
    await context.close();
  }
}
await browser.close();
host.close();
console.log(`screenshots in ${out}`);
