import { afterEach, describe, expect, it, vi } from 'vitest'
import { clearDemoFaults, fetchDemoFaults, putDemoFaults, resetDemoData } from '../../api/demo'
import { fetchDestination } from '../../api/destinations'
import { apiRequest, setAccessToken } from '../../api/http'
import { bulkCreateMappings, deleteMapping } from '../../api/mappings'
import { currentUserSchema } from '../../api/schemas'
import { todayUtc } from '../../lib/dates'
import { demoDb } from '../db'
import { clearFaults, DEMO_FAULTS_KEY, setFaultRandomSource } from '../faults'
import { SEED_SEGMENTS } from '../seed/fixtures'
import { raw } from './test-helpers'

const FREE = SEED_SEGMENTS.AGE_RANGE_UNMAPPED.map((s) => s.sid)
const self = () => apiRequest('/v1/users/self', { schema: currentUserSchema })

/** A random source that hands out `values` in turn (and fails the test when it runs out). */
function sequence(...values: number[]) {
  const queue = [...values]
  return () => {
    const next = queue.shift()
    if (next === undefined) throw new Error('The fault random source was asked more often than expected.')
    return next
  }
}

afterEach(() => {
  clearFaults()
  setFaultRandomSource()
  vi.useRealTimers()
})

describe('/__demo/faults settings', () => {
  it('starts without faults, stores a PUT (normalised), answers it on GET, clears on DELETE', async () => {
    expect(await fetchDemoFaults()).toEqual({ latencyMs: 0, errorRate: 0, methods: ['GET', 'POST', 'PUT', 'DELETE'], offline: false })
    const put = await raw('/__demo/faults', { method: 'PUT', body: { latencyMs: 200, errorRate: 0.3, methods: ['DELETE', 'POST', 'POST'] }, token: null })
    expect(put).toMatchObject({ status: 200, body: { latencyMs: 200, errorRate: 0.3, methods: ['POST', 'DELETE'], offline: false } })
    expect(await fetchDemoFaults()).toEqual({ latencyMs: 200, errorRate: 0.3, methods: ['POST', 'DELETE'], offline: false })
    expect((await raw('/__demo/faults/', { token: null })).status).toBe(200)

    const cleared = await raw('/__demo/faults', { method: 'DELETE', token: null })
    expect(cleared).toMatchObject({ status: 204, text: '' })
    expect(await fetchDemoFaults()).toMatchObject({ latencyMs: 0, errorRate: 0, offline: false })
  })

  it('keeps the settings in localStorage, so a reload (or another tab) finds them', async () => {
    await putDemoFaults({ offline: true, methods: ['PUT'] })
    expect(JSON.parse(window.localStorage.getItem(DEMO_FAULTS_KEY) ?? 'null')).toMatchObject({ offline: true, methods: ['PUT'] })

    // What a reload of another tab's settings looks like: storage changes, memory follows.
    window.localStorage.setItem(DEMO_FAULTS_KEY, JSON.stringify({ latencyMs: 0, errorRate: 1, methods: ['GET'], offline: false }))
    window.dispatchEvent(new StorageEvent('storage', { key: DEMO_FAULTS_KEY }))
    expect(await fetchDemoFaults()).toMatchObject({ errorRate: 1, methods: ['GET'] })

    await clearDemoFaults()
    expect(window.localStorage.getItem(DEMO_FAULTS_KEY)).toBeNull()
  })

  it.each([
    ['latency above 10,000 ms', { latencyMs: 10_001 }, 'latencyMs', /0 to 10000/],
    ['a negative latency', { latencyMs: -1 }, 'latencyMs', /0 to 10000/],
    ['a fractional latency', { latencyMs: 1.5 }, 'latencyMs', /whole number/],
    ['an error rate above 1', { errorRate: 30 }, 'errorRate', /0 to 1/],
    ['an error rate as text', { errorRate: '0.3' }, 'errorRate', /number/],
    ['no methods', { methods: [] }, 'methods', /at least one/],
    ['an unknown method', { methods: ['GET', 'PATCH'] }, 'methods.1', /GET, POST, PUT, DELETE/],
    ['offline as text', { offline: 'yes' }, 'offline', /true or false/],
  ])('refuses %s with 400 and field details, keeping the old settings', async (_name, body, field, message) => {
    await putDemoFaults({ latencyMs: 5 })
    const answer = await raw('/__demo/faults', { method: 'PUT', body, token: null })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field, message: expect.stringMatching(message) }] })
    expect(await fetchDemoFaults()).toMatchObject({ latencyMs: 5 })
  })

  it('refuses unknown fields and malformed JSON', async () => {
    expect((await raw('/__demo/faults', { method: 'PUT', body: { latency: 200 }, token: null })).body).toMatchObject({ code: 'VALIDATION_FAILED' })
    const malformed = await raw('/__demo/faults', { method: 'PUT', body: '{"latencyMs":', token: null })
    expect(malformed).toMatchObject({ status: 400, body: { details: [{ field: 'body' }] } })
  })
})

describe('faults on /v1 requests', () => {
  it('error rate 1 on writes: every POST, PUT and DELETE fails with 500 or 503 and changes nothing; GET still works', async () => {
    await putDemoFaults({ errorRate: 1, methods: ['POST', 'PUT', 'DELETE'] })
    // Each failing request draws twice: "fails?" (< 1 always), then 500 (< 0.5) or 503.
    setFaultRandomSource(sequence(0.99, 0.1, 0, 0.9, 0.5, 0.2, 0.3, 0.7))
    const before = demoDb().toState()

    await expect(bulkCreateMappings(1001, [{ sid: FREE[0], startDate: todayUtc() }])).rejects.toMatchObject({ status: 500, code: 'SERVER_ERROR', message: expect.stringMatching(/Nothing was changed/) })
    await expect(deleteMapping(1001, 500001)).rejects.toMatchObject({ status: 503, code: 'SERVER_ERROR' })
    const put = await raw('/v1/destinations/mappings/500001', { method: 'PUT', body: { traitAlias: 'x' } })
    expect(put).toMatchObject({ status: 500, body: { code: 'SERVER_ERROR', message: expect.any(String) } })
    const bulkDelete = await raw('/v1/destinations/bulk-delete', { method: 'POST', body: [1010], token: 'demo-care' })
    expect(bulkDelete).toMatchObject({ status: 503, body: { code: 'SERVER_ERROR' } })

    expect(demoDb().toState()).toEqual(before)
    expect((await fetchDestination(1001)).mappingCount).toBe(150)
  })

  it('error rate 0.5 fails only the requests whose draw is below it', async () => {
    await putDemoFaults({ errorRate: 0.5, methods: ['GET'] })
    setFaultRandomSource(sequence(0.6, 0.49, 0.8, 0.5))
    await expect(self()).resolves.toMatchObject({ uid: 2101 })
    await expect(self()).rejects.toMatchObject({ status: 503 })
    await expect(self()).resolves.toMatchObject({ uid: 2101 })
  })

  it('offline: matching requests fail as network errors, before authentication; others and /__demo pass', async () => {
    await putDemoFaults({ offline: true, methods: ['GET', 'DELETE'] })
    await expect(fetch('/v1/users/self', { headers: { Authorization: 'Bearer demo-marketer' } })).rejects.toThrow(TypeError)
    await expect(self()).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' })
    setAccessToken(null)
    await expect(self()).rejects.toMatchObject({ code: 'NETWORK_ERROR' })
    setAccessToken('demo-marketer')
    await expect(deleteMapping(1001, 500001)).rejects.toMatchObject({ code: 'NETWORK_ERROR' })
    expect(demoDb().mappings.has(500001)).toBe(true)

    // POST is not in the methods: it goes through.
    const created = await bulkCreateMappings(1001, [{ sid: FREE[0], startDate: todayUtc() }])
    expect(created).toHaveLength(1)
    // The control endpoints never fail.
    await expect(resetDemoData('empty')).resolves.toBeUndefined()
    expect(demoDb().destinations.size).toBe(0)
  })

  it('latency: a matching request waits latencyMs before the handler answers; other methods do not wait', async () => {
    await putDemoFaults({ latencyMs: 2000, methods: ['GET'] })
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    let settled = false
    const pending = self().then((user) => {
      settled = true
      return user
    })
    await vi.advanceTimersByTimeAsync(1999)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await expect(pending).resolves.toMatchObject({ uid: 2101 })

    // DELETE is not delayed: it answers without any timer moving on.
    await expect(deleteMapping(1001, 500001)).resolves.toBeUndefined()
  })
})
