#!/usr/bin/env bash
# Builds the production bundle into a temporary folder and fails if any demo code made it into the
# JavaScript the browser loads: the demo backend (MSW worker setup, seed data, demo handlers) or the
# demo UI (the "Network conditions" and "Reset demo data" dialogs, the demo users, `/__demo` calls),
# or if index.html lacks the Content-Security-Policy meta tag (server/content-security-policy.ts).
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

# Demo UI: DEMO_MODE (src/lib/env.ts) must fold to false and take these with it.
demo_ui="Network conditions|Reset demo data|Switch demo user|Sign in as |demo-marketer|/__demo"
found=$(grep -o -E "$demo_ui" "$out"/assets/*.js 2>/dev/null | sort | uniq -c)
if [ -n "$found" ]; then
  echo "The production build contains demo UI (count, file, text):" >&2
  echo "$found" >&2
  exit 1
fi
echo "Production build: no demo UI."

# Vite writes ' as &#39; inside attributes.
policy=$(grep -o '<meta http-equiv="Content-Security-Policy" content="[^"]*"' "$out/index.html" | sed "s/&#39;/'/g")
for directive in "default-src 'self'" "script-src 'self';" "style-src 'self' 'unsafe-inline'" "img-src 'self' data:" "connect-src 'self'" "worker-src 'self'" "object-src 'none'" "base-uri 'self'"; do
  case "$policy" in
    *"$directive"*) ;;
    *) echo "index.html of the production build lacks \"$directive\" in its Content-Security-Policy meta tag: ${policy:-no meta tag}" >&2; exit 1 ;;
  esac
done
case "$policy" in
  *unsafe-eval* | *frame-ancestors*) echo "The Content-Security-Policy meta tag must not allow eval or carry frame-ancestors (header only): $policy" >&2; exit 1 ;;
esac
if grep -q -E '<script(\s[^>]*)?>[^<]' "$out/index.html"; then
  echo "index.html of the production build has an inline script, which script-src 'self' blocks." >&2
  exit 1
fi
echo "Production build: index.html carries the Content-Security-Policy."
