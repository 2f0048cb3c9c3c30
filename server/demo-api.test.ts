import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDemoApiServer } from './demo-api'

let server: Server
let base = ''
const care = { authorization: 'Bearer demo-care' }

beforeAll(async () => {
  server = createDemoApiServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
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
})
