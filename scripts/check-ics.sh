#!/usr/bin/env bash
# Has two independent iCalendar parsers read the sample calendars that `cargo test` writes
# (tests/ics.rs → target/ics-samples/), and checks that both accept every file and agree with
# the manifest on event count, dates, summaries, reminders and CLASS:PRIVATE.
# Needs: .tools/py (python3 -m venv .tools/py && .tools/py/bin/pip install -r tests/ics/requirements.txt)
# and tests/e2e/node_modules (npm ci --prefix tests/e2e).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="${ICS_SAMPLES:-${CARGO_TARGET_DIR:-$root/target}/ics-samples}"
python="$root/.tools/py/bin/python"

if [[ ! -f "$samples/manifest.json" ]]; then
  echo "check-ics: no samples in $samples; run 'cargo test --test ics' first" >&2
  exit 1
fi
if [[ ! -x "$python" ]]; then
  echo "check-ics: $python is missing; create it with" >&2
  echo "  python3 -m venv .tools/py && .tools/py/bin/pip install -r tests/ics/requirements.txt" >&2
  exit 1
fi
if [[ ! -d "$root/tests/e2e/node_modules/ical.js" ]]; then
  echo "check-ics: ical.js is missing; run 'npm ci --prefix tests/e2e'" >&2
  exit 1
fi

"$python" "$root/tests/ics/check_ics.py" "$samples"
node "$root/tests/ics/check_ics.mjs" "$samples"
echo "check-ics: both parsers accept every sample"
