#!/usr/bin/env bash
# Every test, from a fresh clone: install, lint, type-check, build, the fast suite on
# embedded PGlite, the database suite on a throwaway PostgreSQL cluster, and Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp/reports
rm -f .tmp/reports/*.json

step() { printf '\n==> %s\n' "$*"; }

step "Installing dependencies (npm ci)"
npm ci --no-audit --no-fund
bash scripts/ensure-test-packages.sh

step "Lint"
npm run --silent lint
step "Type-check"
npm run --silent typecheck
step "Production build"
npm run --silent build
step "API reference lint (Redocly and Spectral, no warnings)"
npm run --silent lint:openapi

step "Fast suite: unit tests + API tests (Jitsi, and Zoom against a local fake Zoom) on embedded PGlite"
TEST_DB=pglite npx vitest run --project unit --project api --project zoom --reporter=default --reporter=json --outputFile=.tmp/reports/fast.json

step "Database suite: API, Zoom, race and migration tests on PostgreSQL (throwaway cluster)"
TEST_DB=postgres npx vitest run --project api --project pg --project zoom --reporter=default --reporter=json --outputFile=.tmp/reports/postgres.json

step "Browser tests: Playwright on Debian's Chromium against the production build"
npx playwright test

node scripts/test-summary.mjs
