#!/usr/bin/env bash
# Builds the release bundle into dist/ (wasm-opt on, offline: Trunk downloads nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline
# Trunk does not minify wasm-bindgen's JS glue; terser does (a quarter smaller, gzip).
for glue in dist/careplanner-*.js; do
  .tools/terser/node_modules/.bin/terser "$glue" --module --compress --mangle -o "$glue.min"
  mv "$glue.min" "$glue"
  # Short import names in the wasm and the glue alike (see the script).
  python3 scripts/minify_imports.py "${glue%.js}_bg.wasm" "$glue"
done
# The words the release wasm leaves out and the FHIR Questionnaire (src/bin/release_files.rs).
cargo run --quiet --bin release_files -- dist
# The policy names the inline script by its hash, which only exists now.
python3 scripts/csp.py dist
# The service worker needs the build's file names, which only exist now.
python3 scripts/precache.py dist
