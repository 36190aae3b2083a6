#!/usr/bin/env bash
# `npm run demo`: migrate, seed demo data, then run api + worker together with readable logs.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_ENV=development GRU_DEMO=true
# The demo answers the free number around the clock so it can be tried at any hour.
export VOICE_OPENING="${VOICE_OPENING:-always}"

bash scripts/ensure-services.sh
[ "${GRU_SKIP_BUILD:-}" = 1 ] || npm run --silent build
npm run --silent db:migrate
npm run --silent territory:import
npx ts-node scripts/seed-demo.ts
echo "GRU demo: open http://localhost:${PORT:-3000}/ (API docs: /api/docs, health: /health); worker health on :${WORKER_PORT:-3001}/health"
exec npx concurrently --names api,worker --prefix-colors blue,magenta --kill-others \
  "node --enable-source-maps dist/apps/api/src/main.js" \
  "node --enable-source-maps dist/apps/worker/src/main.js"
