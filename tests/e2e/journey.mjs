// A page object for the questionnaire. It reads each step's controls from the DOM, so tests
// say only what a person answers (question id → value) and the rest gets safe defaults.
import assert from 'node:assert/strict';

/// The answer a person with nothing to report gives to a question it is not told about.
function defaultFor(kind, options) {
  if (kind === 'radio') return options.includes('false') ? 'false' : options.includes('none') ? 'none' : options[0];
  if (kind === 'checkbox') return [options[0]];
  if (kind === 'number') return '35';
  return null;
}

/// The question ids on the current step, with their control kind and options, in order.
export async function currentQuestions(page) {
  return page.locator('main form').evaluate((form) => {
    const seen = new Map();
    for (const input of form.querySelectorAll('input')) {
      const name = input.name || input.id;
      if (!name.startsWith('q-')) continue;
      const id = name.slice(2);
      if (!seen.has(id)) seen.set(id, { id, kind: input.type, options: [] });
      if (input.type === 'radio' || input.type === 'checkbox') seen.get(id).options.push(input.value);
    }
    return [...seen.values()];
  });
}

/// Sets one question's answer through its real controls, the way a person would.
export async function answer(page, id, value) {
  const [question] = (await currentQuestions(page)).filter((q) => q.id === id);
  assert.ok(question, `question ${id} is not on this step`);
  if (question.kind === 'radio') {
    await page.locator(`input[name="q-${id}"][value="${String(value)}"]`).check();
  } else if (question.kind === 'checkbox') {
    for (const option of question.options) {
      const box = page.locator(`input[name="q-${id}"][value="${option}"]`);
      if (value.includes(option) !== (await box.isChecked())) await box.click();
    }
  } else {
    await page.locator(`#q-${id}`).fill(String(value));
  }
}

/// Answers the current step: the given answers, and a "nothing to report" default for the
/// rest. Follow-ups that appear after an answer are answered in the same pass.
export async function answerStep(page, answers = {}) {
  const done = new Set();
  for (let round = 0; round < 5; round += 1) {
    const pending = (await currentQuestions(page)).filter((q) => !done.has(q.id));
    if (pending.length === 0) return;
    for (const q of pending) {
      done.add(q.id);
      const value = q.id in answers ? answers[q.id] : defaultFor(q.kind, q.options);
      if (value !== null && value !== undefined) await answer(page, q.id, value);
    }
  }
}

export async function heading(page) {
  return (await page.locator('h1').first().textContent()).trim();
}

/// Presses Next and waits for the heading to change (a new step or the result).
export async function next(page) {
  const before = await heading(page);
  await page.locator('main button[type="submit"]').click();
  await page.waitForFunction((old) => document.querySelector('h1')?.textContent.trim() !== old, before);
}

/// From the first screen to the result, answering every step.
export async function completeJourney(page, answers = {}, { onStep } = {}) {
  await page.locator('#start').click();
  for (let guard = 0; guard < 12; guard += 1) {
    await page.locator('h1#screen-heading').waitFor();
    if ((await page.locator('.verdict').count()) > 0) return;
    await answerStep(page, answers);
    if (onStep) await onStep(page);
    await next(page);
  }
  assert.fail('the journey never reached a result');
}

/// The verdict shown on the result screen, read from its class (e.g. "postpone").
export async function verdict(page) {
  await page.locator('.verdict').waitFor();
  const cls = await page.locator('.verdict').getAttribute('class');
  return cls.split(/\s+/).find((c) => c !== 'verdict');
}
