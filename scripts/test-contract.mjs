#!/usr/bin/env node
// The contract suite's command line: npm run test:contract -- --base-url URL [options]
// Runs contract/*.test.ts with Vitest (vitest.contract.config.ts) against URL, through the real
// client in src/api. Options:
//   --base-url URL          where /v1/... is served (required; or CONTRACT_BASE_URL)
//   --token TOKEN           bearer token to send (the demo API needs one: demo-care); omit behind the proxy
//   --allow-writes          also run the write checks (they create, update and delete one mapping) ...
//   --destination-id N      ... on this destination, set aside for testing (required with --allow-writes)
//   --segment-id N          segment to map in the write checks (default: the first that can be mapped)
//   --json FILE             also write Vitest's JSON report to FILE
//   --timeout MS            time-out of each check (default 30000)
// Exit code: Vitest's (0 when every check passed).
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const env = { ...process.env }
const reporters = ['--reporter=default']
function value(i, name) {
  const v = args[i + 1]
  if (v === undefined || v.startsWith('--')) {
    console.error(`${name} needs a value.`)
    process.exit(2)
  }
  return v
}
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split(/=(.*)/s, 2)
  const take = () => (inline !== undefined ? inline : value(i++, flag))
  switch (flag) {
    case '--base-url': env.CONTRACT_BASE_URL = take(); break
    case '--token': env.CONTRACT_TOKEN = take(); break
    case '--allow-writes': env.CONTRACT_ALLOW_WRITES = '1'; break
    case '--destination-id': env.CONTRACT_DESTINATION_ID = take(); break
    case '--segment-id': env.CONTRACT_SEGMENT_ID = take(); break
    case '--timeout': env.CONTRACT_TIMEOUT_MS = take(); break
    case '--json': reporters.push('--reporter=json', `--outputFile=${take()}`); break
    default:
      console.error(`Unknown option ${args[i]}. Usage: npm run test:contract -- --base-url URL [--token T] [--allow-writes --destination-id N] [--segment-id N] [--json FILE] [--timeout MS]`)
      process.exit(2)
  }
}
if (!env.CONTRACT_BASE_URL) {
  console.error('Give the API to check: npm run test:contract -- --base-url http://127.0.0.1:8787 --token demo-care')
  process.exit(2)
}
if (env.CONTRACT_ALLOW_WRITES === '1' && !env.CONTRACT_DESTINATION_ID) {
  console.error('--allow-writes needs --destination-id N: a destination set aside for testing.')
  process.exit(2)
}
// The real client reads its base URL from VITE_API_BASE_URL (src/api/http.ts).
env.VITE_API_BASE_URL = env.CONTRACT_BASE_URL
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs')
const child = spawn(process.execPath, [vitest, 'run', '--config', join(root, 'vitest.contract.config.ts'), ...reporters], { cwd: root, env, stdio: 'inherit' })
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
