#!/usr/bin/env bash
# Builds the release bundle into dist/ (wasm-opt on, offline: Trunk downloads nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# The splitter reads the call graph from the relocations the linker keeps with this flag.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C link-args=--emit-relocs"
trunk build --release --offline
# The configurator, for a clinic's staff: a page and a wasm of their own (no patient loads
# them), built apart and copied beside the app; files both pages share (the stylesheet, the
# icon) are the same bytes under the same hashed names.
trunk build --release --offline=true --dist target/configure-dist configure.html
cp target/configure-dist/index.html dist/configure.html
cp -n target/configure-dist/*.css target/configure-dist/*.svg target/configure-dist/configure-*.js target/configure-dist/configure-*.wasm dist/
for wasm in dist/configure-*_bg.wasm; do
  python3 scripts/strip_wasm.py "$wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-reference-types --enable-sign-ext \
    --enable-nontrapping-float-to-int --enable-mutable-globals --enable-multivalue "$wasm" -o "$wasm"
done
# The questions and the screens after the result go into modules of their own, loaded after
# the first screen (see the script).
python3 scripts/split.py dist
# Trunk does not minify wasm-bindgen's JS glue; terser does (a quarter smaller, gzip).
for js in dist/careplanner-*.js dist/configure-*.js; do
  .tools/terser/node_modules/.bin/terser "$js" --module --compress --mangle -o "$js.min"
  mv "$js.min" "$js"
done
# Short import names in the first module and its glue alike (see the script).
for wasm in dist/careplanner-*_bg.wasm; do
  python3 scripts/minify_imports.py "$wasm" "${wasm%_bg.wasm}.js"
done
# The words the release wasm leaves out and the FHIR Questionnaire (src/bin/release_files.rs).
cargo run --quiet --bin release_files -- dist
# The app's code waits for the frame showing index.html's own first screen (see the script).
python3 scripts/app_start.py dist
# The first screen's stylesheet inside the page (see the script).
python3 scripts/inline_css.py dist
# The policy names the inline script by its hash, which only exists now.
python3 scripts/csp.py dist
# The service worker needs the build's file names, which only exist now.
python3 scripts/precache.py dist
