// Browser benchmark: careplanner's release build against the same questionnaire written with
// SurveyJS, in the same run, on the same browser. Run through scripts/bench.sh, which builds
// what is missing and serves both on 127.0.0.1; see docs/performance.md for what each figure
// means.
//
// Every run opens a fresh browser context (empty cache, no service worker), loads the page and
// walks the whole questionnaire with "nothing to report" answers. Times are taken inside the
// page: the start is the navigation start or the click's dispatch, the end is the first frame
// after the DOM shows the awaited element (requestAnimationFrame, then a message-channel task,
// which runs once that frame has been produced). Output: markdown on stdout, JSON in
// bench/results.json.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const env = process.env;
const RUNS = Number(env.RUNS ?? 10);
const THROTTLES = (env.THROTTLE ?? '1,4').split(',').map(Number);
// NETWORK=slow4g emulates Lighthouse's mobile network (150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up) for every run; by default the network is localhost's.
const NETWORKS = {
  none: null,
  slow4g: { offline: false, latency: 150, downloadThroughput: 1638400 / 8, uploadThroughput: 750000 / 8 },
};
const NETWORK = env.NETWORK ?? 'none';
// START=eager (the default) presses careplanner's Start the moment the first screen's frame is
// out, from inside the page, as a person with no reaction time would; START=reader waits until
// the questions' module is here, as one who reads the first screen first (Playwright clicks).
const START = env.START ?? 'eager';
if (!['eager', 'reader'].includes(START)) throw new Error('START must be eager or reader');
if (!(NETWORK in NETWORKS)) throw new Error(`NETWORK must be one of ${Object.keys(NETWORKS).join(', ')}`);
// Each toggle is two measured updates: the follow-up question appears, then disappears.
const TOGGLES = Number(env.TOGGLES ?? 5);
const OUT = env.OUT ?? path.join(here, 'results.json');
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// The questionnaire, read from the generated SurveyJS model: both apps use the protocol's
// question ids, so one description drives both.
const MODEL = JSON.parse(fs.readFileSync(path.join(here, 'surveyjs', 'model.json'), 'utf8'));
const STEPS = MODEL.pages.map((p) => p.elements);
// The first follow-up that appears on a "yes" on the same step: the re-render probe.
const PROBE = (() => {
  for (const [step, elements] of STEPS.entries()) {
    for (const e of elements) {
      const m = /^\{(\w+)\} = true$/.exec(e.visibleIf ?? '');
      if (m && elements.some((o) => o.name === m[1])) return { step, trigger: m[1], followUp: e.name };
    }
  }
  throw new Error('the questionnaire has no follow-up to probe');
})();

const APPS = {
  careplanner: {
    url: env.OURS_URL ?? 'http://127.0.0.1:8080/',
    dir: env.OURS_DIR ?? path.join(here, '..', 'dist'),
    firstScreen: '#start',
    input: (id) => `main form [name="q-${id}"], main form #q-${id}`,
    option: (page, id, value) => page.locator(`main form input[name="q-${id}"][value="${value}"]`),
    next: () => 'main button[type="submit"]',
    done: '.verdict',
  },
  surveyjs: {
    url: env.PEER_URL ?? 'http://127.0.0.1:8081/',
    dir: env.PEER_DIR ?? path.join(here, 'dist-peer'),
    // SurveyJS opens on the first page of questions: its first screen is the first question.
    firstScreen: '.sd-page .sd-question input',
    input: (id) => `.sd-page [data-name="${id}"] input`,
    // The inputs are visually hidden behind styled labels; people click the label.
    option: (page, id, value) => page.locator(`[data-name="${id}"] label:has(input[value="${value}"])`),
    next: (last) => (last ? '.sd-navigation__complete-btn' : '.sd-navigation__next-btn'),
    done: '.sd-completedpage',
  },
};

// What the page says on its console once its measured start-up is over (see instrument).
const SETTLED = 'bench: start-up measured';

/// Installed in every page before its own scripts run (serialised by Playwright).
function instrument({ firstScreen, eagerStart, SETTLED }) {
  const frameAfter = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  }));
  const holds = (selector, present) => {
    const el = document.querySelector(selector);
    if (!present) return !el;
    // Laid out and visible: a page may lay out what it has not shown yet (visibility: hidden).
    return !!el && !el.disabled && el.getClientRects().length > 0
      && getComputedStyle(el).visibility === 'visible';
  };
  // Resolves with the DOM time and the frame time once the selector is (or is no longer) there.
  const until = (selector, present, timeout) => new Promise((resolve, reject) => {
    let observer = null;
    const timer = setTimeout(() => {
      observer?.disconnect();
      reject(new Error(`timed out waiting for ${selector} (present: ${present})`));
    }, timeout);
    const check = () => {
      if (!holds(selector, present)) return false;
      observer?.disconnect();
      clearTimeout(timer);
      const dom = performance.now();
      frameAfter().then((frame) => resolve({ dom, frame }));
      return true;
    };
    if (check()) return;
    observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const bench = {
    first: until(firstScreen, true, 120000),
    wasm: null,
    // Arms a measurement for the next click: from its dispatch to the frame showing its effect.
    arm(selector, present, timeout) {
      bench.pending = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the click never came')), timeout);
        addEventListener('click', () => {
          clearTimeout(timer);
          performance.clearMarks();
          performance.clearMeasures();
          const start = performance.now();
          performance.mark('bench-input');
          until(selector, present, timeout).then(({ dom }) => {
            const end = performance.mark('bench-frame');
            const m = performance.measure('bench-update', 'bench-input', 'bench-frame');
            // `at`: the frame's time since the navigation began.
            resolve({ dom: dom - start, frame: m.duration, at: end.startTime });
          }, reject);
        }, { capture: true, once: true });
      });
    },
    wasmBytes: () => bench.wasm?.memory?.buffer?.byteLength ?? 0,
  };
  // An eager person, with no reaction time: Start is clicked in the page the moment the first
  // screen's frame is out (Playwright's own click would add its round trips and actionability
  // checks, which SurveyJS's first question does not pay), then the first question awaited.
  if (eagerStart) {
    bench.eager = bench.first.then(() => {
      const start = performance.now();
      document.querySelector(eagerStart.button).click();
      return until(eagerStart.question, true, 120000).then(({ dom, frame }) => ({
        dom: dom - start, frame: frame - start, at: frame,
      }));
    });
  }
  // Said on the console once the start-up measured above is over: until then the harness only
  // listens, as any evaluation of its own (Playwright injects a script for it) would be a task
  // of its own in the page, in the middle of the start-up it measures.
  const settled = eagerStart ? bench.eager : bench.first;
  settled.finally(() => console.debug(SETTLED));
  // Trunk's loader announces the started module; its exports hold the wasm linear memory.
  addEventListener('TrunkApplicationStarted', (e) => { bench.wasm = e.detail?.wasm ?? null; });
  window.__bench = bench;
}

async function timedClick(page, locator, selector, present, timeout) {
  await page.evaluate(([s, p, t]) => window.__bench.arm(s, p, t), [selector, present, timeout]);
  await locator.click({ timeout });
  return page.evaluate(() => window.__bench.pending);
}

/// The "nothing to report" answer, as the end-to-end tests give it.
function defaultAnswer(e) {
  if (e.type === 'boolean') return 'false';
  if (e.type === 'text' && e.inputType === 'number') return '35';
  if (e.type === 'radiogroup') return e.choices.some((c) => c.value === 'none') ? 'none' : e.choices[0].value;
  if (e.type === 'checkbox') return e.choices[0].value;
  return null;
}

async function answer(page, app, e, value) {
  if (e.type === 'text') await page.locator(app.input(e.name)).fill(value);
  else await app.option(page, e.name, value).click();
}

/// One cold load and full journey; returns every figure of the run.
async function journey(browser, name, throttle) {
  const app = APPS[name];
  const timeout = 30000 * throttle;
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(timeout);
  const eagerStart = name === 'careplanner' && START === 'eager'
    ? { button: '#start', question: app.input(STEPS[0][0].name) } : null;
  await context.addInitScript(instrument, { firstScreen: app.firstScreen, eagerStart, SETTLED });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  const fetched = new Set();
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} ${res.url()}`);
    else fetched.add(new URL(res.url()).pathname);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (NETWORKS[NETWORK]) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORKS[NETWORK]);
  }
  try {
    const run = { app: name, throttle };
    const settled = page.waitForEvent('console', { predicate: (msg) => msg.text() === SETTLED, timeout });
    await page.goto(app.url, { waitUntil: 'commit', timeout });
    await settled;
    const first = await page.evaluate(() => window.__bench.first);
    run.firstScreen = first.frame;
    run.firstScreenDom = first.dom;
    run.firstLoad = [...fetched].sort();
    if (name === 'careplanner' && START === 'reader') {
      // Start is pressed once the questions' module is here, as by a person who reads the
      // first screen; one who presses it sooner waits until then (the module's time below).
      run.questionsModule = await page.evaluate((t) => new Promise((resolve, reject) => {
        const deadline = performance.now() + t;
        const poll = () => {
          const mark = performance.getEntriesByName('careplanner:app', 'mark')[0];
          if (mark) resolve(mark.startTime);
          else if (performance.now() > deadline) reject(new Error('the questions\' module never arrived'));
          else setTimeout(poll, 5);
        };
        poll();
      }), timeout);
    }
    if (name === 'careplanner') {
      const started = START === 'eager'
        ? await page.evaluate(() => window.__bench.eager)
        : await timedClick(page, page.locator('#start'), app.input(STEPS[0][0].name), true, timeout);
      run.startToQuestion = started;
      run.firstQuestion = started.at;
    } else {
      run.firstQuestion = first.frame;
    }
    // Everything fetched until the first question was ready (the union is taken below).
    run.beforeQuestion = [...fetched].sort();
    run.show = [];
    run.hide = [];
    run.nextStep = [];
    for (const [index, elements] of STEPS.entries()) {
      for (const e of elements.filter((e) => !e.visibleIf)) {
        const value = defaultAnswer(e);
        if (value !== null) await answer(page, app, e, value);
      }
      if (index === PROBE.step) {
        for (let i = 0; i < TOGGLES; i += 1) {
          run.show.push(await timedClick(page, app.option(page, PROBE.trigger, 'true'), app.input(PROBE.followUp), true, timeout));
          run.hide.push(await timedClick(page, app.option(page, PROBE.trigger, 'false'), app.input(PROBE.followUp), false, timeout));
        }
      }
      const last = index === STEPS.length - 1;
      const target = last ? app.done : app.input(STEPS[index + 1][0].name);
      run.nextStep.push(await timedClick(page, page.locator(app.next(last)), target, true, timeout));
    }
    if (name === 'careplanner') {
      run.plan = await timedClick(page, page.locator('#plan-sessions'), '.phase-plan', true, timeout);
      // The app's own User Timing measures (ui::platform::measure) of that first showing: the
      // engine building the plan, and the plan by phases written as markup.
      const measured = await page.evaluate(() => Object.fromEntries(['plan-build', 'phases'].map((n) => [n, performance.getEntriesByName(`careplanner:${n}`, 'measure')[0]?.duration ?? null])));
      run.planBuild = measured['plan-build'];
      run.agendaMarkup = measured.phases;
    }
    // Read at the end: the paint entry is queued after the frame that the first screen waits for.
    run.fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const counters = await cdp.send('Memory.getDOMCounters');
    run.jsHeapUsed = heap.usedSize;
    run.jsHeapTotal = heap.totalSize;
    run.wasmMemory = await page.evaluate(() => window.__bench.wasmBytes());
    run.domNodes = counters.nodes;
    run.listeners = counters.jsEventListeners;
    run.problems = problems;
    return run;
  } finally {
    await context.close();
  }
}

// What the app fetches after its first load: the app's module and the chunk it shares with the
// plan's, the plan's module, the words of each language.
const AFTER_FIRST_LOAD = /-(app|chunk\d+|later)\.wasm$|\/(en|es)\.json$/;

/// What careplanner's first question waits for: everything fetched after the first load is
/// held back until the first question is ready (or `timeout` passes), so only what it needs
/// gets through. Returns those paths, or null when it never became ready without the rest.
async function neededForQuestion(browser, throttle) {
  const app = APPS.careplanner;
  const timeout = 30000 * throttle;
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(timeout);
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await context.route((url) => AFTER_FIRST_LOAD.test(url.pathname), async (route) => {
    await released;
    await route.continue().catch(() => {});
  });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('response', (res) => fetched.add(new URL(res.url()).pathname));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  try {
    await page.goto(app.url, { waitUntil: 'commit', timeout });
    await page.locator('#start').click();
    const ready = await page.locator(app.input(STEPS[0][0].name)).waitFor({ timeout }).then(() => true, () => false);
    const needed = ready ? [...fetched].sort() : null;
    release();
    return needed;
  } finally {
    release();
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const stats = (xs) => (xs.length === 0 ? null : { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

/// Raw, gzip -9 and brotli -q 11 sizes of each first-load file, with the same tools as scripts/size.sh.
function bytesOf(dir, files) {
  const rows = files.map((p) => {
    const rel = decodeURIComponent(p).replace(/^\//, '') || 'index.html';
    const file = path.join(dir, rel.endsWith('/') ? `${rel}index.html` : rel);
    return {
      file: rel,
      raw: fs.statSync(file).size,
      gzip: execFileSync('gzip', ['-9', '-c', file]).length,
      brotli: execFileSync('brotli', ['-c', '-q', '11', file]).length,
    };
  });
  const total = { file: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of ['raw', 'gzip', 'brotli']) total[k] += r[k];
  return { files: rows, total };
}

const ms = (s) => (s ? `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : 'n/a');
// Sub-millisecond measures; the browser's clock is coarsened to about 0.1 ms without isolation.
const ms2 = (s) => (s ? `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : 'n/a');
const ratio = (a, b) => (a && b ? `${(a.median / b.median).toFixed(2)}×` : 'n/a');
const mib = (s) => (s ? `${(s.median / 1048576).toFixed(2)}` : 'n/a');

async function main() {
  const watchdog = setTimeout(() => {
    console.error('bench: over the time limit (BENCH_TIMEOUT_S), giving up');
    process.exit(2);
  }, Number(env.BENCH_TIMEOUT_S ?? 1800) * 1000);
  const browser = await chromium.launch({ executablePath: env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: FLAGS });
  const runs = [];
  const needed = [];
  let version;
  try {
    // One discarded journey each, so that neither app pays for the browser's own warm-up.
    for (const name of Object.keys(APPS)) await journey(browser, name, 1);
    for (const throttle of THROTTLES) {
      needed.push(await neededForQuestion(browser, throttle));
      for (let i = 0; i < RUNS; i += 1) {
        // Alternate the apps, so that any drift on the shared machine falls on both.
        for (const name of Object.keys(APPS)) {
          const run = await journey(browser, name, throttle);
          if (run.problems.length) throw new Error(`${name}: ${run.problems.join('; ')}`);
          runs.push(run);
          process.stderr.write(`${name} ×${throttle} run ${i + 1}/${RUNS}: first screen ${run.firstScreen.toFixed(1)} ms\n`);
        }
      }
    }
  } finally {
    version = browser.version();
    await browser.close();
  }
  clearTimeout(watchdog);

  const summary = {};
  for (const throttle of THROTTLES) {
    for (const name of Object.keys(APPS)) {
      const rs = runs.filter((r) => r.app === name && r.throttle === throttle);
      // A run's value, or every sample of every run for the repeated measures, in ms or bytes.
      const pick = (get) => stats(rs.flatMap((r) => [get(r)].flat()).filter((v) => typeof v === 'number'));
      summary[`${name}@${throttle}`] = {
        firstScreen: pick((r) => r.firstScreen),
        firstScreenDom: pick((r) => r.firstScreenDom),
        fcp: pick((r) => r.fcp),
        questionsModule: pick((r) => r.questionsModule),
        startToQuestion: pick((r) => r.startToQuestion?.frame),
        firstQuestion: pick((r) => r.firstQuestion),
        showDom: pick((r) => r.show.map((m) => m.dom)),
        showFrame: pick((r) => r.show.map((m) => m.frame)),
        hideDom: pick((r) => r.hide.map((m) => m.dom)),
        hideFrame: pick((r) => r.hide.map((m) => m.frame)),
        nextStep: pick((r) => r.nextStep.map((m) => m.frame)),
        planDom: pick((r) => r.plan?.dom),
        plan: pick((r) => r.plan?.frame),
        planBuild: pick((r) => r.planBuild),
        agendaMarkup: pick((r) => r.agendaMarkup),
        jsHeapUsed: pick((r) => r.jsHeapUsed),
        wasmMemory: pick((r) => r.wasmMemory),
        heapPlusWasm: pick((r) => r.jsHeapUsed + r.wasmMemory),
        domNodes: pick((r) => r.domNodes),
      };
    }
  }
  // The union over all runs: a late request such as the favicon's does not come every time.
  const union = (name, get) => [...new Set(runs.filter((r) => r.app === name).flatMap(get))].sort();
  const bytes = {};
  const beforeQuestion = {};
  // What the first question waited for, at every throttle (null: it waited for what was held).
  const neededBytes = needed.includes(null) ? null : bytesOf(APPS.careplanner.dir, [...new Set(needed.flat())].sort());
  for (const name of Object.keys(APPS)) {
    bytes[name] = bytesOf(APPS[name].dir, union(name, (r) => r.firstLoad));
    beforeQuestion[name] = bytesOf(APPS[name].dir, union(name, (r) => r.beforeQuestion));
  }

  const out = [];
  out.push(`Chromium ${version}, headless, 390×844 viewport; ${RUNS} cold runs per app and setting; `
    + `${TOGGLES} show/hide pairs per run ("${PROBE.trigger}" yes/no shows and hides "${PROBE.followUp}").`);
  out.push('Times in ms: median (min–max) over the runs, or over every sample for repeated measures. '
    + '"DOM" = the change is in the DOM; "frame" = the next frame after it has been produced. '
    + 'Memory in MiB after the full journey and a forced GC.\n');
  let summaryOf;
  const row = (label, k, fmt, peerText) => {
    const o = summaryOf('careplanner')[k];
    const p = summaryOf('surveyjs')[k];
    return `| ${label} | ${fmt(o)} | ${peerText ?? fmt(p)} | ${peerText ? 'n/a' : ratio(o, p)} |`;
  };
  for (const throttle of THROTTLES) {
    summaryOf = (name) => summary[`${name}@${throttle}`];
    const network = NETWORK === 'none' ? '' : `, network ${NETWORK}`;
    out.push(`### CPU ${throttle === 1 ? 'not throttled' : `throttled ${throttle}×`}${network}\n`);
    out.push('| measure | careplanner | SurveyJS | careplanner / SurveyJS |');
    out.push('|---|---|---|---|');
    out.push(row('navigation → first screen ready, frame (ours: Start button; SurveyJS: first question)', 'firstScreen', ms));
    out.push(row('navigation → first screen ready, DOM', 'firstScreenDom', ms));
    out.push(row('navigation → first contentful paint', 'fcp', ms));
    if (START === 'reader') out.push(row('navigation → the questions\' module here (ours; Start waits for it until then)', 'questionsModule', ms, 'n/a (no start screen)'));
    out.push(row(`Start clicked (${START}) → first question ready, frame`, 'startToQuestion', ms, 'n/a (no start screen)'));
    out.push(row(`navigation → first question ready, frame (ours: Start pressed ${START === 'eager' ? 'as soon as enabled' : 'once the module is here'})`, 'firstQuestion', ms));
    out.push(row('answer "yes" → follow-up question in the DOM', 'showDom', ms));
    out.push(row('answer "yes" → follow-up question, frame', 'showFrame', ms));
    out.push(row('answer "no" → follow-up question gone from the DOM', 'hideDom', ms));
    out.push(row('answer "no" → follow-up question gone, frame', 'hideFrame', ms));
    out.push(row('Next → next step\'s first question (last: result), frame', 'nextStep', ms));
    out.push(row('"Plan my sessions" → the 4-session plan by phases in the DOM', 'planDom', ms, 'n/a (no plan)'));
    out.push(row('"Plan my sessions" → the 4-session plan by phases, frame', 'plan', ms, 'n/a (no plan)'));
    out.push(row('of which: the plan built in the browser (engine, wasm)', 'planBuild', ms2, 'n/a (no plan)'));
    out.push(row('of which: the plan by phases written as markup (wasm)', 'agendaMarkup', ms2, 'n/a (no plan)'));
    out.push(row('JS heap used', 'jsHeapUsed', mib));
    out.push(row('wasm linear memory', 'wasmMemory', mib, 'n/a (no wasm)'));
    out.push(row('JS heap + wasm memory', 'heapPlusWasm', mib));
    out.push(row('DOM nodes at the end (ours shows the plan)', 'domNodes', (s) => (s ? String(s.median) : 'n/a')));
    out.push('');
  }
  out.push('### Shipped bytes of the first load (every file the browser fetched)\n');
  for (const name of Object.keys(APPS)) {
    out.push(`| ${name} file | raw | gzip -9 | brotli -q 11 |`);
    out.push('|---|---|---|---|');
    for (const r of [...bytes[name].files, bytes[name].total]) out.push(`| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
    out.push('');
  }
  out.push('### What the first question waits for\n');
  out.push('Everything the page asks for after its first load (the app\'s module and chunk, the plan\'s module, '
    + 'the words) held back until the first question was ready, in one more run at each throttle:\n');
  if (neededBytes) {
    out.push('| careplanner file | raw | gzip -9 | brotli -q 11 |');
    out.push('|---|---|---|---|');
    for (const r of [...neededBytes.files, neededBytes.total]) out.push(`| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
  } else {
    out.push('The first question never came without them.');
  }
  out.push('');
  out.push('### Fetched until the first question was ready, without holding anything back\n');
  out.push('What had arrived by then on this loopback network, including what was on its way for the steps after it.\n');
  out.push('| careplanner file | raw | gzip -9 | brotli -q 11 |');
  out.push('|---|---|---|---|');
  for (const r of [...beforeQuestion.careplanner.files, beforeQuestion.careplanner.total]) out.push(`| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
  out.push('');
  // Issue 19's goals, each as SurveyJS's time over ours (higher is better for us).
  out.push('| goal (issue 19) | measured | met? |');
  out.push('|---|---|---|');
  for (const throttle of THROTTLES) {
    const [ours, peer] = ['careplanner', 'surveyjs'].map((n) => summary[`${n}@${throttle}`]);
    const times = (a, b) => (a && b ? b.median / a.median : NaN);
    const q = times(ours.firstQuestion, peer.firstQuestion);
    const f = times(ours.firstScreen, peer.firstScreen);
    out.push(`| CPU ×${throttle}: navigation → first question at least 2× sooner than SurveyJS | ${q.toFixed(2)}× sooner | ${q >= 2 ? 'yes' : 'no'} |`);
    out.push(`| CPU ×${throttle}: first screen at least 2.5× sooner than SurveyJS's first question | ${f.toFixed(2)}× sooner | ${f >= 2.5 ? 'yes' : 'no'} |`);
  }
  const neededGzip = neededBytes?.total.gzip;
  out.push(neededGzip === undefined
    ? '| at most 120 KB gzip fetched before the first question | it waits for what comes after the first load | no |'
    : `| at most 120 KB gzip fetched before the first question | ${neededGzip} bytes (everything after the first load held back) | ${neededGzip <= 120000 ? 'yes' : 'no'} |`);
  out.push('');
  const [o, p] = [bytes.careplanner.total, bytes.surveyjs.total];
  out.push('| total | careplanner | SurveyJS | careplanner / SurveyJS |');
  out.push('|---|---|---|---|');
  for (const k of ['raw', 'gzip', 'brotli']) out.push(`| ${k} | ${o[k]} | ${p[k]} | ${(o[k] / p[k]).toFixed(2)}× |`);
  console.log(out.join('\n'));

  fs.writeFileSync(OUT, JSON.stringify({
    date: new Date().toISOString(), chromium: version, runsPerSetting: RUNS, throttles: THROTTLES, network: NETWORK,
    start: START, probe: PROBE, summary, bytes, beforeQuestion, needed: neededBytes, runs,
  }, null, 2));
  console.error(`bench: wrote ${OUT}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
