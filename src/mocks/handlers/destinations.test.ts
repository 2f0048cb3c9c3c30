import { describe, expect, it } from 'vitest'
import { deleteDestination, fetchAllMappings, fetchDestination, fetchDestinations } from '../../api/destinations'
import { setAccessToken } from '../../api/http'
import { destinationSchema, mappingSchema, pageSchema } from '../../api/schemas'
import { demoDb } from '../db'
import { SEED_IDS, SEED_SEGMENTS } from '../seed/fixtures'
import { raw } from './test-helpers'

describe('GET /v1/destinations/', () => {
  it('answers a bare array without paging parameters and the envelope with them', async () => {
    const bare = await raw('/v1/destinations/')
    expect(bare.status).toBe(200)
    expect(Array.isArray(bare.body)).toBe(true)
    expect((bare.body as unknown[]).length).toBe(40)
    const paged = await raw('/v1/destinations?page=1&pageSize=15')
    const envelope = pageSchema(destinationSchema).parse(paged.body)
    expect(envelope).toMatchObject({ total: 40, page: 1, pageSize: 15 })
    expect(envelope.list.map((d) => d.destinationId)[0]).toBe(1016)
    expect((await raw('/v1/destinations/?page=0')).body).toMatchObject({ pageSize: 10, total: 40 })
  })

  it('lists partial objects with mappingCount and without mappings', async () => {
    const page = await fetchDestinations({ page: 0, pageSize: 3 })
    expect(page.list[0]).toMatchObject({ destinationId: 1001, name: 'LiveRamp Acme Retail', mappingCount: 150, category: 'INTEGRATED_PLATFORMS', destinationType: 'S2S' })
    const first = ((await raw('/v1/destinations/?page=0&pageSize=1')).body as { list: Record<string, unknown>[] }).list[0]
    expect(first).not.toHaveProperty('mappings')
    expect(first).not.toHaveProperty('urlFormatString')
  })

  it('sorts by every documented property, ascending or descending', async () => {
    const byName = await fetchDestinations({ page: 0, pageSize: 40, sortBy: 'name' })
    const names = byName.list.map((d) => d.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })))
    const desc = await fetchDestinations({ page: 0, pageSize: 2, sortBy: 'destinationId', descending: true })
    expect(desc.list.map((d) => d.destinationId)).toEqual([1040, 1039])
    const byCount = (await raw('/v1/destinations/?page=0&pageSize=2&sortBy=mappingCount&descending=true')).body as { list: { destinationId: number }[] }
    expect(byCount.list.map((d) => d.destinationId)).toEqual([1001, 1003])
    for (const sortBy of ['category', 'destinationType']) expect((await raw(`/v1/destinations/?sortBy=${sortBy}`)).status).toBe(200)
    const bad = await raw('/v1/destinations/?page=0&sortBy=bogus')
    expect(bad).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', details: [{ field: 'sortBy' }] } })
  })

  it('searches name, description and ID case-insensitively', async () => {
    expect((await fetchDestinations({ page: 0, pageSize: 50, search: 'liveramp' })).list.map((d) => d.destinationId)).toEqual([1001, 1002, 1037])
    expect((await fetchDestinations({ page: 0, pageSize: 50, search: 'server-to-server delivery' })).list.map((d) => d.destinationId)).toEqual([1001])
    expect((await fetchDestinations({ page: 0, pageSize: 50, search: '1009' })).list.map((d) => d.name)).toEqual(['Onsite Personalization Engine'])
    expect((await fetchDestinations({ page: 0, pageSize: 50, search: 'no such thing' })).total).toBe(0)
  })

  it('filters by containsSegment, category and destinationType', async () => {
    const containing = await fetchDestinations({ page: 0, pageSize: 50, containsSegment: SEED_SEGMENTS.SPORTS_BASEBALL.sid })
    expect(containing.list.map((d) => d.destinationId)).toContain(1002)
    const expected = new Set([...demoDb().mappings.values()].filter((m) => m.sid === SEED_SEGMENTS.SPORTS_BASEBALL.sid).map((m) => m.destinationId))
    expect(new Set(containing.list.map((d) => d.destinationId))).toEqual(expected)
    expect((await fetchDestinations({ page: 0, pageSize: 50, containsSegment: SEED_SEGMENTS.AGE_RANGE_UNMAPPED[0].sid })).list.map((d) => d.destinationId)).not.toContain(1001)
    const analytics = await fetchDestinations({ page: 0, pageSize: 50, category: 'ADOBE_EXPERIENCE_CLOUD', destinationType: 'ANALYTICS' })
    expect(analytics.list.map((d) => d.destinationId)).toEqual([1007, 1018, 1040])
    const bad = await raw('/v1/destinations/?category=NOPE&containsSegment=abc')
    expect(bad.status).toBe(400)
    expect((bad.body as { details: { field: string }[] }).details.map((d) => d.field).sort()).toEqual(['category', 'containsSegment'])
  })
})

describe('GET /v1/destinations/{id}', () => {
  it('returns mappings: null unless includeMappings=true', async () => {
    const plain = await raw('/v1/destinations/1001')
    expect(plain.body).toMatchObject({ destinationId: 1001, mappings: null, clientName: 'acmeretail01', autoFillMapping: 'SEGMENT_ID' })
    const full = await fetchDestination(SEED_IDS.COOKIE_SINGLE_KEY_ID, { includeMappings: true })
    expect(full).toMatchObject({ cookieName: 'aam_seg', formatType: 'single_key', singleKey: 'seg', keySeparator: '=', valueSeparator: ',' })
    expect(full.mappings).toHaveLength(8)
    const rawFull = (await raw('/v1/destinations/1003/?includeMappings=true')).body as { mappings: Record<string, unknown>[] }
    expect(rawFull.mappings[0].destinationMappingId).toBe(rawFull.mappings[0].mappingId)
    expect(rawFull).toMatchObject({ urlFormatString: 'http://px.acme.example/seg?ids=%ALIAS%', serializationEnabled: true })
  })

  it('404 for an unknown destination, 400 for a non-numeric ID', async () => {
    await expect(fetchDestination(999999)).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' })
    const bad = await raw('/v1/destinations/abc')
    expect(bad).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', details: [{ field: 'destinationId' }] } })
  })
})

describe('GET /v1/destinations/{id}/mappings/', () => {
  it('lists every mapping as a bare array, or pages, searches and sorts', async () => {
    const all = await fetchAllMappings(1001)
    expect(all).toHaveLength(150)
    const bare = await raw('/v1/destinations/1001/mappings')
    expect((bare.body as unknown[]).length).toBe(150)
    const page = pageSchema(mappingSchema).parse((await raw('/v1/destinations/1001/mappings/?page=2&pageSize=20&sortBy=sid&descending=true')).body)
    expect(page).toMatchObject({ total: 150, page: 2, pageSize: 20 })
    const sids = page.list.map((m) => m.sid)
    expect(sids).toEqual([...sids].sort((a, b) => b - a))
    const bySid = (await raw(`/v1/destinations/1001/mappings/?search=${SEED_SEGMENTS.AGE_RANGE_MAPPED[0].sid}`)).body as { elementName: string }[]
    expect(bySid.map((m) => m.elementName)).toContain('Age Range: 45-49')
    const byName = (await raw('/v1/destinations/1001/mappings/?search=age%20range')).body as { sid: number }[]
    expect(byName.map((m) => m.sid).sort()).toEqual([10012, 10013])
    const byAlias = (await raw('/v1/destinations/1002/mappings/?search=sports%20fans')).body as { traitAlias: string }[]
    expect(byAlias.map((m) => m.traitAlias)).toEqual(['Acme Sports Fans'])
    expect((await raw('/v1/destinations/1010/mappings/')).body).toEqual([])
    expect((await raw('/v1/destinations/4242/mappings/')).status).toBe(404)
    expect((await raw('/v1/destinations/1001/mappings/?page=-1')).status).toBe(400)
  })

  it('GET one mapping, 404 when it is on another destination', async () => {
    expect((await raw('/v1/destinations/1001/mappings/500001')).body).toMatchObject({ mappingId: 500001, destinationMappingId: 500001, sid: 10012 })
    expect((await raw('/v1/destinations/1002/mappings/500001')).status).toBe(404)
  })
})

describe('DELETE /v1/destinations/{id}', () => {
  it('403 for a marketer (needs DELETE_ALL_DESTINATIONS)', async () => {
    await expect(deleteDestination(SEED_IDS.EMPTY_DESTINATION_ID)).rejects.toMatchObject({
      status: 403, code: 'FORBIDDEN', message: expect.stringContaining('DELETE_ALL_DESTINATIONS'),
    })
  })

  it('409 DESTINATION_HAS_MAPPINGS with the count, then 204 once empty', async () => {
    setAccessToken('demo-care')
    await expect(deleteDestination(1002)).rejects.toMatchObject({ status: 409, code: 'DESTINATION_HAS_MAPPINGS', message: expect.stringContaining('4 segment mappings') })
    const response = await raw(`/v1/destinations/${SEED_IDS.EMPTY_DESTINATION_ID}`, { method: 'DELETE', token: 'demo-care' })
    expect(response).toMatchObject({ status: 204, text: '' })
    await expect(fetchDestination(SEED_IDS.EMPTY_DESTINATION_ID)).rejects.toMatchObject({ status: 404 })
    expect((await raw('/v1/destinations/1010', { method: 'DELETE', token: 'demo-care' })).status).toBe(404)
  })
})
