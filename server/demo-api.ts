import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { getResponse } from 'msw'
import { resetDemoDb } from '../src/mocks/db'
import { handlers } from '../src/mocks/handlers'

/** Request headers a browser may send to the demo API from another origin (CORS preflight answer). */
const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, Accept',
  'access-control-max-age': '600',
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { ...CORS_HEADERS, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

/**
 * Turns a Node request into a Fetch `Request` (absolute URL from the Host header, every header,
 * the body bytes untouched for methods that carry one).
 */
async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
  }
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req)
  return new Request(url, { method, headers, body: body && body.length > 0 ? new Uint8Array(body) : undefined })
}

async function handle(req: IncomingMessage, res: ServerResponse, log: (line: string) => void): Promise<void> {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS_HEADERS)
    res.end()
    return
  }
  const request = await toFetchRequest(req)
  const response = await getResponse(handlers, request)
  if (!response) {
    sendJson(res, 404, { code: 'NOT_FOUND', message: `The demo API has no endpoint ${request.method} ${new URL(request.url).pathname}.` })
    log(`${request.method} ${req.url} -> 404 (no handler)`)
    return
  }
  if (response.type === 'error') {
    // `HttpResponse.error()` (the demo's "offline" fault): no HTTP answer at all. Dropping the
    // connection lets the client see a real network failure (fetch rejects), like the browser demo.
    req.socket.destroy()
    log(`${request.method} ${req.url} -> network error (connection dropped)`)
    return
  }
  const body = Buffer.from(await response.arrayBuffer())
  const headers: Record<string, string> = { ...CORS_HEADERS }
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  if (response.status !== 204 && response.status !== 304) headers['content-length'] = String(body.length)
  res.writeHead(response.status, headers)
  res.end(response.status === 204 ? undefined : body)
  log(`${request.method} ${req.url} -> ${response.status}`)
}

export interface DemoApiOptions {
  /** Called with one line per request ("GET /v1/... -> 200"); default: no request log. */
  log?: (line: string) => void
}

/**
 * The demo backend over real HTTP: a Node `http.Server` that answers every request with the same
 * MSW handlers the browser demo uses (`src/mocks/handlers.ts`, matched with msw's `getResponse`),
 * on an in-memory database seeded with the "typical" scenario (reseeded on every call).
 * - `/v1/...`: the AAM REST API v1 shape; `Authorization: Bearer demo-marketer | demo-care | demo-viewer`.
 * - `POST /__demo/reset` `{ "scenario": "typical" | "large" | "empty" }`: reseeds (204).
 * - `GET | PUT | DELETE /__demo/faults`: the fault settings (`src/mocks/faults.ts`, kept in memory here);
 *   an "offline" fault drops the connection without an answer, so the client sees a network error.
 * - Any other path: 404 `{ code: "NOT_FOUND", message }`; an unexpected failure: 500 `{ code: "SERVER_ERROR", message }`.
 * - CORS is open (`*`, no cookies), so a dev build on another origin can use it; OPTIONS answers 204.
 * The server is not listening yet: call `listen(port, host)`.
 */
export function createDemoApiServer(options: DemoApiOptions = {}): Server {
  resetDemoDb('typical')
  const log = options.log ?? (() => {})
  return createServer((req, res) => {
    handle(req, res, log).catch((error: unknown) => {
      log(`${req.method} ${req.url} -> 500 (${error instanceof Error ? error.message : String(error)})`)
      if (res.headersSent) res.destroy()
      else sendJson(res, 500, { code: 'SERVER_ERROR', message: 'The demo API failed unexpectedly. Try again.' })
    })
  })
}
