import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createDemoApiServer } from './demo-api'

let server: Server
let base = ''
const care = { authorization: 'Bearer demo-care' }
const logLines: string[] = []

beforeAll(async () => {
  server = createDemoApiServer({ log: (line) => logLines.push(line) })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
// Fault settings live in the module for the whole file: never let one test's faults reach the next.
afterEach(async () => {
  await fetch(`${base}/__demo/faults`, { method: 'DELETE' })
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('demo API over HTTP', () => {
  it('answers the AAM shape with the demo tokens, 401 JSON without one', async () => {
    const self = await fetch(`${base}/v1/users/self`, { headers: care })
    expect(self.status).toBe(200)
    expect(await self.json()).toMatchObject({ firstName: 'Sam', isAdmin: true })
    const anonymous = await fetch(`${base}/v1/destinations/`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('content-type')).toContain('application/json')
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHORIZED' })
  })

  it('passes request bodies to the handlers and 204 without a body', async () => {
    const bad = await fetch(`${base}/v1/destinations/1001/bulk-create`, { method: 'POST', headers: { ...care, 'content-type': 'application/json' }, body: '[{' })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body' }] })
    const reset = await fetch(`${base}/__demo/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"scenario":"typical"}' })
    expect(reset.status).toBe(204)
    expect(await reset.text()).toBe('')
  })

  it('404 JSON for unknown paths, open CORS with a preflight answer', async () => {
    const missing = await fetch(`${base}/v2/nothing`, { headers: care })
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND' })
    const preflight = await fetch(`${base}/v1/destinations/`, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization')
  })

  it('drops the connection for an offline fault, so the client sees a network error, not a 500', async () => {
    const set = await fetch(`${base}/__demo/faults`, {
      method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ offline: true, methods: ['POST'] }),
    })
    expect(set.status).toBe(200)
    const before = (await (await fetch(`${base}/v1/destinations/1001/mappings/`, { headers: care })).json()) as unknown[]
    const write = fetch(`${base}/v1/destinations/1001/bulk-create`, {
      method: 'POST', headers: { ...care, 'content-type': 'application/json' },
      body: JSON.stringify([{ sid: 999_999, traitType: 'SEGMENT', startDate: '2030-01-01' }]),
    })
    await expect(write).rejects.toThrow(TypeError)
    expect(logLines.at(-1)).toBe('POST /v1/destinations/1001/bulk-create -> network error (connection dropped)')
    // Only the faulted method fails, nothing was written, and the server goes on answering.
    const after = await fetch(`${base}/v1/destinations/1001/mappings/`, { headers: care })
    expect(after.status).toBe(200)
    expect(await after.json()).toEqual(before)
    expect((await fetch(`${base}/__demo/faults`, { method: 'DELETE' })).status).toBe(204)
    const online = await fetch(`${base}/v1/destinations/1001/bulk-create`, { method: 'POST', headers: { ...care, 'content-type': 'application/json' }, body: '[{' })
    expect(online.status).toBe(400)
  })
})
