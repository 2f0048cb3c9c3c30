#!/usr/bin/env bash
# Builds the production bundle into a temporary folder and fails if any demo backend code
# (MSW worker setup, seed data, demo handlers) made it into the JavaScript the browser loads.
set -u
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npx vite build --outDir "$out" --logLevel error || exit 1
found=$(grep -l -E "setupWorker|mockServiceWorker|IAB Tech Lab|LiveRamp Acme Retail|resetDemoDb" "$out"/assets/*.js 2>/dev/null)
if [ -n "$found" ]; then
  echo "The production build contains demo backend code: $found" >&2
  exit 1
fi
echo "Production build: no demo backend code."
