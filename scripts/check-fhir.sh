#!/usr/bin/env bash
# Validates the FHIR resources written by the native tests (target/fhir-samples/) with an
# independent FHIR library (Python fhir.resources, pinned in tests/fhir/requirements.txt).
# Run `cargo test` first; scripts/setup.sh installs the library into .tools/py.
set -euo pipefail
cd "$(dirname "$0")/.."
samples="${CARGO_TARGET_DIR:-target}/fhir-samples"
if [ ! -d "$samples" ]; then
  echo "check-fhir: $samples is missing; run cargo test first" >&2
  exit 1
fi
exec .tools/py/bin/python tests/fhir/check_fhir.py "$samples"
