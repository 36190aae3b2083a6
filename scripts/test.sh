#!/usr/bin/env bash
# The one test command (README, .ci/run): services, lint, type check, then every jest layer.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-services.sh --browser --mail
echo "== lint"
npm run --silent lint
echo "== type check"
npm run --silent typecheck
echo "== web client types generated from the API contract"
bash scripts/check-web-api-types.sh
echo "== unit, integration, end-to-end and browser tests"
mkdir -p tmp
status=0
npx jest --ci --json --outputFile=tmp/jest-results.json "$@" || status=$?
node -e '
  const r = require("./tmp/jest-results.json");
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' || true
exit "$status"
