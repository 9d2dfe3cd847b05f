// Reads every .ics sample named in manifest.json with ical.js and checks that it parses and
// agrees with the manifest on events, dates, summaries, reminders and privacy (CLASS).
// Usage: node check_ics.mjs SAMPLES_DIR. ical.js comes from tests/e2e/node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const e2e = createRequire(path.join(here, '..', 'e2e', 'package.json'));
// Find the package the way Node would from tests/e2e, then load its ES module entry as its
// package.json declares it (the package does not export its package.json).
const pkgDir = e2e.resolve
  .paths('ical.js')
  .map((dir) => path.join(dir, 'ical.js'))
  .find((dir) => existsSync(path.join(dir, 'package.json')));
if (!pkgDir) {
  console.error('ical.js: not installed; run npm ci --prefix tests/e2e');
  process.exit(1);
}
const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const ICAL = (await import(pathToFileURL(path.join(pkgDir, pkg.exports.import)))).default;

function fail(message) {
  console.error(`ical.js: ${message}`);
  process.exit(1);
}

// A DATE as YYYY-MM-DD, a UTC DATE-TIME as YYYY-MM-DDTHH:MM:SSZ; floating times fail.
function when(time, where) {
  if (time.isDate) return time.toString();
  if (time.zone !== ICAL.Timezone.utcTimezone) fail(`${where}: ${time} is not a UTC time`);
  return time.toString();
}

function check(file, expected) {
  const text = readFileSync(file, 'utf8');
  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    fail(`${path.basename(file)} does not parse: ${error.message}`);
  }
  const name = path.basename(file);
  const props = { version: '2.0', calscale: 'GREGORIAN', method: 'PUBLISH' };
  for (const [prop, value] of Object.entries(props)) {
    if (calendar.getFirstPropertyValue(prop) !== value) fail(`${name}: ${prop} is not ${value}`);
  }
  if (!calendar.getFirstPropertyValue('prodid')) fail(`${name}: no PRODID`);
  const events = calendar.getAllSubcomponents('vevent');
  if (events.length !== expected.length) {
    fail(`${name}: ${events.length} events, the manifest says ${expected.length}`);
  }
  events.forEach((component, i) => {
    const want = expected[i];
    const where = `${name} ${want.uid}`;
    const event = new ICAL.Event(component);
    const got = {
      uid: event.uid,
      summary: event.summary,
      start: when(event.startDate, where),
      end: when(event.endDate, where),
      alarms: component.getAllSubcomponents('valarm').length,
      class: component.getFirstPropertyValue('class'),
    };
    if (!component.getFirstPropertyValue('dtstamp')) fail(`${where}: no DTSTAMP`);
    for (const [key, value] of Object.entries(got)) {
      if (value !== want[key]) fail(`${where}: ${key} is ${JSON.stringify(value)}, the manifest says ${JSON.stringify(want[key])}`);
    }
    for (const alarm of component.getAllSubcomponents('valarm')) {
      if (alarm.getFirstPropertyValue('action') !== 'DISPLAY' || !alarm.getFirstPropertyValue('description')) {
        fail(`${where}: a reminder needs ACTION:DISPLAY and a DESCRIPTION`);
      }
    }
  });
  return events.length;
}

const samples = process.argv[2];
const manifest = JSON.parse(readFileSync(path.join(samples, 'manifest.json'), 'utf8'));
let total = 0;
for (const sample of manifest.samples) total += check(path.join(samples, sample.file), sample.events);
console.log(`ical.js ${pkg.version}: ${manifest.samples.length} files, ${total} events agree with the manifest`);
