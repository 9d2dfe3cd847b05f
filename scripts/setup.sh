#!/usr/bin/env bash
# Installs what building, serving and testing careplanner need, and skips what is already
# there. Safe to run again: a warm machine passes through in seconds.
#
#   scripts/setup.sh serve   tools to build the release bundle (Rust target, Trunk,
#                            wasm-bindgen, wasm-opt, terser, the wasm splitter)
#   scripts/setup.sh test    all of the above plus Chromium, chromedriver, PDF and size
#                            tools, the npm test packages and the Python calendar parser
#
# Only crates.io, npm, PyPI and Debian packages are reachable here, so every tool comes from
# one of them; nothing is downloaded from anywhere else (Trunk is told to stay offline).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
mode=${1:-test}

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
TERSER_VERSION=5.51.2
# The splitter must read what the wasm_split_helpers in Cargo.lock writes: same 0.2 series.
WASM_SPLIT_VERSION=0.2.4

say() { printf '[setup] %s\n' "$*"; }

# The wasm-bindgen CLI must match the library version locked in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock"
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "wasm32-unknown-unknown target: present"
  else
    say "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if command -v trunk >/dev/null && trunk --version | grep -q "$TRUNK_VERSION"; then
    say "trunk $TRUNK_VERSION: present"
  else
    say "installing trunk $TRUNK_VERSION from crates.io (about 10 minutes on 2 cores)"
    cargo install trunk --locked --version "$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local want
  want=$(wasm_bindgen_version)
  if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $want\$" &&
     command -v wasm-bindgen-test-runner >/dev/null; then
    say "wasm-bindgen-cli $want: present"
  else
    # --locked fails for this crate (a yanked dependency in its lock file), so it is left off.
    say "installing wasm-bindgen-cli $want from crates.io (about 3 minutes)"
    cargo install wasm-bindgen-cli --version "=$want"
  fi
}

ensure_crates() {
  # The release build runs offline (scripts/build.sh), so the crates Cargo.lock names must be
  # here first; on a warm machine this only reads the local registry.
  say "crates from Cargo.lock: fetching what is missing"
  cargo fetch --locked --manifest-path "$root/Cargo.toml" --quiet
}

ensure_wasm_opt() {
  # Debian's binaryen is too old to read current Rust wasm, so wasm-opt comes from npm and
  # goes first on PATH (scripts/env.sh).
  if [ -x "$tools/binaryen/node_modules/.bin/wasm-opt" ] &&
     "$tools/binaryen/node_modules/.bin/wasm-opt" --version | grep -q "version ${BINARYEN_VERSION%%.*}"; then
    say "wasm-opt (binaryen $BINARYEN_VERSION): present"
  else
    say "installing wasm-opt from the npm package binaryen@$BINARYEN_VERSION"
    mkdir -p "$tools/binaryen"
    npm install --silent --no-audit --no-fund --prefix "$tools/binaryen" "binaryen@$BINARYEN_VERSION"
  fi
}

ensure_terser() {
  # Trunk leaves wasm-bindgen's JS glue unminified; terser shrinks it by a quarter (gzip).
  if [ -x "$tools/terser/node_modules/.bin/terser" ] &&
     "$tools/terser/node_modules/.bin/terser" --version | grep -q "$TERSER_VERSION"; then
    say "terser $TERSER_VERSION: present"
  else
    say "installing terser $TERSER_VERSION from npm"
    mkdir -p "$tools/terser"
    npm install --silent --no-audit --no-fund --prefix "$tools/terser" "terser@$TERSER_VERSION"
  fi
}

ensure_wasm_split() {
  # Splits the release wasm at the app's split points (scripts/split.py).
  local root_dir="$tools/wasm-split"
  if [ -x "$root_dir/bin/wasm-split-cli" ] &&
     cargo install --list --root "$root_dir" | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "wasm-split-cli $WASM_SPLIT_VERSION: present"
  else
    say "installing wasm-split-cli $WASM_SPLIT_VERSION from crates.io into .tools/wasm-split (about 2 minutes)"
    cargo install --locked --quiet wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" \
      --features build-binary --root "$root_dir"
  fi
}

ensure_debian_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  command -v brotli >/dev/null || missing+=(brotli)
  command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
  command -v zbarimg >/dev/null || missing+=(zbar-tools)
  if [ ${#missing[@]} -eq 0 ]; then
    say "chromium, chromedriver, poppler-utils, brotli, rsvg-convert, zbarimg: present"
  else
    say "installing from Debian: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

ensure_npm_packages() {
  local dir="$root/tests/e2e"
  if [ -d "$dir/node_modules" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    say "npm test packages: present"
  else
    say "installing npm test packages from tests/e2e/package-lock.json"
    npm ci --silent --no-audit --no-fund --prefix "$dir"
  fi
}

# The independent checkers written in Python (calendar parser, FHIR validator) each list their
# packages in tests/<checker>/requirements.txt; all go into one virtual environment.
ensure_python_packages() {
  local wanted stamp="$tools/py/.requirements"
  wanted=$(grep -hv -e "^[[:space:]]*#" -e "^[[:space:]]*$" "$root"/tests/*/requirements.txt | sort -u)
  if [ -x "$tools/py/bin/python" ] && [ -f "$stamp" ] && [ "$wanted" = "$(cat "$stamp")" ]; then
    say "python checkers ($(echo "$wanted" | tr '\n' ' ')): present"
  else
    say "installing the python checkers from PyPI into .tools/py: $(echo "$wanted" | tr '\n' ' ')"
    python3 -m venv "$tools/py"
    echo "$wanted" | "$tools/py/bin/pip" install --quiet --disable-pip-version-check -r /dev/stdin
    echo "$wanted" >"$stamp"
  fi
}

mkdir -p "$tools"
case "$mode" in
  serve)
    ensure_wasm_target; ensure_wasm_opt; ensure_terser; ensure_wasm_bindgen; ensure_wasm_split
    ensure_trunk; ensure_crates ;;
  test)
    ensure_wasm_target; ensure_debian_packages; ensure_wasm_opt; ensure_terser; ensure_npm_packages
    ensure_python_packages; ensure_wasm_bindgen; ensure_wasm_split; ensure_trunk; ensure_crates ;;
  *)
    echo "usage: scripts/setup.sh [serve|test]" >&2; exit 2 ;;
esac
say "done"
