import { describe, expect, it } from 'vitest'
import { ApiError } from '../../api/api-error'
import { resetDemoData } from '../../api/demo'
import { fetchDestination } from '../../api/destinations'
import { deleteMapping } from '../../api/mappings'
import { apiRequest, setAccessToken } from '../../api/http'
import { currentUserSchema } from '../../api/schemas'
import { demoDb } from '../db'
import { raw } from './test-helpers'

const self = () => apiRequest('/v1/users/self', { schema: currentUserSchema })

describe('authentication and permissions', () => {
  it('GET /v1/users/self returns the demo user of each token', async () => {
    expect(await self()).toMatchObject({ uid: 2101, firstName: 'Maya', lastName: 'Lopez', isAdmin: false, permissions: ['VIEW_ALL_DESTINATIONS', 'VIEW_ALL_SEGMENTS', 'MAP_ALL_TO_DESTINATIONS'] })
    setAccessToken('demo-care')
    expect(await self()).toMatchObject({ firstName: 'Sam', lastName: 'Okafor', isAdmin: true, isPartnerAdmin: true })
    expect((await self()).permissions).toContain('DELETE_ALL_DESTINATIONS')
    setAccessToken('demo-viewer')
    expect(await self()).toMatchObject({ firstName: 'Vic', lastName: 'Chen', permissions: ['VIEW_ALL_DESTINATIONS', 'VIEW_ALL_SEGMENTS'] })
  })

  it('answers both spellings, with and without trailing slash, on any origin', async () => {
    expect((await raw('/v1/users/self/')).status).toBe(200)
    expect((await raw('http://localhost:3000/v1/users/self')).status).toBe(200)
    expect((await raw('https://aam.example.test/v1/destinations')).status).toBe(200)
  })

  it('refuses a missing or unknown token with 401 UNAUTHORIZED', async () => {
    setAccessToken(null)
    await expect(self()).rejects.toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
    setAccessToken('bogus')
    await expect(fetchDestination(1001)).rejects.toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
    const noHeader = await raw('/v1/segments/', { token: null })
    expect(noHeader.status).toBe(401)
    expect(noHeader.body).toMatchObject({ code: 'UNAUTHORIZED', message: expect.any(String) })
  })

  it('refuses writes without the permission with 403 naming it', async () => {
    setAccessToken('demo-viewer')
    const error = await deleteMapping(1001, 500001).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN', message: 'You need the MAP_ALL_TO_DESTINATIONS permission to change segment mappings.' })
    expect(demoDb().mappings.has(500001)).toBe(true)
  })
})

describe('demo control endpoints', () => {
  it('POST /__demo/reset restores the seed (no token needed), 204', async () => {
    await deleteMapping(1001, 500001)
    expect(demoDb().mappingCount(1001)).toBe(149)
    setAccessToken(null)
    await resetDemoData('typical')
    setAccessToken('demo-marketer')
    expect((await fetchDestination(1001)).mappingCount).toBe(150)
  })

  it('switches to "empty" and "large" and validates the scenario', async () => {
    const empty = await raw('/__demo/reset', { method: 'POST', body: { scenario: 'empty' }, token: null })
    expect(empty.status).toBe(204)
    expect(empty.text).toBe('')
    expect(await raw('/v1/destinations/')).toMatchObject({ status: 200, body: [] })
    expect((await raw('/v1/segments/?page=0&pageSize=1')).body).toMatchObject({ total: 2310 })
    await resetDemoData('large')
    expect((await raw('/v1/destinations/?pageSize=1')).body).toMatchObject({ total: 1000 })
    const bad = await raw('/__demo/reset', { method: 'POST', body: { scenario: 'huge' }, token: null })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'scenario' }] })
    expect((await raw('/__demo/reset/', { method: 'POST', token: null })).status).toBe(204)
    expect(demoDb().scenario).toBe('typical')
    const malformed = await raw('/__demo/reset', { method: 'POST', body: '{"scenario":', token: null })
    expect(malformed).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', details: [{ field: 'body' }] } })
  })
})
