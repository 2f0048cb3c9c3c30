import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { destinationSchema, errorBodySchema, mappingSchema, pageOrArraySchema } from '../src/api/schemas'
import { refreshMarginMs } from './access-token'
import type { LiveConfig } from './config'
import { createDemoApiServer } from './demo-api'
import { buildLiveServer } from './live-server'
import { json, startStandIn, type StandIn } from './test-stand-ins'

const CLIENT_ID = 'test-client-id-4711'
const CLIENT_SECRET = 'p8e-TEST-client-secret-do-not-leak'
const SCOPES = 'openid,AdobeID,audiencemanager_api'
const STATIC_TOKEN = 'static-token-do-not-leak-0815'

// ---- stand-in for Adobe IMS: client-credentials grant, numbered tokens ----
let imsMode: 'ok' | 'refuse' | 'slow' = 'ok'
let imsExpiresIn = 86_399
let issued: string[] = []
let ims: StandIn

// ---- stand-in for AAM: checks the bearer token, a few behaviours by path ----
let refused = new Set<string>()
let refuseAll = false
let aam: StandIn

let clock = 1_700_000_000_000
let logLines: string[] = []
let seenTexts: string[] = []
let app: FastifyInstance | null = null
let base = ''
let staticDir = ''

beforeAll(async () => {
  ims = await startStandIn(async (_req, res) => {
    if (imsMode === 'slow') await new Promise((r) => setTimeout(r, 1500))
    if (imsMode === 'refuse') {
      return json(res, 400, { error: 'invalid_client', error_description: `invalid client_secret ${CLIENT_SECRET}` })
    }
    const token = `ims-token-${issued.length + 1}-do-not-leak`
    issued.push(token)
    json(res, 200, { access_token: token, token_type: 'bearer', expires_in: imsExpiresIn })
  })
  aam = await startStandIn(async (req, res) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
    const valid = token === STATIC_TOKEN || issued.includes(token)
    if (!valid || refuseAll || refused.has(token)) {
      return json(res, 401, { error: 'invalid_token', error_description: `Access token expired: ${token}` }, {
        'www-authenticate': `Bearer realm="oauth", error="invalid_token", error_description="Access token expired: ${token}"`,
      })
    }
    const path = req.url.split('?')[0]
    if (path === '/v1/slow') await new Promise((r) => setTimeout(r, 1500))
    if (path === '/v1/hangup') return res.socket?.destroy()
    if (path === '/v1/leak') return json(res, 200, { note: `your token is ${token}` })
    if (path === '/v1/html500') {
      res.writeHead(500, { 'content-type': 'text/html' })
      return res.end('<html><body>Internal error</body></html>')
    }
    if (path === '/v1/aam-error') return json(res, 400, { message: 'Invalid sid' })
    if (path === '/v1/our-error') return json(res, 409, { code: 'DUPLICATE_MAPPING', message: 'Already mapped.' })
    if (path === '/v1/empty') {
      res.writeHead(204)
      return res.end()
    }
    json(res, 200, { ok: true }, { etag: '"v1"', 'set-cookie': 'aam=1' })
  })
  staticDir = mkdtempSync(join(tmpdir(), 'live-static-'))
  mkdirSync(join(staticDir, 'assets'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Destination Editor</title>')
  writeFileSync(join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)')
  writeFileSync(join(staticDir, 'mockServiceWorker.js'), '// demo worker')
})

afterAll(async () => {
  await ims.close()
  await aam.close()
})

function config(over: { auth?: LiveConfig['auth']; timeoutMs?: number; baseUrl?: string } = {}): LiveConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    staticDir,
    aam: { baseUrl: over.baseUrl ?? aam.url, clientId: CLIENT_ID, imsOrgId: null, timeoutMs: over.timeoutMs ?? 5000 },
    auth: over.auth ?? { kind: 'ims', tokenUrl: `${ims.url}/ims/token/v3`, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scopes: SCOPES },
    logLevel: 'trace',
  }
}

async function start(c: LiveConfig = config()): Promise<void> {
  app = await buildLiveServer(c, {
    now: () => clock,
    logger: { level: 'trace', stream: { write: (line: string) => void logLines.push(line) } },
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
}

/** Calls the live server; keeps every answer (headers and body) for the secret check. */
async function call(path: string, init: RequestInit = {}): Promise<{ status: number; text: string; headers: Headers; body: unknown }> {
  const response = await fetch(`${base}${path}`, init)
  const text = await response.text()
  seenTexts.push(text, JSON.stringify([...response.headers]))
  let body: unknown
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = text
  }
  return { status: response.status, text, headers: response.headers, body }
}

beforeEach(() => {
  imsMode = 'ok'
  imsExpiresIn = 86_399
  issued = []
  refused = new Set()
  refuseAll = false
  ims.seen.length = 0
  aam.seen.length = 0
  logLines = []
})
afterEach(async () => {
  // Secrets never reach a response or a log line, whatever the test did.
  const secrets = [CLIENT_SECRET, STATIC_TOKEN, ...issued]
  for (const text of [...seenTexts, ...logLines]) for (const secret of secrets) expect(text).not.toContain(secret)
  seenTexts = []
  await app?.close()
  app = null
})

describe('token handling (IMS client credentials)', () => {
  it('fetches one token with the client-credentials grant and reuses it, also for concurrent requests', async () => {
    await start()
    for (let i = 0; i < 3; i++) expect((await call('/v1/destinations/')).status).toBe(200)
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => call('/v1/segments/?page=0&pageSize=5')))
    expect(concurrent.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    expect(ims.seen).toHaveLength(1)
    const form = new URLSearchParams(ims.seen[0].body.toString())
    expect(ims.seen[0]).toMatchObject({ method: 'POST', url: '/ims/token/v3' })
    expect(ims.seen[0].headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(form)).toEqual({ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET, scope: SCOPES })
    expect(aam.seen).toHaveLength(8)
    for (const seen of aam.seen) {
      expect(seen.headers.authorization).toBe('Bearer ims-token-1-do-not-leak')
      expect(seen.headers['x-api-key']).toBe(CLIENT_ID)
      expect(seen.headers.accept).toBe('application/json')
    }
  })

  it('renews the token before it expires (a tenth of its lifetime, at most 5 minutes early)', async () => {
    imsExpiresIn = 3600
    await start()
    await call('/v1/destinations/')
    clock += 3600_000 - refreshMarginMs(3600_000) - 1000
    await call('/v1/destinations/')
    expect(ims.seen).toHaveLength(1)
    clock += 2000
    await call('/v1/destinations/')
    expect(ims.seen).toHaveLength(2)
    expect(aam.seen.map((s) => s.headers.authorization)).toEqual([
      'Bearer ims-token-1-do-not-leak', 'Bearer ims-token-1-do-not-leak', 'Bearer ims-token-2-do-not-leak',
    ])
    expect(refreshMarginMs(86_400_000)).toBe(300_000)
  })

  it('on a 401 from AAM renews the token once and sends the same request again', async () => {
    await start()
    await call('/v1/destinations/')
    refused.add('ims-token-1-do-not-leak')
    const body = '[{"sid":4400,"traitType":"SEGMENT","startDate":"2024-05-01","traitAlias":"café ✓"}]'
    const answer = await call('/v1/destinations/5101/bulk-create', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    expect(answer.status).toBe(200)
    expect(ims.seen).toHaveLength(2)
    const [, refusedTry, retry] = aam.seen
    expect(refusedTry.headers.authorization).toBe('Bearer ims-token-1-do-not-leak')
    expect(retry.headers.authorization).toBe('Bearer ims-token-2-do-not-leak')
    expect(refusedTry.body.equals(Buffer.from(body))).toBe(true)
    expect(retry.body.equals(Buffer.from(body))).toBe(true)
    // The new token is then reused.
    await call('/v1/destinations/')
    expect(ims.seen).toHaveLength(2)
  })

  it('does not loop when AAM keeps refusing: 502 UPSTREAM_AUTH_FAILED after one retry, no WWW-Authenticate', async () => {
    refuseAll = true
    await start()
    const answer = await call('/v1/destinations/1')
    expect(answer.status).toBe(502)
    expect(errorBodySchema.parse(answer.body)).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED' })
    expect(answer.headers.get('www-authenticate')).toBeNull()
    expect(aam.seen).toHaveLength(2)
    expect(ims.seen).toHaveLength(2)
  })

  it('IMS refusing the credentials: 502 naming the variables to check', async () => {
    imsMode = 'refuse'
    await start()
    const answer = await call('/v1/destinations/')
    expect(answer.status).toBe(502)
    expect(answer.body).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', message: expect.stringContaining('AAM_CLIENT_SECRET') })
    expect((answer.body as { message: string }).message).toContain('invalid_client')
    expect(aam.seen).toHaveLength(0)
  })

  it('IMS too slow: 504; IMS unreachable: 502', async () => {
    imsMode = 'slow'
    await start(config({ timeoutMs: 300 }))
    const slow = await call('/v1/destinations/')
    expect(slow).toMatchObject({ status: 504, body: { code: 'GATEWAY_TIMEOUT' } })
    await app?.close()
    await start(config({ auth: { kind: 'ims', tokenUrl: 'http://127.0.0.1:9/ims/token/v3', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scopes: SCOPES } }))
    const down = await call('/v1/destinations/')
    expect(down).toMatchObject({ status: 502, body: { code: 'UPSTREAM_AUTH_FAILED' } })
  })

  it('a static AAM_ACCESS_TOKEN is sent as is, never refreshed: a 401 is final (502)', async () => {
    await start(config({ auth: { kind: 'static', accessToken: STATIC_TOKEN } }))
    expect((await call('/v1/destinations/')).status).toBe(200)
    expect(aam.seen[0].headers.authorization).toBe(`Bearer ${STATIC_TOKEN}`)
    refused.add(STATIC_TOKEN)
    const answer = await call('/v1/destinations/')
    expect(answer).toMatchObject({ status: 502, body: { code: 'UPSTREAM_AUTH_FAILED', message: expect.stringContaining('AAM_ACCESS_TOKEN') } })
    expect(aam.seen).toHaveLength(2)
    expect(ims.seen).toHaveLength(0)
  })
})

describe('forwarding', () => {
  it('forwards path, query and body byte for byte, with only the allowed headers', async () => {
    await start()
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256))
    const jsonText = '{ "name" : "Caf\u00e9 \u2028 \ud83d\ude00",\n\t"n": 1.50 }'
    await call('/v1/destinations/5101?search=a%26b+c&x=%E2%9C%93&x=2&empty=', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: 'Bearer from-the-browser', cookie: 'session=1', 'if-match': '"v1"', 'x-api-key': 'browser-key' },
      body: jsonText,
    })
    await call('/v1/upload', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: binary })
    await call('/v1/destinations/5101/mappings/7', { method: 'DELETE' })
    const [put, post, del] = aam.seen
    expect(put).toMatchObject({ method: 'PUT', url: '/v1/destinations/5101?search=a%26b+c&x=%E2%9C%93&x=2&empty=' })
    expect(put.body.equals(Buffer.from(jsonText, 'utf8'))).toBe(true)
    expect(put.headers).toMatchObject({ 'content-type': 'application/json', 'if-match': '"v1"', 'x-api-key': CLIENT_ID, authorization: 'Bearer ims-token-1-do-not-leak' })
    expect(put.headers.cookie).toBeUndefined()
    expect(post.body.equals(binary)).toBe(true)
    expect(post.headers['content-type']).toBe('application/octet-stream')
    expect(del).toMatchObject({ method: 'DELETE', url: '/v1/destinations/5101/mappings/7' })
    expect(del.body.length).toBe(0)
  })

  it('passes AAM answers on: status, JSON body, ETag; drops Set-Cookie; 204 stays empty', async () => {
    await start()
    const ok = await call('/v1/destinations/')
    expect(ok).toMatchObject({ status: 200, body: { ok: true } })
    expect(ok.headers.get('etag')).toBe('"v1"')
    expect(ok.headers.get('set-cookie')).toBeNull()
    expect(ok.headers.get('cache-control')).toBe('no-store')
    expect(await call('/v1/empty', { method: 'DELETE' })).toMatchObject({ status: 204, text: '' })
  })

  it('error answers always have the { code, message } shape the client reads', async () => {
    await start()
    expect(await call('/v1/our-error')).toMatchObject({ status: 409, body: { code: 'DUPLICATE_MAPPING', message: 'Already mapped.' } })
    expect(await call('/v1/aam-error')).toMatchObject({ status: 400, body: { code: 'HTTP_400', message: 'Audience Manager: Invalid sid' } })
    const html = await call('/v1/html500')
    expect(html).toMatchObject({ status: 500, body: { code: 'HTTP_500', message: 'Audience Manager answered HTTP 500.' } })
    for (const answer of [html, await call('/v1/aam-error')]) expect(errorBodySchema.safeParse(answer.body).success).toBe(true)
  })

  it('AAM unreachable or hanging up: 502 BAD_GATEWAY; too slow: 504 GATEWAY_TIMEOUT', async () => {
    await start(config({ timeoutMs: 300 }))
    const slow = await call('/v1/slow')
    expect(slow.status).toBe(504)
    expect(errorBodySchema.parse(slow.body)).toMatchObject({ code: 'GATEWAY_TIMEOUT' })
    const hangup = await call('/v1/hangup')
    expect(hangup.status).toBe(502)
    expect(errorBodySchema.parse(hangup.body)).toMatchObject({ code: 'BAD_GATEWAY' })
    await app?.close()
    await start(config({ baseUrl: 'http://127.0.0.1:9' }))
    const down = await call('/v1/destinations/')
    expect(down).toMatchObject({ status: 502, body: { code: 'BAD_GATEWAY', message: expect.any(String) } })
    expect(logLines.some((l) => l.includes('AAM request failed'))).toBe(true)
  })

  it('redacts a token that AAM echoes in a body', async () => {
    await start()
    const leak = await call('/v1/leak')
    expect(leak.status).toBe(200)
    expect(leak.text).toContain('[redacted]')
  })

  it('never forwards a path that leaves /v1/ once normalized', async () => {
    await start()
    const status = await new Promise<number>((resolve, reject) => {
      const { port } = app!.server.address() as AddressInfo
      httpRequest({ host: '127.0.0.1', port, path: '/v1/%2e%2e/ims/token/v3' }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      }).on('error', reject).end()
    })
    expect(status).toBe(400)
    expect(aam.seen).toHaveLength(0)
  })
})

describe('serving the app', () => {
  it('serves index.html for client routes, assets with a long cache, 404 JSON otherwise', async () => {
    await start()
    const html = { headers: { accept: 'text/html,application/xhtml+xml' } }
    for (const path of ['/', '/destinations', '/destinations/1001?tab=mappings']) {
      const page = await call(path, html)
      expect(page.status, path).toBe(200)
      expect(page.text).toContain('Destination Editor')
      expect(page.headers.get('cache-control')).toBe('no-cache')
    }
    const asset = await call('/assets/app-1234.js')
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toContain('immutable')
    expect((await call('/assets/missing.js', html)).status).toBe(404)
    expect((await call('/mockServiceWorker.js')).status).toBe(404)
    expect(await call('/destinations', { method: 'POST' })).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } })
    expect(await call('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } })
    expect(aam.seen).toHaveLength(0)
    expect(ims.seen).toHaveLength(0)
  })
})

describe('end to end with the demo API standing in for AAM', () => {
  it('lists, creates and deletes through the proxy without a token in the browser', async () => {
    const demo = createDemoApiServer()
    await new Promise<void>((resolve) => demo.listen(0, '127.0.0.1', resolve))
    const demoUrl = `http://127.0.0.1:${(demo.address() as AddressInfo).port}`
    try {
      await start(config({ baseUrl: demoUrl, auth: { kind: 'static', accessToken: 'demo-care' } }))
      const page = await call('/v1/destinations/?page=0&pageSize=2')
      expect(pageOrArraySchema(destinationSchema).parse(page.body)).toMatchObject({ total: 40, pageSize: 2 })
      const created = await call('/v1/destinations/1002/bulk-create', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ sid: 10001, startDate: '2026-01-05', traitAlias: 'proxy test' }]),
      })
      expect(created.status).toBe(201)
      const [mapping] = z.array(mappingSchema).parse(created.body)
      expect(mapping).toMatchObject({ sid: 10001, startDate: '2026-01-05', traitAlias: 'proxy test' })
      expect((await call(`/v1/destinations/1002/mappings/${mapping.mappingId}`, { method: 'DELETE' })).status).toBe(204)
      expect(await call('/v1/destinations/999999')).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } })
    } finally {
      demo.closeAllConnections()
      await new Promise((resolve) => demo.close(resolve))
    }
  })
})
