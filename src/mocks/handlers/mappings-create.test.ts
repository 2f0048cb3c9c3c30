import { describe, expect, it, vi } from 'vitest'
import { fetchDestination } from '../../api/destinations'
import { apiRequest } from '../../api/http'
import { mappingSchema, type MappingCreate } from '../../api/schemas'
import { todayUtc } from '../../lib/dates'
import { findExportConflicts } from '../../domain/export-controls'
import { demoDb, resetDemoDb } from '../db'
import { server } from '../node'
import { SEED_SEGMENTS } from '../seed/fixtures'
import { endpoint } from './support'
import { raw } from './test-helpers'

const TODAY = todayUtc()
const [FREE] = SEED_SEGMENTS.AGE_RANGE_UNMAPPED
const post = (destinationId: number, body: MappingCreate) =>
  apiRequest(`/v1/destinations/${destinationId}/mappings/`, { method: 'POST', body, schema: mappingSchema })
const postRaw = (destinationId: number, body: unknown, token?: string) =>
  raw(`/v1/destinations/${destinationId}/mappings/`, { method: 'POST', body, token })
const fields = (body: unknown) => (body as { details: { field: string }[] }).details.map((d) => d.field)

describe('POST /v1/destinations/{id}/mappings/', () => {
  it('creates a mapping (201), auto-fills the segment ID and bumps the destination', async () => {
    const before = await fetchDestination(1001)
    const response = await postRaw(1001, { sid: FREE.sid, traitType: 'SEGMENT', startDate: TODAY })
    expect(response.status).toBe(201)
    const body = response.body as Record<string, unknown>
    expect(body).toMatchObject({
      sid: FREE.sid, traitAlias: String(FREE.sid), elementName: FREE.name, elementStatus: 'active', destinationId: 1001,
      startDate: TODAY, endDate: null, crUID: 2101, upUID: 2101, traitType: 'SEGMENT',
    })
    expect(body.destinationMappingId).toBe(body.mappingId)
    expect(body.mappingId).toBe(500283)
    expect(Math.abs((body.createTime as number) - Date.now())).toBeLessThan(5000)
    const after = await fetchDestination(1001)
    expect(after.mappingCount).toBe(151)
    expect(after.updateTime!).toBeGreaterThan(before.updateTime!)
  })

  it('echoes the exact dates sent and copies inactive status from the segment', async () => {
    const created = await post(1002, { sid: SEED_SEGMENTS.INACTIVE.sid, startDate: '2031-07-04', endDate: '2031-12-31', traitAlias: 'Acme Grads' })
    expect(created).toMatchObject({ startDate: '2031-07-04', endDate: '2031-12-31', elementStatus: 'inactive', traitAlias: 'Acme Grads' })
  })

  it('400 for a SEGMENT_ID destination given another value, and for an unknown segment', async () => {
    const wrong = await postRaw(1001, { sid: FREE.sid, startDate: TODAY, traitAlias: 'friendly' })
    expect(wrong).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', details: [{ field: 'traitAlias', message: expect.stringContaining(String(FREE.sid)) }] } })
    const missing = await postRaw(1001, { sid: 987654, startDate: TODAY })
    expect(missing).toMatchObject({ status: 400, body: { details: [{ field: 'sid', message: 'Segment 987654 does not exist.' }] } })
  })

  it('INTEGRATION_CODE auto-fill: fills the code, refuses a segment without one', async () => {
    const withCode = [...demoDb().segments.values()].find((s) => s.integrationCode && s.status === 'ACTIVE' && !demoDb().mappingsOf(1003).some((m) => m.sid === s.sid))!
    expect(await post(1003, { sid: withCode.sid, startDate: TODAY })).toMatchObject({ traitAlias: withCode.integrationCode })
    const refused = await postRaw(1003, { sid: SEED_SEGMENTS.NO_INTEGRATION_CODE.sid, startDate: TODAY })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ details: [{ field: 'traitAlias', message: expect.stringContaining('no integration code') }] })
  })

  it('requires the value fields of each destination type', async () => {
    expect(fields((await postRaw(1002, { sid: FREE.sid, startDate: TODAY })).body)).toEqual(['traitAlias'])
    expect(fields((await postRaw(1004, { sid: FREE.sid, startDate: TODAY })).body)).toEqual(['url', 'secureUrl'])
    expect(fields((await postRaw(1005, { sid: FREE.sid, startDate: TODAY, traitAlias: 'x' })).body)).toEqual(['valueAlias'])
    expect(fields((await postRaw(1006, { sid: FREE.sid, startDate: TODAY })).body)).toEqual(['traitAlias', 'valueAlias'])
    expect(fields((await postRaw(1009, { sid: FREE.sid, startDate: TODAY })).body)).toEqual(['traitAlias'])
    const url = await post(1004, { sid: FREE.sid, startDate: TODAY, url: 'http://px.example/a?s=1', secureUrl: 'https://px.example/a?s=1', traitAlias: 'ignored' })
    expect(url).toMatchObject({ url: 'http://px.example/a?s=1', secureUrl: 'https://px.example/a?s=1', traitAlias: null })
    expect(await post(1005, { sid: FREE.sid, startDate: TODAY, valueAlias: 'young' })).toMatchObject({ valueAlias: 'young' })
    expect(await post(1006, { sid: FREE.sid, startDate: TODAY, traitAlias: 'age', valueAlias: '18-20' })).toMatchObject({ traitAlias: 'age', valueAlias: '18-20' })
  })

  it('400 with details for malformed input, never a 500', async () => {
    const cases: [unknown, string][] = [
      [{ sid: FREE.sid, startDate: '2026-02-30', traitAlias: 'x' }, 'startDate'],
      [{ sid: FREE.sid, startDate: '03/15/2026', traitAlias: 'x' }, 'startDate'],
      [{ sid: FREE.sid, startDate: '2026-03-15', endDate: '2026-03-14', traitAlias: 'x' }, 'endDate'],
      [{ sid: FREE.sid, startDate: TODAY, traitAlias: 'x'.repeat(10_000) }, 'traitAlias'],
      [{ sid: FREE.sid, startDate: TODAY, traitAlias: 'tab\there' }, 'traitAlias'],
      [{ sid: FREE.sid, startDate: TODAY, traitAlias: '   ' }, 'traitAlias'],
      [{ sid: 'abc', startDate: TODAY, traitAlias: 'x' }, 'sid'],
      [{ sid: FREE.sid, traitAlias: 'x' }, 'startDate'],
      [[1, 2], 'body'],
      ['{"sid": 1,', 'body'],
      ['', 'body'],
    ]
    for (const [body, field] of cases) {
      const response = await postRaw(1002, body)
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400)
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.any(String) })
      expect(fields(response.body)).toContain(field)
    }
    expect(demoDb().mappingCount(1002)).toBe(4)
  })

  it('409 EXPORT_CONTROL_CONFLICT naming the control and the label', async () => {
    const { sid, name } = SEED_SEGMENTS.BLOCKED_FOR_1001
    const response = await postRaw(1001, { sid, startDate: TODAY })
    expect(response.status).toBe(409)
    const body = response.body as { code: string; message: string }
    expect(body.code).toBe('EXPORT_CONTROL_CONFLICT')
    expect(body.message).toContain(name)
    expect(body.message).toContain('Cannot be used for off-site ad targeting')
    expect(body.message).toContain('This destination may be used for off-site ad targeting')
    expect((await postRaw(1009, { sid: SEED_SEGMENTS.BLOCKED_FOR_1009.sid, startDate: TODAY, traitAlias: 'x' })).body).toMatchObject({ code: 'EXPORT_CONTROL_CONFLICT' })
    expect(demoDb().mappingCount(1001)).toBe(150)
  })

  it('409 DUPLICATE_MAPPING for the same segment, value and overlapping dates only', async () => {
    const existing = demoDb().mappingsOf(1002).find((m) => m.traitAlias === 'Acme Sports Fans')!
    const dup = await postRaw(1002, { sid: existing.sid, startDate: existing.startDate, traitAlias: 'Acme Sports Fans' })
    expect(dup).toMatchObject({ status: 409, body: { code: 'DUPLICATE_MAPPING', message: expect.stringContaining('Sports: Baseball') } })
    expect((await postRaw(1002, { sid: existing.sid, startDate: existing.startDate, traitAlias: 'Acme Baseball Fans' })).status).toBe(201)
    const expired = demoDb().mappingsOf(1001).find((m) => m.endDate && m.endDate < TODAY)!
    expect((await postRaw(1001, { sid: expired.sid, startDate: TODAY })).status).toBe(201)
    expect((await postRaw(1001, { sid: expired.sid, startDate: TODAY, endDate: TODAY })).body).toMatchObject({ code: 'DUPLICATE_MAPPING' })
  })

  it('403 for the viewer, 404 for an unknown destination, 401 without a token', async () => {
    expect((await postRaw(1002, { sid: FREE.sid, startDate: TODAY, traitAlias: 'x' }, 'demo-viewer')).body).toMatchObject({
      code: 'FORBIDDEN', message: 'You need the MAP_ALL_TO_DESTINATIONS permission to change segment mappings.',
    })
    expect((await postRaw(4242, { sid: FREE.sid, startDate: TODAY, traitAlias: 'x' })).status).toBe(404)
    expect((await raw('/v1/destinations/1002/mappings', { method: 'POST', body: {}, token: null })).status).toBe(401)
  })

  it('turns an unexpected exception into 500 SERVER_ERROR', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    server.use(...endpoint('get', '/v1/boom', {}, () => { throw new Error('kaboom') }))
    expect(await raw('/v1/boom')).toMatchObject({ status: 500, body: { code: 'SERVER_ERROR' } })
    quiet.mockRestore()
  })
})

describe('POST /v1/destinations/{id}/bulk-create against 5,000 mappings ("large")', () => {
  const bulk = (body: unknown) => raw('/v1/destinations/1001/bulk-create', { method: 'POST', body })

  it('finds duplicates of existing mappings and within the batch by segment, and creates all 500 otherwise', async () => {
    resetDemoDb('large')
    const db = demoDb()
    const dest = db.destinations.get(1001)!
    const mapped = new Set(db.mappingsOf(1001).map((m) => m.sid))
    const free = [...db.segments.values()]
      .filter((s) => !mapped.has(s.sid) && findExportConflicts(s, dest.dataExportLabels, db.dataSources).length === 0)
      .slice(0, 500)
    const drafts = free.map((s) => ({ sid: s.sid, startDate: TODAY }))
    const open = db.mappingsOf(1001).find((m) => m.endDate == null)!

    const withExisting = await bulk([...drafts.slice(0, 499), { sid: open.sid, startDate: TODAY }])
    expect(withExisting).toMatchObject({ status: 409, body: { code: 'DUPLICATE_MAPPING', message: expect.stringContaining(`(${open.sid}) is already mapped`) } })
    const twice = await bulk([...drafts.slice(0, 499), drafts[3]])
    expect(twice).toMatchObject({ status: 409, body: { code: 'DUPLICATE_MAPPING', message: expect.stringContaining(`(${drafts[3].sid}) appears more than once`) } })
    expect(db.mappingCount(1001)).toBe(5000)

    // The same segment twice with dates that do not overlap is no duplicate.
    const split = [...drafts.slice(0, 498), { sid: free[498].sid, startDate: TODAY, endDate: TODAY }, { ...drafts[498], startDate: '2099-01-01' }]
    const created = await bulk(split)
    expect(created.status).toBe(201)
    expect(created.body).toHaveLength(500)
    expect(demoDb().mappingCount(1001)).toBe(5500)
  })
})
