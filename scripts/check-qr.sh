#!/usr/bin/env bash
# Reads back the QR codes written by the native tests (target/qr-samples/) with an independent
# decoder: each SVG is rendered to PNG by rsvg-convert (Debian librsvg2-bin) and decoded by
# zbarimg (Debian zbar-tools), and the text must equal the share link it was made from.
# Run `cargo test` first.
set -euo pipefail
cd "$(dirname "$0")/.."
samples="${CARGO_TARGET_DIR:-target}/qr-samples"
for tool in rsvg-convert zbarimg; do
  command -v "$tool" >/dev/null || { echo "check-qr: $tool is missing (apt-get install librsvg2-bin zbar-tools)" >&2; exit 1; }
done
shopt -s nullglob
svgs=("$samples"/*.svg)
if [ ${#svgs[@]} -eq 0 ]; then
  echo "check-qr: no samples in $samples; run cargo test first" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for svg in "${svgs[@]}"; do
  name=$(basename "$svg" .svg)
  expected=$(cat "$samples/$name.txt")
  # 6 pixels a module (the viewBox counts modules), roughly what a phone screen shows.
  modules=$(sed -n 's/.*viewBox="0 0 \([0-9]*\) .*/\1/p' "$svg")
  px=$((modules * 6))
  rsvg-convert --width "$px" --height "$px" --background-color white "$svg" -o "$work/$name.png"
  # zbarimg complains about D-Bus on machines without it; its messages are shown on failure.
  got=$(zbarimg --quiet --raw -Sdisable -Sqrcode.enable "$work/$name.png" 2>"$work/$name.err" || true)
  if [ "$got" = "$expected" ]; then
    echo "ok    $name (${#expected} characters)"
  else
    echo "FAIL  $name: expected $expected, decoded ${got:-nothing}" >&2
    cat "$work/$name.err" >&2
    failed=1
  fi
done
exit $failed
