// A clinic's own content in the release build: with a clinic file that adds two care steps,
// one question and one switch, a journey shows the question in its step, a "yes" gives its
// finding, and the plan, the calendar file and the printout carry the steps (and not the step
// switched off). The file is served through a route, so dist/ stays as built.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { launch, openApp, assertAccessible, assertNoProblems } from './helpers.mjs';
import { answerStep, next } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const CLINIC = JSON.stringify({
  name: 'Harbour Skin Clinic',
  questions: [{
    id: 'sunbed_recent',
    step: 'skin',
    text: { en: 'Have you used a sunbed in the last month?', es: '¿Ha usado una cama solar en el último mes?' },
    help: { en: 'Tanned skin is more easily irritated.', es: 'La piel bronceada se irrita con más facilidad.' },
    effect: 'consult',
    finding: { en: 'Tell the clinic about the sunbed before you book.', es: 'Cuente a la clínica lo de la cama solar antes de reservar.' },
  }],
  care_steps: [
    {
      id: 'no_alcohol',
      title: { en: 'No alcohol', es: 'Sin alcohol' },
      text: { en: 'Do not drink alcohol in the 24 hours before your session.', es: 'No beba alcohol en las 24 horas antes de su sesión.' },
      day: -1,
      phase: 'getting_ready',
      reminder: true,
    },
    {
      id: 'no_sauna',
      title: { en: 'No sauna or swimming', es: 'Sin sauna ni piscina' },
      text: { en: 'Stay out of saunas and swimming pools for 5 days.', es: 'Evite la sauna y la piscina durante 5 días.' },
      from: 1,
      to: 5,
      source: { en: 'Harbour aftercare sheet', es: 'Hoja de cuidados de Harbour' },
    },
  ],
  switches: { numbing: false },
});

const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

async function openWithContent(locale = 'en-US') {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  await context.route('**/clinic.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: CLINIC }));
  return { context, ...(await openApp(browser, { locale, context })) };
}

/// Through the screening, answering the clinic's question `sunbed`; returns the texts of the
/// step that asked it.
async function screen(page, sunbed) {
  await page.locator('#start').click();
  let asked = null;
  for (let guard = 0; guard < 12; guard += 1) {
    await page.locator('h1#screen-heading').waitFor();
    if ((await page.locator('.verdict').count()) > 0) return asked;
    if (await page.locator('#q-sunbed_recent').count() + await page.locator('input[name="q-sunbed_recent"]').count()) {
      asked = { heading: (await page.locator('h1').innerText()).trim(), text: await page.locator('main form').innerText() };
    }
    await answerStep(page, { sunbed_recent: sunbed });
    await next(page);
  }
  assert.fail('the journey never reached a result');
}

test('the clinic question shows in its step, and a "yes" gives its finding', async () => {
  const { context, page, problems } = await openWithContent();
  const asked = await screen(page, true);
  assert.ok(asked, 'the clinic question was asked');
  assert.equal(asked.heading, 'Your skin');
  assert.match(asked.text, /Have you used a sunbed in the last month\?/);
  assert.match(asked.text, /Tanned skin is more easily irritated/);
  assert.equal(await page.locator('.verdict').getAttribute('class'), 'verdict consult_provider');
  const findings = await page.locator('.findings').innerText();
  assert.match(findings, /Tell the clinic about the sunbed before you book/);
  await page.locator('.findings details').first().evaluate((d) => { d.open = true; });
  assert.match(await page.locator('.findings').innerText(), /Your clinic's instructions/);
  await assertAccessible(page, 'result with a clinic finding');
  assertNoProblems(problems, 'a clinic file with content');
  await context.close();
});

test('a "no" gives no finding, in Spanish too', async () => {
  const { context, page } = await openWithContent('es-ES');
  const asked = await screen(page, false);
  assert.match(asked.text, /¿Ha usado una cama solar en el último mes\?/);
  assert.equal(await page.locator('.verdict').getAttribute('class'), 'verdict no_concerns');
  assert.equal(await page.locator('.findings').count(), 0);
  await context.close();
});

test('the plan, the calendar file and the printout carry the clinic steps, not the one switched off', async () => {
  const { context, page, problems } = await openWithContent();
  await screen(page, false);
  await page.locator('#plan-sessions').click();
  await page.locator('#first-date').waitFor();
  const first = new Date();
  first.setDate(first.getDate() + 20);
  await page.locator('#first-date').fill(iso(first));
  await page.locator('#session-count').selectOption('2');
  await page.locator('.phase-plan').waitFor();
  await page.locator('.phase-plan details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
  const plan = await page.locator('.phase-plan').innerText();
  assert.match(plan, /Do not drink alcohol in the 24 hours before your session/);
  assert.match(plan, /Stay out of saunas and swimming pools for 5 days/);
  assert.match(plan, /Harbour aftercare sheet/);
  assert.doesNotMatch(plan, /numbing cream/i, 'numbing is switched off');
  // The step before the session is in "Getting ready", as the file says.
  const ready = await page.locator('.phase-plan section, .phase-plan .phase').filter({ hasText: /Getting ready/ }).first().innerText();
  assert.match(ready, /No alcohol|Do not drink alcohol/);
  await assertAccessible(page, 'plan with clinic steps');

  for (const form of ['compact', 'detailed']) {
    await page.locator(`#calendar-${form}`).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-ics').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const all = events.map((e) => e.description).join('\n');
    assert.match(all, /Do not drink alcohol/, `${form}: the clinic step before the session`);
    assert.match(all, /Stay out of saunas/, `${form}: the clinic window after it`);
    assert.doesNotMatch(all, /numbing cream/i, `${form}: no numbing`);
    for (const e of events) {
      assert.equal(e.component.getFirstPropertyValue('class'), 'PRIVATE');
      assert.doesNotMatch(e.summary, /alcohol|sauna|swimming/i, `${form}: a calm title: ${e.summary}`);
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  const file = join(dir, 'plan.pdf');
  await page.pdf({ path: file, format: 'A4' });
  const printed = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
  assert.match(printed, /No alcohol|Do not drink alcohol/);
  assert.match(printed, /No sauna or swimming|Stay out of saunas/);
  assert.match(printed, /Harbour aftercare sheet/, 'the printed sources name the clinic sheet');
  assertNoProblems(problems, 'the plan with clinic steps');
  await context.close();
});

test('?check-config lists the content\'s problems, field by field, in the clinic\'s language', async () => {
  const bad = JSON.stringify({
    default_language: 'es',
    care_steps: [{ id: 'no_sauna', title: 'Sin sauna', text: 'Sin sauna ni piscina.', from: 5, to: 1 }],
    switches: { keloid_tendency: false },
  });
  const context = await browser.newContext({ locale: 'es-ES' });
  await context.route('**/clinic.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: bad }));
  const { page } = await openApp(browser, { locale: 'es-ES', context, path: '?check-config' });
  await page.locator('.config-panel').waitFor();
  const panel = await page.locator('.config-panel').innerText();
  assert.match(panel, /care_steps\[0\]: el periodo termina \(día 1\) antes de empezar \(día 5\)/);
  assert.match(panel, /switches\.keloid_tendency: forma parte de la evaluación/);
  await context.close();
});
