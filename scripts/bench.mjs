// `npm run bench [-- --runs N] [--skip-build] [--only name,name]`: speed and size figures of the demo
// build on the "large" demo workspace, against the budgets of the "Scale" issue. A benchmark, not a
// test: it prints a table, writes bench/results.json and exits 0 even when a budget is missed.
// See bench/README-section.md for what each figure means.
import { chromium } from '@playwright/test'
import { spawn, spawnSync, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { demoBackendFiles } from './bench/bundle.mjs'
import { formatTable, median, percentile, round } from './bench/stats.mjs'
import { runFlow } from './bench/steps.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
// BENCH_OUT_DIR lets several benches share a machine (each with its own BENCH_PORT too).
const OUT_DIR = join(ROOT, process.env.BENCH_OUT_DIR ?? 'dist-bench')
const RESULTS = process.env.BENCH_RESULTS ?? join(ROOT, 'bench', 'results.json')
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
const PORT = Number(process.env.BENCH_PORT ?? 4340)
const BASE_URL = `http://127.0.0.1:${PORT}`
// As in playwright.config.ts: Debian's Chromium, never a downloaded browser.
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
}

/** The figures, in flow order; `budget` in `unit`, a figure passes when its median is within it. */
const METRICS = [
  { name: 'cold-load-list', unit: 'ms', budget: 1300 },
  { name: 'initial-js-css-gzip-kb', unit: 'KB', budget: 280 },
  { name: 'open-destination-5000-mappings', unit: 'ms', budget: 250 },
  { name: 'picker-search-20000-segments', unit: 'ms', budget: 250 },
  { name: 'scroll-5000-mappings-longest-task', unit: 'ms', budget: 100 },
  { name: 'heap-after-flow-mb', unit: 'MB', budget: 40 },
  { name: 'add-1000-segments', unit: 'ms', budget: 3000 },
]
/** Steps the heap figure needs before it (the flow: load list, open destination, picker search, scroll). */
const HEAP_FLOW = ['cold-load-list', 'open-destination-5000-mappings', 'picker-search-20000-segments', 'scroll-5000-mappings-longest-task']

function parseArgs(argv) {
  const args = { runs: 7, skipBuild: false, only: null }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2)
    const value = () => inline ?? argv[++i]
    if (flag === '--runs') args.runs = Number(value())
    else if (flag === '--skip-build') args.skipBuild = true
    else if (flag === '--only') args.only = value().split(',').map((s) => s.trim()).filter(Boolean)
    else if (flag === '--help' || flag === '-h') {
      console.log('Usage: npm run bench -- [--runs N (default 7)] [--skip-build] [--only name,name]\nFigures: ' + METRICS.map((m) => m.name).join(', '))
      process.exit(0)
    } else throw new Error(`Unknown option ${argv[i]} (try --help)`)
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs takes a whole number of at least 1')
  const unknown = (args.only ?? []).filter((n) => !METRICS.some((m) => m.name === n))
  if (unknown.length) throw new Error(`Unknown figure(s) for --only: ${unknown.join(', ')}. Known: ${METRICS.map((m) => m.name).join(', ')}`)
  return args
}

function build() {
  console.log(`Building the demo into ${OUT_DIR} ...`)
  const started = Date.now()
  const r = spawnSync(process.execPath, [VITE, 'build', '--mode', 'demo', '--outDir', OUT_DIR, '--manifest', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`)
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** Starts `vite preview` on BENCH_PORT and resolves once it answers; the caller stops the child. */
async function startPreview() {
  const answers = async () => {
    try {
      return (await fetch(BASE_URL)).ok
    } catch {
      return false
    }
  }
  if (await answers()) throw new Error(`Something already answers on ${BASE_URL}; stop it or pick another port with BENCH_PORT.`)
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${output.trim()}`)
    // Ours once it prints its URL (strictPort: it exits instead when the port is taken).
    if (output.includes(`:${PORT}`) && (await answers())) return child
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill()
  throw new Error(`vite preview did not answer on ${BASE_URL} within 30 s: ${output.trim()}`)
}

function machine(browserVersion) {
  let commit = null
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    // not a git checkout
  }
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    loadAverage1m: round(os.loadavg()[0], 2),
    os: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: browserVersion,
    commit,
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const selected = METRICS.filter((m) => !args.only || args.only.includes(m.name))
  const wanted = new Set(selected.map((m) => m.name))
  if (wanted.has('heap-after-flow-mb')) HEAP_FLOW.forEach((n) => wanted.add(n))
  const want = (name) => wanted.has(name)

  if (!args.skipBuild) build()
  else if (!existsSync(join(OUT_DIR, '.vite', 'manifest.json'))) throw new Error(`--skip-build needs an earlier bench build in ${OUT_DIR}`)
  const demoFiles = demoBackendFiles(OUT_DIR)

  const preview = await startPreview()
  const stop = () => {
    if (preview.exitCode === null) preview.kill()
  }
  process.on('exit', stop)
  process.on('SIGINT', () => {
    stop()
    process.exit(130)
  })

  const started = Date.now()
  const browser = await chromium.launch(LAUNCH)
  const samples = Object.fromEntries(selected.map((m) => [m.name, []]))
  const reasons = {}
  const notes = {}
  const details = {}
  const options = {
    baseURL: BASE_URL,
    want,
    outDir: OUT_DIR,
    demoFiles,
    scopeMemo: {},
    user: 'demo-marketer',
    onCannotMap: () => {
      // The spec's fallback: customer care when the marketer lacks the mapping right.
      if (options.user === 'demo-marketer') options.user = 'demo-care'
    },
  }
  try {
    for (let run = 0; run <= args.runs; run++) {
      const label = run === 0 ? 'warm-up' : `run ${run}/${args.runs}`
      const runStarted = Date.now()
      let outcome
      try {
        outcome = await runFlow(browser, options)
      } catch (error) {
        const reason = `run setup failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`
        outcome = { values: {}, reasons: Object.fromEntries(selected.map((m) => [m.name, reason])), details: {} }
      }
      const parts = []
      for (const m of selected) {
        const v = outcome.values[m.name]
        if (v === undefined || v === null) {
          reasons[m.name] = outcome.reasons[m.name] ?? 'not measured'
          parts.push(`${m.name} -`)
          continue
        }
        parts.push(`${m.name} ${round(v, m.unit === 'MB' ? 2 : 1)}`)
        if (run === 0) continue
        samples[m.name].push(v)
        if (outcome.details[m.name]) details[m.name] = outcome.details[m.name]
        if (outcome.notes?.[m.name]) (notes[m.name] ??= []).push(outcome.notes[m.name])
      }
      console.log(`${label} (${((Date.now() - runStarted) / 1000).toFixed(1)} s): ${parts.join(', ')}`)
    }
    const version = browser.version()
    const metrics = selected.map((m) => {
      const runs = samples[m.name].map((v) => round(v, m.unit === 'MB' ? 2 : 1))
      const med = round(median(samples[m.name]), m.unit === 'MB' ? 2 : 1)
      const p95 = round(percentile(samples[m.name], 95), m.unit === 'MB' ? 2 : 1)
      const entry = { name: m.name, unit: m.unit, median: med, p95, budget: m.budget, pass: p95 === null ? null : p95 <= m.budget, runs }
      if (runs.length < args.runs) entry.reason = reasons[m.name] ?? 'not measured'
      if (notes[m.name]) entry.note = `${notes[m.name].length}/${runs.length} runs: ${notes[m.name].at(-1)}`
      if (details[m.name]) entry.details = details[m.name]
      return entry
    })
    const report = {
      metrics,
      machine: machine(version),
      date: new Date().toISOString(),
      settings: { runs: args.runs, warmUpRuns: 1, user: options.user, baseURL: BASE_URL, wallTimeS: Math.round((Date.now() - started) / 1000) },
    }
    mkdirSync(dirname(RESULTS), { recursive: true })
    writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`)

    console.log('')
    console.log(
      formatTable(
        ['figure', 'unit', 'median', 'p95', 'budget', 'result'],
        metrics.map((m) => [m.name, m.unit, m.median, m.p95, m.budget, m.pass === null ? 'n/a' : m.pass ? 'pass' : 'FAIL']),
      ),
    )
    for (const m of metrics) {
      if (m.reason) console.log(`${m.name}: ${m.runs.length}/${args.runs} runs measured; ${m.reason}`)
      if (m.note) console.log(`${m.name}: ${m.note}`)
    }
    const missed = metrics.filter((m) => m.pass === false)
    console.log(missed.length ? `\nOver budget: ${missed.map((m) => `${m.name} (p95 ${m.p95} > ${m.budget} ${m.unit})`).join(', ')}` : '\nNo measured figure is over budget.')
    console.log(`Results: ${RESULTS} (${report.settings.wallTimeS} s, ${args.runs} runs + 1 warm-up)`)
  } finally {
    await browser.close()
    stop()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
