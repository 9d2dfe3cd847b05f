#!/usr/bin/env bash
# Serves dist/ on a free loopback port and runs the end-to-end tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -f dist/index.html ] || { echo "dist/ is missing: run scripts/build.sh first" >&2; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory dist "$port" >"$root/.e2e-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break
  sleep 0.1
done

cd tests/e2e
# The TAP output is also kept, so the test command can end with the summary line; it stays in
# the checkout, so two checkouts on one machine can run their tests side by side.
BASE_URL="http://127.0.0.1:$port/" node --test --test-concurrency=1 "$@" ./*.test.mjs | tee "$root/.e2e.tap"
exit "${PIPESTATUS[0]}"
