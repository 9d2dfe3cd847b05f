#!/usr/bin/env bash
# The browser benchmark (not part of scripts/test.sh): careplanner's release build against the
# same questionnaire written with SurveyJS, both served on 127.0.0.1, in one run of Chromium.
# Prints markdown tables and writes bench/results.json; docs/performance.md explains the figures.
#
#   scripts/bench.sh                  10 runs each, CPU not throttled and throttled 4x
#   RUNS=3 THROTTLE=1 scripts/bench.sh    a quicker look
#   BUILD=1 scripts/bench.sh          rebuild dist/ first even if it exists
#   NETWORK=slow4g scripts/bench.sh   over an emulated slow mobile network
#   START=reader scripts/bench.sh     press Start once the questions' module is here (default: the
#                                     moment the first screen is out, from inside the page)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

if [ "${BUILD:-0}" = 1 ] || [ ! -f dist/index.html ]; then
  scripts/build.sh
fi
bench/build-peer.sh

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
ours=$(free_port)
# Both served with gzip, as a clinic's server would (bench/serve.py).
python3 bench/serve.py dist "$ours" >/tmp/careplanner-bench-ours.log 2>&1 &
ours_pid=$!
peer=$(free_port)
python3 bench/serve.py bench/dist-peer "$peer" >/tmp/careplanner-bench-peer.log 2>&1 &
peer_pid=$!
trap 'kill $ours_pid $peer_pid 2>/dev/null || true' EXIT
for port in "$ours" "$peer"; do
  for _ in $(seq 1 50); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break
    sleep 0.1
  done
done

OURS_URL="http://127.0.0.1:$ours/" OURS_DIR="$PWD/dist" \
PEER_URL="http://127.0.0.1:$peer/" PEER_DIR="$PWD/bench/dist-peer" \
  node bench/run.mjs
