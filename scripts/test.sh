#!/usr/bin/env bash
# Runs every test, in order, stopping at the first failure:
#   format, lint, native tests (domain + server-side rendering), the independent checkers
#   (two calendar parsers, a FHIR validator, a QR decoder), browser tests (wasm-bindgen-test in headless Chromium), then end-to-end tests
#   (playwright-core + node --test) against the release build served from dist/, and last
#   the shipped size, which fails above the budget.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }

step "setup"
scripts/setup.sh test

step "cargo fmt --check"
cargo fmt --all -- --check

step "every dependency is used"
python3 scripts/check-deps.py

step "cargo clippy (native and wasm)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
# The release app leaves the words no first screen shows out of the wasm (src/domain/i18n)
# and marks where the wasm is split into modules (src/ui/lazy.rs).
cargo clippy --target wasm32-unknown-unknown --lib --bins --features lazy-words,split -- -D warnings

step "native tests"
cargo test --quiet
# The translation layer as the release app has it, with the fetched words left out.
cargo test --quiet --lib --features lazy-words domain::i18n
cargo test --quiet --features lazy-words --test first_screen_words

step "calendar files through two independent parsers"
scripts/check-ics.sh

step "FHIR export through an independent FHIR library"
scripts/check-fhir.sh

step "QR codes through an independent decoder"
scripts/check-qr.sh

step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test web

step "release build"
scripts/build.sh

step "end-to-end tests against dist/"
scripts/e2e.sh

step "shipped size"
scripts/size.sh

pass=$(awk '/^# pass /{print $3}' "$root/.e2e.tap")
fail=$(awk '/^# fail /{print $3}' "$root/.e2e.tap")
echo "end-to-end: ${pass:-0} passed, ${fail:-0} failed"
