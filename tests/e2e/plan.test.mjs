// Planning in the release build: session dates, the plan by phases, Today, the month grid,
// both calendar forms, the printed sheet, and dates that must be refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { launch, openApp, assertAccessible, assertNoProblems } from './helpers.mjs';
import { completeJourney } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
// The tests' browser is en-US, which writes dates month first; en-GB day first (tested below).
const longDate = (d) => `${WEEKDAYS[d.getDay()]}, ${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const addDays = (d, n) => { const x = new Date(d); x.setDate(x.getDate() + n); return x; };
const PYTHON = new URL('../../.tools/py/bin/python', import.meta.url).pathname;

/// Through the screening to the plan, with the first session `daysAhead` days from today.
async function openPlan(page, answers, { daysAhead = 20, sessions = '4' } = {}) {
  await completeJourney(page, answers);
  await page.locator('#plan-sessions').click();
  await page.locator('#first-date').waitFor();
  const first = addDays(new Date(), daysAhead);
  await page.locator('#first-date').fill(iso(first));
  await page.locator('#session-count').selectOption(sessions);
  return first;
}

const SHORT_WEEKDAYS = WEEKDAYS.map((w) => w.slice(0, 3));
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));
// The short day the plan writes in ranges: "Mon, Dec 14" in the US, "Mon 14 Dec" in Britain.
const shortDay = (d, monthFirst = true) => (monthFirst
  ? `${SHORT_WEEKDAYS[d.getDay()]}, ${SHORT_MONTHS[d.getMonth()]} ${d.getDate()}`
  : `${SHORT_WEEKDAYS[d.getDay()]} ${d.getDate()} ${SHORT_MONTHS[d.getMonth()]}`);

/// How tall the page is and how many elements it has, as it stands.
const measure = (page) => page.evaluate(() => ({
  height: document.documentElement.scrollHeight,
  nodes: document.getElementsByTagName('*').length,
}));

for (const locale of ['en-US', 'es-ES']) {
  test(`the default series opens short on a phone, in phases, sessions 2+ as "same as session 1" (${locale})`, async (t) => {
    const { context, page, problems } = await openApp(browser, { locale, viewport: { width: 390, height: 844 } });
    // The example: a healthy adult on retinol and ibuprofen, the default 4 sessions.
    const first = await openPlan(page, { age: 33, retinoids: true, nsaids: 'otc' });
    await page.locator('.phase-plan').waitFor();
    const { height, nodes } = await measure(page);
    t.diagnostic(`${locale}: ${height} px tall, ${nodes} elements as the plan opens`);
    assert.ok(height <= 4000, `${locale}: the page is ${height} px tall`);
    assert.ok(nodes <= 1500, `${locale}: ${nodes} elements`);

    const groups = page.locator('.phase-plan details.session-group');
    // Within the open session, the phase that comes next is open, the others fold.
    assert.deepEqual(await groups.nth(0).locator('details.phase').evaluateAll((ps) => ps.map((p) => p.open)).then((o) => o.filter(Boolean).length), 1);
    assert.equal(await groups.count(), 4);
    assert.deepEqual(await groups.evaluateAll((gs) => gs.map((g) => g.open)), [true, false, false, false]);
    // Session 1 in a few phases, each instruction once.
    const phases = await groups.nth(0).locator('.phase h3').allInnerTexts();
    assert.ok(phases.length >= 4 && phases.length <= 7, phases.join(' | '));
    const texts = await groups.nth(0).locator('.item .item-text').allTextContents();
    assert.equal(new Set(texts).size, texts.length, 'no instruction twice');
    assert.ok(texts.some((x) => /retinol/i.test(x)) && texts.some((x) => /ibuprofen/i.test(x)));
    // Sessions 2 and 3 repeat session 1: their dates, not their instructions.
    for (const n of [1, 2]) {
      assert.equal(await groups.nth(n).locator('.item').count(), 0, `session ${n + 1} repeats no instruction`);
      assert.ok(await groups.nth(n).locator('.same-dates li').count() >= 4);
    }
    if (locale === 'en-US') {
      assert.match(await groups.nth(1).locator('.session-title').innerText(), new RegExp(`Session 2 of 4 · ${shortDay(addDays(first, 28))}`));
      assert.match(await groups.nth(1).textContent(), /Same care as session 1/);
      // No sunscreen until a time, then SPF from that time, on the same day.
      const day = shortDay(addDays(first, 1));
      const whens = await groups.nth(0).locator('.item-when').allTextContents();
      assert.ok(whens.some((w) => w.includes(day) && /until 11:00 AM|until 11:00 am/i.test(w)), whens.join(' | '));
      assert.ok(whens.some((w) => new RegExp(`From 11:00 am on ${day}`, 'i').test(w)), whens.join(' | '));
    }
    // The warning signs are in the aftercare, not above the plan, with a way to call.
    const warning = groups.nth(0).locator('.phase-first_day .warning-signs');
    assert.equal(await warning.count(), 1);
    assert.equal(await page.locator('.plan-screen > .warning-card').count(), 0);
    await assertAccessible(page, `${locale} plan by phases`);
    assertNoProblems(problems, locale);
    await context.close();
  });
}

test('with no clinic number, the person types one: it shows as a tel: link in the aftercare', async () => {
  const { context, page, problems } = await openApp(browser);
  await openPlan(page, { age: 45 }, { sessions: '1' });
  // The first day's aftercare is folded until opened, the warning signs in it.
  await page.locator('.phase-plan .phase-first_day > summary').click();
  const warning = page.locator('.phase-plan .warning-signs');
  await warning.waitFor();
  assert.equal(await warning.locator('a[href^="tel:"]').count(), 0);
  // The person also closes the phase the plan opened for them.
  const openPhases = () => page.locator('.phase-plan details.phase').evaluateAll((ps) => ps.filter((p) => p.open).map((p) => p.dataset.fold));
  const [planned] = (await openPhases()).filter((key) => !key.endsWith('first_day'));
  assert.ok(planned, 'the plan opens a phase of its own');
  await page.locator(`.phase-plan details[data-fold="${planned}"] > summary`).click();
  const opened = await openPhases();
  assert.ok(!opened.includes(planned));
  await warning.locator('button.add-phone').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'clinic-phone', 'the field opens with the focus');
  assert.equal(await page.evaluate(() => location.hash), '', 'nothing is added to the address');
  await page.locator('#clinic-phone').fill('+1 (555) 010-0123');
  await page.locator('#clinic-phone').press('Tab');
  await page.locator('.phase-plan .warning-signs a[href="tel:+15550100123"]').waitFor({ state: 'attached' });
  // The plan is written again with the number, and the folds stay as the person left them.
  assert.ok(await page.locator('.phase-plan .phase-first_day').evaluate((d) => d.open), 'the opened phase stays open');
  assert.deepEqual(await openPhases(), opened, 'the other phases as they were');
  await warning.locator('a[href="tel:+15550100123"]').waitFor();
  assert.match(await warning.innerText(), /\+1 \(555\) 010-0123/);
  assertNoProblems(problems, 'typed phone');
  await context.close();
});

test('Today on a restored plan, with a faked clock: what to do now, what comes next, whom to call', async () => {
  const { context, page, problems } = await openApp(browser);
  const start = new Date();
  start.setHours(9, 0, 0, 0);
  await page.clock.install({ time: start });
  await page.reload();
  await page.locator('h1').first().waitFor();
  const first = await openPlan(page, { age: 33, retinoids: true }, { daysAhead: 20, sessions: '2' });
  await page.locator('#today').waitFor();
  // Before anything begins: nothing to do today, and the consultation comes first.
  assert.match(await page.locator('#today').innerText(), /Nothing to do today/);
  assert.match(await page.locator('#today').innerText(), /Next, from/);
  await page.locator('#remember').check();
  await page.waitForFunction(() => localStorage.getItem('careplanner.saved') !== null);

  // Two days after the first session, at 9 am, the person opens the kept plan again.
  const later = addDays(first, 2);
  later.setHours(9, 0, 0, 0);
  await page.clock.setSystemTime(later);
  await page.reload();
  const today = page.locator('#today');
  await today.waitFor();
  const text = await today.innerText();
  assert.match(text, new RegExp(`Today, ${longDate(later)}`));
  assert.match(text, /Session 1 · Days 2 to 3 after the session/);
  assert.match(text, /What to do now/);
  assert.match(text, /Redness/i);
  assert.match(text, /SPF 50\+/);
  assert.match(text, /Call your clinic if you notice/);
  assert.doesNotMatch(text, /No sun, and no sunscreen yet/, 'the sunscreen pause ended yesterday');
  assert.equal(await page.locator('.late-card').count(), 0, 'a kept plan is not late');

  // After the last session's care: the results check is what comes next.
  const after = addDays(first, 28 + 20);
  await page.clock.setSystemTime(after);
  await page.reload();
  await today.waitFor();
  assert.match(await today.innerText(), /Time to judge your results|results/i);
  assertNoProblems(problems, 'Today');
  await context.close();
});

test('the month view: only months with something in them, one tab stop, arrow keys, the day under its week', async () => {
  const { context, page, problems } = await openApp(browser);
  const first = await openPlan(page, { age: 33, retinoids: true }, { sessions: '2' });
  await page.getByRole('button', { name: 'Month' }).click();
  const grid = page.locator('.month[role="grid"]');
  await grid.waitFor();
  assert.equal(await grid.locator('[tabindex="0"]').count(), 1, 'one tab stop');
  // The grid opens on session 1's month, its day the tab stop.
  const cell = (d) => grid.locator(`#day-${iso(d)}`);
  await cell(first).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), `day-${iso(addDays(first, 1))}`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  const weekBefore = addDays(first, -7);
  if (weekBefore.getMonth() === first.getMonth()) {
    assert.equal(await page.evaluate(() => document.activeElement.id), `day-${iso(weekBefore)}`);
    await page.keyboard.press('ArrowDown');
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), `day-${iso(first)}`);
  assert.equal(await grid.locator('[tabindex="0"]').count(), 1, 'still one tab stop');
  // Enter shows the day right under its week and moves the focus there.
  await page.keyboard.press('Enter');
  await page.locator('#day-detail').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'day-detail');
  assert.match(await page.locator('#day-detail').innerText(), /session 1 of 2/i);
  const detailFollowsItsWeek = await page.evaluate((id) => {
    const row = document.getElementById(id).closest('tr');
    return row.nextElementSibling?.classList.contains('detail-row') ?? false;
  }, `day-${iso(first)}`);
  assert.ok(detailFollowsItsWeek, 'the details sit under the chosen day\'s week');
  assert.equal(await cell(first).getAttribute('aria-selected'), 'true');
  // A focused day and the chosen day look different.
  await cell(addDays(first, 1)).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  const [chosen, focused] = await Promise.all([first, addDays(first, 1)].map((d) => cell(d).evaluate((el) => {
    const s = getComputedStyle(el);
    return `${s.backgroundColor}|${s.boxShadow}|${s.color}`;
  })));
  assert.notEqual(chosen, focused);
  // Only months with something in them: every month the buttons reach has a marked day.
  const months = new Set();
  while (await page.locator('.month-nav button').first().isEnabled()) await page.locator('.month-nav button').first().click();
  for (;;) {
    const caption = await page.locator('#month-caption').innerText();
    months.add(caption);
    assert.ok(await grid.locator('td.has-items').count() > 0, `${caption} has something in it`);
    const nextMonth = page.locator('.month-nav button').last();
    if (!(await nextMonth.isEnabled())) break;
    await nextMonth.click();
  }
  assert.ok(months.size >= 2 && months.size <= 6, [...months].join(', '));
  await assertAccessible(page, 'month view');
  assertNoProblems(problems, 'month view');
  await context.close();
});

/// Downloads the calendar file and returns its name and text.
async function downloadCalendar(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-ics').click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/// How many events Python's icalendar finds, and their CLASS values.
function pythonEvents(text) {
  const dir = mkdtempSync(join(tmpdir(), 'ics-'));
  writeFileSync(join(dir, 'plan.ics'), text);
  return JSON.parse(execFileSync(PYTHON, ['-c', [
    'import sys, json, icalendar',
    'cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())',
    'print(json.dumps([str(e.get("CLASS")) for e in cal.walk("VEVENT")]))',
  ].join('\n'), join(dir, 'plan.ics')]).toString());
}

test('both calendar forms are text/calendar, private, and read alike by both parsers', async () => {
  const { context, page } = await openApp(browser);
  await page.addInitScript(() => {
    const create = URL.createObjectURL;
    window.blobTypes = [];
    URL.createObjectURL = (blob) => { window.blobTypes.push(blob.type); return create(blob); };
  });
  await page.reload();
  const first = await openPlan(page, { age: 41, nsaids: 'otc' }, { sessions: '2' });
  await page.locator('#download-ics').waitFor();
  const counts = {};
  for (const form of ['compact', 'detailed']) {
    await page.locator(`#calendar-${form}`).check();
    const { name, text } = await downloadCalendar(page);
    assert.match(name, /^microneedling-plan-\d{4}-\d{2}-\d{2}\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const components = calendar.getAllSubcomponents('vevent');
    const events = components.map((e) => new ICAL.Event(e));
    counts[form] = events.length;
    assert.deepEqual(components.map((c) => c.getFirstPropertyValue('class')), events.map(() => 'PRIVATE'));
    assert.deepEqual(pythonEvents(text), events.map(() => 'PRIVATE'), 'Python reads the same events');
    for (const e of events) assert.doesNotMatch(e.summary, /ibuprofen|NSAID|retin|acne|cold sore|pregnan/i, e.summary);
    const session = events.find((e) => !e.startDate.isDate && /session/i.test(e.summary) && /1 of 2|Your session ·/.test(e.summary));
    const start = session.startDate.toJSDate();
    assert.equal(start.getFullYear(), first.getFullYear());
    assert.equal(start.getMonth(), first.getMonth());
    assert.equal(start.getDate(), first.getDate());
    if (form === 'compact') {
      // At most 10 events per session, never more than 3 on a day.
      assert.ok(events.length <= 20, `${events.length} events for 2 sessions`);
      const perDay = new Map();
      for (const e of events) {
        const end = e.startDate.isDate ? e.endDate.toJSDate() : addDays(e.startDate.toJSDate(), 1);
        for (let d = e.startDate.toJSDate(); d < end; d = addDays(d, 1)) perDay.set(iso(d), (perDay.get(iso(d)) ?? 0) + 1);
      }
      assert.ok(Math.max(...perDay.values()) <= 3, `at most 3 events on a day (${Math.max(...perDay.values())})`);
      assert.equal(start.getHours(), 9, 'the session event starts with the numbing at 9:00');
    }
  }
  assert.ok(counts.detailed > counts.compact, `${counts.compact} compact, ${counts.detailed} detailed events`);
  assert.match((await page.evaluate(() => window.blobTypes))[0], /^text\/calendar/);
  await context.close();
});

test('the calendar file\'s name is in the person\'s language', async () => {
  const { context, page } = await openApp(browser, { locale: 'es-ES' });
  await openPlan(page, { age: 41 }, { sessions: '1' });
  await page.locator('#download-ics').waitFor();
  assert.match((await downloadCalendar(page)).name, /^plan-microneedling-\d{4}-\d{2}-\d{2}\.ics$/);
  await context.close();
});

/// Prints the page and returns the number of pages and the text.
async function printed(page, format) {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  const file = join(dir, `plan-${format}.pdf`);
  await page.pdf({ path: file, format });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())[1]);
  return { pages, text: execFileSync('pdftotext', ['-layout', file, '-']).toString() };
}

for (const [sessions, most] of [['1', 1], ['4', 2]]) {
  test(`the printed sheet: ${sessions} session(s) on at most ${most} page(s), A4 and Letter, 10 pt or more`, async (t) => {
    const { context, page } = await openApp(browser, { viewport: { width: 1280, height: 900 } });
    const first = await openPlan(page, { age: 52, retinoids: true, nsaids: 'otc' }, { sessions });
    await page.locator('.phase-plan').waitFor();
    await page.emulateMedia({ media: 'print' });
    const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.phase-plan .item, .phase-plan .phase-dates, .print-head li, .print-sources li')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => parseFloat(getComputedStyle(el).fontSize))));
    await page.emulateMedia({ media: null });
    assert.ok(smallest >= 13.3, `the smallest body text is ${smallest} px (10 pt = 13.33 px)`);
    for (const format of ['A4', 'Letter']) {
      const { pages, text } = await printed(page, format);
      t.diagnostic(`${sessions} session(s), ${format}: ${pages} page(s)`);
      assert.ok(pages >= 1 && pages <= most, `${format}: ${pages} pages`);
      assert.match(text, new RegExp(longDate(first)));
      assert.match(text, /Call your clinic if you notice/);
      assert.match(text, /fever/);
      assert.match(text, /Sources/);
      assert.match(text, /Getting ready/);
      if (sessions === '4') assert.match(text, /Same care as session 1/);
      assert.doesNotMatch(text, /Add to my calendar|Print my care plan|Number of sessions/, 'no buttons or form on paper');
    }
    await context.close();
  });
}

test('a first session before the earliest allowed date is refused with a clear message', async () => {
  const { context, page } = await openApp(browser);
  const lastDose = new Date();
  lastDose.setDate(Math.min(lastDose.getDate(), 28));
  lastDose.setMonth(lastDose.getMonth() - 1);
  await completeJourney(page, { age: 30, isotretinoin: true, isotretinoin_still_taking: false, isotretinoin_last_dose: iso(lastDose) });
  await page.locator('#plan-sessions').click();
  await page.locator('.phase-plan').waitFor();
  // The default first date respects the postponement; an earlier one is refused.
  await page.locator('#first-date').fill(iso(addDays(new Date(), 10)));
  await page.locator('#schedule-error').waitFor();
  assert.match(await page.locator('#schedule-error').innerText(), /earliest|before/i);
  assert.equal(await page.locator('#first-date').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('.phase-plan').count(), 0, 'no plan for a refused date');
  assert.equal(await page.locator('#download-ics').count(), 0);
  await context.close();
});

for (const locale of ['en-US', 'es-ES']) {
  test(`scheduling and both plan views have no accessibility violations (${locale})`, async () => {
    const { context, page } = await openApp(browser, { locale });
    await openPlan(page, { age: 38, retinoids: true }, { sessions: '2' });
    await page.locator('.phase-plan').waitFor();
    await assertAccessible(page, `${locale} agenda`);
    await page.locator('.view-switch button').nth(1).click();
    await page.locator('.month-view').waitFor();
    await assertAccessible(page, `${locale} month`);
    await context.close();
  });
}

test('a session too soon for a pause says what is late and offers the nearest date in time', async () => {
  const { context, page, problems } = await openApp(browser);
  const first = await openPlan(page, { age: 33, retinoids: true }, { daysAhead: 2, sessions: '1' });
  const card = page.locator('.late-card');
  await card.waitFor();
  assert.match(await card.textContent(), /retinol/i);
  await assertAccessible(page, 'late preparation');

  await page.locator('#move-first-date').click();
  await card.waitFor({ state: 'detached' });
  const moved = await page.locator('#first-date').inputValue();
  assert.ok(moved > iso(first), `the first session moved later (${moved})`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'first-date');
  // The retinoid pause now begins today or later.
  assert.match(await page.locator('.phase-plan').textContent(), /retinol/i);
  assertNoProblems(problems, 'late preparation');
  await context.close();
});

test('English dates follow the browser\'s region: month first in the US, day first in Britain', async () => {
  for (const [locale, write] of [['en-US', (d) => shortDay(d, true)], ['en-GB', (d) => shortDay(d, false)]]) {
    const { context, page, problems } = await openApp(browser, { locale });
    const first = await openPlan(page, { age: 40 }, { sessions: '1' });
    await page.locator('.phase-plan').waitFor();
    assert.match(await page.locator('.phase-plan .session-title').innerText(), new RegExp(write(first)), `${locale}: ${write(first)}`);
    assertNoProblems(problems, locale);
    await context.close();
  }
});
