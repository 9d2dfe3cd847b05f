#!/usr/bin/env bash
# Installs what is missing, builds the release bundle and serves it on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh serve
scripts/build.sh
port=${PORT:-8080}
echo "[serve] careplanner on http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec python3 -m http.server --bind 127.0.0.1 --directory dist "$port"
