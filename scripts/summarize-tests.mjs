// Sums the Vitest and Playwright JSON reports plus the typecheck/lint checks into one line:
// "N passed, N failed". A runner whose report is missing counts as one failure.
import { existsSync, readFileSync } from 'node:fs'

let passed = Number(process.argv[2] ?? 0)
let failed = Number(process.argv[3] ?? 0)

function readJson(path) {
  if (!existsSync(path)) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

const vitest = readJson('reports/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests ?? 0
  failed += (vitest.numFailedTests ?? 0) + (vitest.numTotalTestSuites > 0 && vitest.success === false && !vitest.numFailedTests ? 1 : 0)
} else {
  failed += 1
}

const playwright = readJson('reports/playwright.json')
if (playwright) {
  const s = playwright.stats ?? {}
  passed += (s.expected ?? 0) + (s.flaky ?? 0)
  failed += (s.unexpected ?? 0) + ((playwright.errors ?? []).length > 0 && !s.unexpected ? 1 : 0)
} else {
  failed += 1
}

console.log(`${passed} passed, ${failed} failed`)
