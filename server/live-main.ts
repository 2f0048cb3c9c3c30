/**
 * The live server's entry (`npm run start:live`, or `node dist-server/server.js` in production):
 * reads the configuration (`server/config.ts`), stops with a message naming the variable when it is
 * missing or wrong (exit code 1), else listens and prints where. `--check-config` only checks.
 */
import { ConfigError, loadLiveConfig, type LiveConfig } from './config'
import { buildLiveServer } from './live-server'

const started = performance.now()

function fail(error: unknown): never {
  console.error(error instanceof ConfigError ? error.message : `The live server did not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

let config: LiveConfig
try {
  config = loadLiveConfig(process.env)
} catch (error) {
  fail(error)
}
const authText = config.auth.kind === 'ims' ? 'OAuth server-to-server token from Adobe IMS' : 'static AAM_ACCESS_TOKEN'
if (process.argv.includes('--check-config')) {
  console.log(`Configuration OK: /v1 -> ${config.aam.baseUrl} (${authText}).`)
  process.exit(0)
}

try {
  const app = await buildLiveServer(config)
  const address = await app.listen({ port: config.port, host: config.host })
  console.log(`Destination Editor live server on ${address} (ready in ${Math.round(performance.now() - started)} ms): ` +
    `${config.staticDir ? `app from ${config.staticDir}, ` : ''}/v1 -> ${config.aam.baseUrl} (${authText}).`)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void app.close().then(() => process.exit(0))
    })
  }
} catch (error) {
  fail(error)
}
