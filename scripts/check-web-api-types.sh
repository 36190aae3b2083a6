#!/usr/bin/env bash
# Fails when the web client's types (apps/web/src/lib/api/schema.gen.ts) differ from what
# openapi-typescript generates from docs/openapi.json today: run `npm run web:api` and commit.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp
generated=apps/web/src/lib/api/schema.gen.ts
if ! npx openapi-typescript docs/openapi.json --silent \
  | npx prettier --stdin-filepath "$generated" \
  | diff -u "$generated" - >tmp/web-api-types.diff; then
  echo "$generated is not what docs/openapi.json generates (npm run web:api); diff in tmp/web-api-types.diff" >&2
  exit 1
fi
echo "web API types match docs/openapi.json"
