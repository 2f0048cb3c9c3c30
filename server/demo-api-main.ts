/**
 * `npm run demo-api`: the demo backend over HTTP. `PORT` (default 8787; 0 = any free port) and
 * `HOST` (default 127.0.0.1). Prints one line "Demo API listening on http://HOST:PORT" once ready
 * (scripts read the URL from it); `DEMO_API_LOG=1` logs every request.
 */
import type { AddressInfo } from 'node:net'
import { createDemoApiServer } from './demo-api'

const started = performance.now()
const rawPort = process.env.PORT ?? '8787'
const port = Number(rawPort)
if (!/^\d{1,5}$/.test(rawPort) || port > 65535) {
  console.error(`PORT must be a port number (0-65535), got "${rawPort}".`)
  process.exit(1)
}
const host = process.env.HOST || '127.0.0.1'
const server = createDemoApiServer({ log: process.env.DEMO_API_LOG === '1' ? (line) => console.log(line) : undefined })
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another port.` : `Demo API failed: ${error.message}`)
  process.exit(1)
})
server.listen(port, host, () => {
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  console.log(`Demo API listening on http://${shownHost}:${address.port} (ready in ${Math.round(performance.now() - started)} ms; tokens demo-marketer, demo-care, demo-viewer)`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
