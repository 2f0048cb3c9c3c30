#!/usr/bin/env node
// Runs the contract suite against the HTTP demo backend, twice, for the project's test command:
//   1. straight at the demo API (token demo-care)                 -> $REPORTS_DIR/contract.json
//   2. through the live server's /v1 proxy, the demo API as "AAM"
//      (static token added server-side; the suite sends none, as the browser build does)
//                                                                  -> $REPORTS_DIR/contract-proxy.json
// Both runs include the write checks on destination 1001. Needs `npm run build:server` first.
// Servers get free ports (PORT=0) and are stopped by their process ID. Exit code 0 when both pass.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// Reports go to $REPORTS_DIR (default reports/), where scripts/summarize-tests.mjs reads them.
const reports = process.env.REPORTS_DIR || 'reports'
mkdirSync(join(root, reports), { recursive: true })

/** Starts `node file` and resolves with its URL once it prints "... http://host:port ...". */
function startServer(name, file, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, file)], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`${name} did not start within 20 s:\n${output}`))
    }, 20_000)
    const onData = (chunk) => {
      output += chunk
      const match = /(?:listening on|live server on) (http:\/\/[\d.:]+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        console.log(`   ${name}: ${output.split('\n').find((l) => l.includes(match[1])).trim()}`)
        resolve({ url: match[1], stop: () => child.kill('SIGTERM') })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited (code ${code}) before it was ready:\n${output}`))
    })
  })
}

function runSuite(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'scripts/test-contract.mjs'), ...args], { cwd: root, stdio: 'inherit' })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

for (const file of ['dist-server/demo-api.js', 'dist-server/server.js']) {
  if (!existsSync(join(root, file))) {
    console.error(`${file} is missing: run "npm run build:server" first.`)
    process.exit(1)
  }
}
const writes = ['--allow-writes', '--destination-id', '1001']
let demo
let live
let failed = false
try {
  demo = await startServer('demo API', 'dist-server/demo-api.js', { PORT: '0', HOST: '127.0.0.1' })
  console.log('== contract suite: demo API over HTTP')
  failed ||= (await runSuite(['--base-url', demo.url, '--token', 'demo-care', ...writes, '--json', join(reports, 'contract.json')])) !== 0
  await fetch(`${demo.url}/__demo/reset`, { method: 'POST' })
  live = await startServer('live server', 'dist-server/server.js', {
    PORT: '0', HOST: '127.0.0.1', STATIC_DIR: 'none', LOG_LEVEL: 'warn',
    AAM_API_BASE_URL: demo.url, AAM_ACCESS_TOKEN: 'demo-care', AAM_CLIENT_ID: '', AAM_CLIENT_SECRET: '', AAM_SCOPES: '',
  })
  console.log('== contract suite: through the credential proxy')
  failed ||= (await runSuite(['--base-url', live.url, ...writes, '--json', join(reports, 'contract-proxy.json')])) !== 0
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  failed = true
} finally {
  live?.stop()
  demo?.stop()
}
process.exit(failed ? 1 : 0)
