import { describe, expect, it } from 'vitest'
import { fetchDestination } from '../../api/destinations'
import { bulkCreateMappings, deleteMapping, updateMapping } from '../../api/mappings'
import { setAccessToken } from '../../api/http'
import { todayUtc } from '../../lib/dates'
import { demoDb } from '../db'
import { SEED_SEGMENTS } from '../seed/fixtures'
import { raw } from './test-helpers'

const TODAY = todayUtc()
const FREE = SEED_SEGMENTS.AGE_RANGE_UNMAPPED.map((s) => s.sid)

describe('POST /v1/destinations/{id}/bulk-create', () => {
  it('creates every mapping (201, array in request order) with auto-fill', async () => {
    const created = await bulkCreateMappings(1001, FREE.slice(0, 3).map((sid) => ({ sid, startDate: TODAY })))
    expect(created.map((m) => m.sid)).toEqual(FREE.slice(0, 3))
    expect(created.map((m) => m.traitAlias)).toEqual(FREE.slice(0, 3).map(String))
    expect((await fetchDestination(1001)).mappingCount).toBe(153)
    const slash = await raw('/v1/destinations/1002/bulk-create/', { method: 'POST', body: [{ sid: FREE[0], startDate: TODAY, traitAlias: 'Acme Teens' }] })
    expect(slash.status).toBe(201)
    expect((slash.body as Record<string, unknown>[])[0]).toMatchObject({ traitAlias: 'Acme Teens', destinationMappingId: expect.any(Number) })
  })

  it('is all-or-nothing: one bad item -> 400 with indexed fields, nothing written', async () => {
    const body = [
      { sid: FREE[0], startDate: TODAY },
      { sid: FREE[1], startDate: TODAY },
      { sid: FREE[2], startDate: '2026-05-10', endDate: '2026-05-01' },
      { sid: 987654, startDate: TODAY },
    ]
    const schemaFail = await raw('/v1/destinations/1001/bulk-create', { method: 'POST', body })
    expect(schemaFail.status).toBe(400)
    expect(schemaFail.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: '2.endDate' }] })
    const ruleFail = await raw('/v1/destinations/1001/bulk-create', { method: 'POST', body: [body[0], body[3], { sid: FREE[1], startDate: TODAY, traitAlias: 'no' }] })
    expect((ruleFail.body as { details: { field: string }[] }).details.map((d) => d.field)).toEqual(['1.sid', '2.traitAlias'])
    expect(demoDb().mappingCount(1001)).toBe(150)
    expect((await raw('/v1/destinations/1001/bulk-create', { method: 'POST', body: [] })).status).toBe(400)
    expect((await raw('/v1/destinations/1001/bulk-create', { method: 'POST', body: '[{' })).status).toBe(400)
  })

  it('refuses the whole batch on an export-control conflict or a duplicate inside it', async () => {
    const blocked = await raw('/v1/destinations/1001/bulk-create', {
      method: 'POST', body: [{ sid: FREE[0], startDate: TODAY }, { sid: SEED_SEGMENTS.BLOCKED_FOR_1001.sid, startDate: TODAY }],
    })
    expect(blocked).toMatchObject({ status: 409, body: { code: 'EXPORT_CONTROL_CONFLICT', details: [{ field: '1.sid' }] } })
    const twice = await raw('/v1/destinations/1001/bulk-create', {
      method: 'POST', body: [{ sid: FREE[0], startDate: TODAY }, { sid: FREE[0], startDate: TODAY, endDate: TODAY }],
    })
    expect(twice).toMatchObject({ status: 409, body: { code: 'DUPLICATE_MAPPING', message: expect.stringContaining('Age Range: 18-20') } })
    expect(demoDb().mappingCount(1001)).toBe(150)
    setAccessToken('demo-viewer')
    await expect(bulkCreateMappings(1001, [{ sid: FREE[0], startDate: TODAY }])).rejects.toMatchObject({ status: 403 })
  })
})

describe('PUT /v1/destinations/mappings/{mappingId}', () => {
  it('updates dates (200), keeps createTime, bumps updateTime and the destination', async () => {
    const before = demoDb().mappings.get(500151)!
    const destBefore = (await fetchDestination(1002)).updateTime!
    const updated = await updateMapping(500151, { sid: before.sid, startDate: TODAY, endDate: null, traitAlias: 'Acme Sports Fans', updateTime: before.updateTime })
    expect(updated).toMatchObject({ mappingId: 500151, startDate: TODAY, endDate: null, traitAlias: 'Acme Sports Fans', createTime: before.createTime, upUID: 2101 })
    expect(updated.updateTime!).toBeGreaterThan(before.updateTime!)
    expect((await fetchDestination(1002)).updateTime!).toBeGreaterThan(destBefore)
  })

  it('409 STALE_UPDATE with the current mapping when updateTime is old', async () => {
    const current = demoDb().mappings.get(500152)!
    const response = await raw('/v1/destinations/mappings/500152', {
      method: 'PUT', body: { sid: current.sid, startDate: TODAY, traitAlias: 'New name', updateTime: current.updateTime! - 1 },
    })
    expect(response).toMatchObject({ status: 409, body: { code: 'STALE_UPDATE', current: { mappingId: 500152, traitAlias: current.traitAlias } } })
    expect(demoDb().mappings.get(500152)!.traitAlias).toBe(current.traitAlias)
  })

  it('applies the same rules as create: value, export controls, duplicates', async () => {
    const m = demoDb().mappingsOf(1001)[5]
    // Unchanged value is accepted; a new non-sid value is not.
    expect((await raw(`/v1/destinations/mappings/${m.mappingId}/`, { method: 'PUT', body: { sid: m.sid, startDate: m.startDate, traitAlias: m.traitAlias } })).status).toBe(200)
    expect((await raw(`/v1/destinations/mappings/${m.mappingId}`, { method: 'PUT', body: { sid: m.sid, startDate: TODAY, traitAlias: 'x' } })).body).toMatchObject({ details: [{ field: 'traitAlias' }] })
    expect((await raw(`/v1/destinations/mappings/${m.mappingId}`, { method: 'PUT', body: { sid: SEED_SEGMENTS.BLOCKED_FOR_1001.sid, startDate: TODAY } })).body).toMatchObject({ code: 'EXPORT_CONTROL_CONFLICT' })
    const other = demoDb().mappingsOf(1001).find((x) => x.mappingId !== m.mappingId && !x.endDate && x.startDate! <= TODAY)!
    expect((await raw(`/v1/destinations/mappings/${m.mappingId}`, { method: 'PUT', body: { sid: other.sid, startDate: TODAY } })).body).toMatchObject({ code: 'DUPLICATE_MAPPING' })
    expect((await raw(`/v1/destinations/mappings/${m.mappingId}`, { method: 'PUT', body: { sid: m.sid, startDate: '2026-01-02', endDate: '2026-01-01' } })).body).toMatchObject({ details: [{ field: 'endDate' }] })
    expect((await raw('/v1/destinations/mappings/1', { method: 'PUT', body: { sid: m.sid, startDate: TODAY } })).status).toBe(404)
    expect((await raw('/v1/destinations/mappings/abc', { method: 'PUT', body: {} })).status).toBe(400)
    expect((await raw(`/v1/destinations/mappings/${m.mappingId}`, { method: 'PUT', body: 'nope' })).status).toBe(400)
  })
})

describe('DELETE /v1/destinations/{id}/mappings/{mappingId}', () => {
  it('204 with an empty body, then the mapping is gone', async () => {
    const response = await raw('/v1/destinations/1001/mappings/500001', { method: 'DELETE' })
    expect(response).toMatchObject({ status: 204, text: '' })
    expect(demoDb().mappings.has(500001)).toBe(false)
    expect((await fetchDestination(1001)).mappingCount).toBe(149)
    await deleteMapping(1001, 500002)
    expect((await raw('/v1/destinations/1001/segments/500003', { method: 'DELETE' })).status).toBe(204)
    expect(demoDb().mappingCount(1001)).toBe(147)
  })

  it('404 when the mapping is not on that destination', async () => {
    await expect(deleteMapping(1002, 500004)).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' })
    expect((await raw('/v1/destinations/1001/mappings/500001', { method: 'DELETE' })).status).toBe(204)
    expect((await raw('/v1/destinations/1001/mappings/500001', { method: 'DELETE' })).status).toBe(404)
    expect(demoDb().mappings.has(500004)).toBe(true)
  })
})
