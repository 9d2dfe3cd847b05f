#!/usr/bin/env bash
# Builds the SurveyJS peer into bench/dist-peer/: the page, its script, the model generated from
# the protocol, and SurveyJS's own files copied from bench/node_modules, so that everything is
# served from the same origin and nothing comes from a CDN.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/survey-js-ui ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --silent --no-audit --no-fund
fi
rm -rf dist-peer
mkdir -p dist-peer
cp surveyjs/index.html surveyjs/app.js dist-peer/
cp node_modules/survey-core/survey.core.min.js \
   node_modules/survey-core/survey-core.fontless.min.css \
   node_modules/survey-js-ui/survey-js-ui.min.js dist-peer/
# A script rather than a fetch of model.json: the model is then part of the page's first load,
# as careplanner's questions are part of its wasm, with no extra round trip.
{ printf 'const MODEL = '; cat surveyjs/model.json; printf ';\n'; } >dist-peer/model.js
echo "bench/dist-peer: $(ls dist-peer | tr '\n' ' ')"
