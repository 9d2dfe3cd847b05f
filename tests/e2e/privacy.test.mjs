// Provably private: during a whole journey (screening, plan, calendar file, print) the app asks
// only its own origin for its own files, with GET; it sets no cookie and stores nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, assertNoProblems, BASE_URL } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function journeyRequests({ clinic }) {
  // Without a clinic file the service worker is kept out, so that the file's absence is
  // what the app sees (the worker would otherwise fetch the built placeholder itself). With a
  // clinic file it runs, so its own requests are recorded and checked too.
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: clinic === null ? 'block' : 'allow' });
  if (clinic === null) {
    await context.route('**/clinic.json', (route) => route.fulfill({ status: 404, body: '' }));
  } else {
    await context.route('**/clinic.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: clinic }));
  }
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), type: r.resourceType() }));
  const { page, problems } = await openApp(browser, { context });
  await completeJourney(page, { age: 45, retinoids: true, nsaids: 'otc' });
  await page.locator('#plan-sessions').click();
  await page.locator('.phase-plan').waitFor();
  await Promise.all([page.waitForEvent('download'), page.locator('#download-ics').click()]);
  await page.pdf({ format: 'A4' });
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    databases: (await indexedDB.databases()).length,
  }));
  const cookies = await context.cookies();
  await context.close();
  return { requests, problems, stored, cookies };
}

for (const [label, clinic] of [['without a clinic file', null], ['with a clinic file', JSON.stringify({ name: 'Quiet Clinic', colors: { accent: '#1d4f91' } })]]) {
  test(`a full journey ${label} sends nothing anywhere and stores nothing`, async () => {
    const { requests, problems, stored, cookies } = await journeyRequests({ clinic });
    const origin = new URL(BASE_URL).origin;
    const foreign = requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
    assert.deepEqual(foreign, [], 'no request leaves the app\'s origin');
    const notGet = requests.filter((r) => r.method !== 'GET');
    assert.deepEqual(notGet, [], 'only GET requests');
    const own = requests.filter((r) => r.url.startsWith(origin)).map((r) => new URL(r.url));
    for (const { pathname } of own) {
      assert.match(pathname, /^\/([\w.-]+\.(html|js|wasm|css|svg|png|json|webmanifest)|icons\/[\w.-]+\.(png|svg))?$/, `only the app's own files: ${pathname}`);
    }
    // The query and the fragment are where an answer could travel; neither is ever set.
    const carrying = own.filter((url) => url.search !== '' || url.hash !== '').map((url) => url.href);
    assert.deepEqual(carrying, [], 'no answer travels in a URL');
    assert.deepEqual(stored, { local: 0, session: 0, cookies: '', databases: 0 });
    assert.deepEqual(cookies, []);
    // The missing clinic file (a 404 on purpose) and the blocked worker are this test's own doing.
    assertNoProblems(problems.filter((p) => !p.includes('clinic.json') && !p.includes('status of 404') && !p.includes('registration blocked by Playwright')), label);
  });
}
