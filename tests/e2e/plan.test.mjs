// Planning in the release build: session dates, the agenda and the month grid, the calendar
// file, the printed plan, and dates that must be refused.
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
const longDateDayFirst = (d) => `${WEEKDAYS[d.getDay()]}, ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
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

/// The agenda's day for `date`, as its text. Read from the DOM, not from what is drawn: days
/// far off screen are not rendered until scrolled near (`content-visibility: auto`).
async function agendaDay(page, date) {
  const day = page.locator('.agenda .day').filter({ has: page.locator('.day-date', { hasText: longDate(date) }) });
  assert.equal(await day.count(), 1, `the agenda has one entry for ${longDate(date)}`);
  return (await day.textContent()).replace(/\s+/g, ' ');
}

test('a 4-session series puts the key items on the right days, in the agenda and the month grid', async () => {
  const { context, page, problems } = await openApp(browser, { viewport: { width: 1280, height: 900 } });
  const first = await openPlan(page, { age: 33, retinoids: true });
  await page.locator('.agenda').waitFor();

  // Retinoids stop 5 days before (the default), the session is at 10:00 am, makeup waits a
  // day, and session 2 comes 28 days later (the default interval).
  assert.match(await agendaDay(page, addDays(first, -5)), /retinol/i);
  const sessionDay = await agendaDay(page, first);
  assert.match(sessionDay, /session 1 of 4/i);
  assert.match(sessionDay, new RegExp(`No makeup.*${longDate(addDays(first, 1))}`));
  assert.match(await agendaDay(page, addDays(first, 28)), /session 2 of 4/i);
  assert.equal(await page.locator('.sessions-summary li').count(), 4);

  // One session at a time on screen: the first is open, the others fold into their summary
  // line; opening one shows its days; paper shows every session.
  const groups = page.locator('.agenda details.session-group');
  assert.equal(await groups.count(), 4);
  assert.deepEqual(await groups.evaluateAll((gs) => gs.map((g) => g.open)), [true, false, false, false]);
  assert.match(await groups.nth(1).locator(':scope > summary').textContent(), new RegExp(`Session 2 of 4: ${longDate(addDays(first, 28))}`));
  const sessionTwoDay = groups.nth(1).locator('.day').first();
  assert.equal(await sessionTwoDay.isVisible(), false);
  await groups.nth(1).locator(':scope > summary').click();
  await sessionTwoDay.waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await groups.nth(3).locator('.day').first().isVisible(), true, 'a folded session prints');
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Month' }).click();
  for (const date of [addDays(first, -5), first, addDays(first, 1), addDays(first, 28)]) {
    const button = page.locator(`.month button[aria-label^="${longDate(date)}:"]`);
    assert.equal(await button.count(), 1, `the month grid marks ${longDate(date)}`);
  }
  // Choosing a day shows its items.
  await page.locator(`.month button[aria-label^="${longDate(addDays(first, 28))}:"]`).click();
  await page.locator('.selected-day', { hasText: /session 2 of 4/i }).waitFor();
  assertNoProblems(problems, 'plan');
  await context.close();
});

test('the calendar file is text/calendar and both independent parsers accept it', async () => {
  const { context, page } = await openApp(browser);
  await page.addInitScript(() => {
    const create = URL.createObjectURL;
    window.blobTypes = [];
    URL.createObjectURL = (blob) => { window.blobTypes.push(blob.type); return create(blob); };
  });
  await page.reload();
  const first = await openPlan(page, { age: 41, nsaids: 'otc' }, { sessions: '2' });
  await page.locator('#download-ics').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-ics').click()]);
  assert.match(download.suggestedFilename(), /^microneedling-plan-\d{4}-\d{2}-\d{2}\.ics$/);
  assert.match((await page.evaluate(() => window.blobTypes))[0], /^text\/calendar/);
  const text = readFileSync(await download.path(), 'utf8');

  // ical.js (JavaScript).
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  assert.ok(events.length > 10, `${events.length} events`);
  const sessions = events.filter((e) => /session 1 of 2/i.test(e.summary));
  assert.ok(sessions.length >= 1, 'the first session is an event');
  const start = sessions.find((e) => !e.startDate.isDate).startDate.toJSDate();
  assert.equal(start.getFullYear(), first.getFullYear());
  assert.equal(start.getMonth(), first.getMonth());
  assert.equal(start.getDate(), first.getDate());
  assert.equal(start.getHours(), 10, 'the session is at 10:00 local time');

  // Python's icalendar, as in the engine's tests.
  const dir = mkdtempSync(join(tmpdir(), 'ics-'));
  writeFileSync(join(dir, 'plan.ics'), text);
  const count = execFileSync(PYTHON, ['-c', [
    'import sys, icalendar',
    'cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())',
    'print(len(cal.walk("VEVENT")))',
  ].join('\n'), join(dir, 'plan.ics')]).toString().trim();
  assert.equal(Number(count), events.length, 'both parsers count the same events');
  await context.close();
});

test('the printed plan fits a single session on two pages and names the dates and warning signs', async () => {
  const { context, page } = await openApp(browser);
  const first = await openPlan(page, { age: 52 }, { sessions: '1' });
  await page.locator('.agenda').waitFor();
  for (const format of ['A4', 'Letter']) {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    const file = join(dir, `plan-${format}.pdf`);
    await page.pdf({ path: file, format });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())[1]);
    assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    assert.match(text, new RegExp(longDate(first)));
    assert.match(text, /Call your clinic if you notice/);
    assert.match(text, /fever/);
    assert.match(text, /Sources/);
    assert.doesNotMatch(text, /Add to my calendar|Print my care plan|Number of sessions/, 'no buttons or form on paper');
  }
  await context.close();
});

test('a first session before the earliest allowed date is refused with a clear message', async () => {
  const { context, page } = await openApp(browser);
  const lastDose = new Date();
  lastDose.setDate(Math.min(lastDose.getDate(), 28));
  lastDose.setMonth(lastDose.getMonth() - 1);
  await completeJourney(page, { age: 30, isotretinoin: true, isotretinoin_still_taking: false, isotretinoin_last_dose: iso(lastDose) });
  await page.locator('#plan-sessions').click();
  await page.locator('.agenda').waitFor();
  // The default first date respects the postponement; an earlier one is refused.
  await page.locator('#first-date').fill(iso(addDays(new Date(), 10)));
  await page.locator('#schedule-error').waitFor();
  assert.match(await page.locator('#schedule-error').innerText(), /earliest|before/i);
  assert.equal(await page.locator('#first-date').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('.agenda').count(), 0, 'no plan for a refused date');
  assert.equal(await page.locator('#download-ics').count(), 0);
  await context.close();
});

for (const locale of ['en-US', 'es-ES']) {
  test(`scheduling and both plan views have no accessibility violations (${locale})`, async () => {
    const { context, page } = await openApp(browser, { locale });
    await openPlan(page, { age: 38, retinoids: true }, { sessions: '2' });
    await page.locator('.agenda').waitFor();
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
  assert.match(await page.locator('.agenda').textContent(), /retinol/i);
  assertNoProblems(problems, 'late preparation');
  await context.close();
});

test('English dates follow the browser\'s region: month first in the US, day first in Britain', async () => {
  for (const [locale, write] of [['en-US', longDate], ['en-GB', longDateDayFirst]]) {
    const { context, page, problems } = await openApp(browser, { locale });
    const first = await openPlan(page, { age: 40 }, { sessions: '1' });
    await page.locator('.agenda').waitFor();
    assert.equal(await page.locator('.agenda .day-date', { hasText: write(first) }).count(), 1, `${locale}: ${write(first)}`);
    assertNoProblems(problems, locale);
    await context.close();
  }
});
