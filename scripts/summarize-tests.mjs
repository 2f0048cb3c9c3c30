// Sums the JSON reports of every runner plus the typecheck/lint/build checks into one line:
// "N passed, N failed". A runner whose report is missing counts as one failure.
// Usage: node scripts/summarize-tests.mjs CHECKS_PASSED CHECKS_FAILED   (reports read from $REPORTS_DIR, default reports/)
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

let passed = Number(process.argv[2] ?? 0)
let failed = Number(process.argv[3] ?? 0)
const dir = process.env.REPORTS_DIR || 'reports'

function readJson(name) {
  const path = join(dir, name)
  if (!existsSync(path)) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

// Vitest JSON reports: unit/component tests, server/proxy tests, and the contract suite run straight
// at the HTTP demo API and through the credential proxy. A run that failed without a failed test (a
// failing hook or file, all tests skipped) counts as one failure.
for (const name of ['vitest.json', 'server.json', 'contract.json', 'contract-proxy.json']) {
  const vitest = readJson(name)
  if (vitest) {
    passed += vitest.numPassedTests ?? 0
    failed += (vitest.numFailedTests ?? 0) + (vitest.numTotalTestSuites > 0 && vitest.success === false && !vitest.numFailedTests ? 1 : 0)
  } else {
    failed += 1
  }
}

const playwright = readJson('playwright.json')
if (playwright) {
  const s = playwright.stats ?? {}
  passed += (s.expected ?? 0) + (s.flaky ?? 0)
  failed += (s.unexpected ?? 0) + ((playwright.errors ?? []).length > 0 && !s.unexpected ? 1 : 0)
} else {
  failed += 1
}

console.log(`${passed} passed, ${failed} failed`)
