#!/usr/bin/env bash
# Runs every check of the project: typecheck, lint, unit/component tests (Vitest), the Node servers'
# tests (credential proxy with local IMS/AAM stand-ins, demo API over HTTP), the contract suite
# against the HTTP demo backend (straight and through the proxy) and end-to-end tests (Playwright on
# Debian's Chromium). Prints one closing line "N passed, N failed" that sums all runners; typecheck,
# lint, the production build check and the server build count as one check each. Exit code 0 only when nothing failed.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/server.json reports/contract.json reports/contract-proxy.json reports/playwright.json reports/summary.txt

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the end-to-end tests (apt-get)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null && return 0
  fi
  echo "The end-to-end tests need Chromium at /usr/bin/chromium." >&2
  echo "Install it as root with: apt-get update && apt-get install -y chromium" >&2
  return 1
}

checks_passed=0
checks_failed=0
check() {
  local name=$1; shift
  echo "== $name"
  if "$@"; then checks_passed=$((checks_passed + 1)); else checks_failed=$((checks_failed + 1)); echo "!! $name failed"; fi
}

check "typecheck" npx tsc -b
check "lint" npx eslint .
echo "== unit and component tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json
check "production build has no demo code" bash scripts/check-production-build.sh
check "server build" npx vite build --config vite.server.config.ts --logLevel warn
echo "== server and proxy tests (vitest)"
npx vitest run --config vitest.server.config.ts --reporter=default --reporter=json --outputFile=reports/server.json
echo "== contract suite on the HTTP demo backend"
node scripts/contract-on-demo.mjs
if ensure_chromium; then
  echo "== end-to-end tests (playwright)"
  PLAYWRIGHT_JSON_OUTPUT_FILE=reports/playwright.json npx playwright test --reporter=list,json
else
  checks_failed=$((checks_failed + 1))
fi

node scripts/summarize-tests.mjs "$checks_passed" "$checks_failed" | tee reports/summary.txt
grep -q ", 0 failed$" reports/summary.txt
