#!/usr/bin/env bash
# Builds the release bundle into dist/ (wasm-opt on, offline: Trunk downloads nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline
# The service worker needs the build's file names, which only exist now.
python3 scripts/precache.py dist
