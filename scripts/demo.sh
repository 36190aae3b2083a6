#!/usr/bin/env bash
# `npm run demo`: migrate, seed demo data, then run api + worker together with readable logs.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_ENV=development GRU_DEMO=true
# The demo answers the free number around the clock so it can be tried at any hour.
export VOICE_OPENING="${VOICE_OPENING:-always}"

bash scripts/ensure-services.sh --mail
# Mail: a throwaway Dovecot and an SMTP listener (scripts/demo-mail.ts), on free ports unless given.
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
export DEMO_IMAP_PORT="${DEMO_IMAP_PORT:-$(free_port)}"
export SMTP_URL="${SMTP_URL:-smtp://127.0.0.1:$(free_port)}"
export MAILBOX_GENERAL_PASSWORD=demo-mail-password MAILBOX_AIDE_PERMIS_PASSWORD=demo-mail-password MAILBOX_BOURSE_ETUDES_PASSWORD=demo-mail-password
[ "${GRU_SKIP_BUILD:-}" = 1 ] || npm run --silent build
npm run --silent db:migrate
npm run --silent territory:import
npx ts-node scripts/seed-demo.ts
# Knowledge base: the demo catalogue, published (idempotent: a second demo changes nothing).
if [ -f tools/kb-demo/content.json ]; then
  npm run --silent kb:import -- --publish tools/kb-demo/content.json
fi
echo "GRU demo: open http://localhost:${PORT:-3000}/ (API docs: /api/docs, health: /health); worker health on :${WORKER_PORT:-3001}/health"
exec npx concurrently --names api,worker,mail --prefix-colors blue,magenta,green --kill-others \
  "node --enable-source-maps dist/apps/api/src/main.js" \
  "node --enable-source-maps dist/apps/worker/src/main.js" \
  "npx ts-node scripts/demo-mail.ts"
