import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../mocks/node'
import { fetchAllMappings, fetchDestination, fetchDestinations } from './destinations'
import { bulkCreateMappings, updateMapping } from './mappings'
import { fetchSegments } from './segments'

// Tolerance of the client for Adobe's own inconsistencies (aam-reference 6.4, 6.5 and 6.10): each
// test answers a real fetcher with a response shaped the way AAM's examples show it.

const mapping = { sid: 4400, traitType: 'SEGMENT', traitAlias: '4400', startDate: '2024-05-01', endDate: null }
const destination = { pid: 2001, name: 'Acme DSP pixel', destinationType: 'PUSH', serializationEnabled: true, mappings: null }

describe('the client reads AAM responses of every documented shape', () => {
  it.each([
    ['mappingId', { mappingId: 90001 }],
    ['destinationMappingId only', { destinationMappingId: 90001 }],
    ['traitToDataOrderId only', { traitToDataOrderId: 90001 }],
  ])('mapping ID as %s', async (_name, idField) => {
    server.use(http.get('*/v1/destinations/5101/mappings/', () => HttpResponse.json([{ ...mapping, ...idField, orderId: 5101 }])))
    const [m] = await fetchAllMappings(5101)
    expect(m).toMatchObject({ mappingId: 90001, destinationId: 5101, sid: 4400 })
  })

  it.each([1, '1', 'ACTIVE', 'active'])('mapping elementStatus %j reads as active', async (elementStatus) => {
    server.use(http.get('*/v1/destinations/5101/mappings/', () => HttpResponse.json([{ ...mapping, mappingId: 1, elementStatus }])))
    expect((await fetchAllMappings(5101))[0].elementStatus).toBe('active')
  })

  it.each([
    [1, 'active'], ['ACTIVE', 'active'], ['active', 'active'], [0, 'inactive'], ['INACTIVE', 'inactive'],
  ])('destination status %j reads as %s', async (status, expected) => {
    server.use(http.get('*/v1/destinations/5101', () => HttpResponse.json({ ...destination, destinationId: 5101, status })))
    expect((await fetchDestination(5101)).status).toBe(expected)
  })

  it('destination ID sent as orderId; no category (derived); maxSize/ttl as strings; ALL_DOMAINS', async () => {
    server.use(http.get('*/v1/destinations/5102', () =>
      HttpResponse.json({ orderId: 5102, name: 'Site cookie', destinationType: 'ADS', maxSize: '2048', ttl: '0', domainRestrictions: 'ALL_DOMAINS', mappings: null }),
    ))
    expect(await fetchDestination(5102)).toMatchObject({ destinationId: 5102, category: 'CUSTOM', maxSize: 2048, ttl: 0, domainRestrictions: 'ALL_DOMAINS', mappings: null })
  })

  it('includeMappings=true: mappings with any ID variant inside the destination', async () => {
    let asked = ''
    server.use(http.get('*/v1/destinations/5101', ({ request }) => {
      asked = new URL(request.url).search
      return HttpResponse.json({ ...destination, destinationId: 5101, mappings: [{ ...mapping, destinationMappingId: 7 }, { ...mapping, sid: 4401, traitToDataOrderId: 8 }] })
    }))
    const d = await fetchDestination(5101, { includeMappings: true })
    expect(asked).toBe('?includeMappings=true')
    expect(d.mappings?.map((m) => m.mappingId)).toEqual([7, 8])
  })

  it('a bare array where the client asked for a page becomes a one-page envelope', async () => {
    server.use(http.get('*/v1/destinations/', () => HttpResponse.json([{ ...destination, destinationId: 1 }, { ...destination, destinationId: 2 }])))
    expect(await fetchDestinations({ page: 0, pageSize: 50 })).toMatchObject({ total: 2, page: 0, pageSize: 2, list: [{ destinationId: 1 }, { destinationId: 2 }] })
  })

  it('the envelope where the client asked for everything: the list is used', async () => {
    server.use(http.get('*/v1/destinations/5101/mappings/', () => HttpResponse.json({ total: 1, page: 0, pageSize: 10, list: [{ ...mapping, mappingId: 3 }] })))
    expect((await fetchAllMappings(5101)).map((m) => m.mappingId)).toEqual([3])
  })

  it('segment status in lower case reads as upper case', async () => {
    server.use(http.get('*/v1/segments/', () => HttpResponse.json({ total: 1, page: 0, pageSize: 5, list: [{ sid: 1, name: 'S', folderId: 0, dataSourceId: 1, status: 'active' }] })))
    expect((await fetchSegments({ page: 0, pageSize: 5 })).list[0].status).toBe('ACTIVE')
  })

  it('dates are shown as AAM returns them, never shifted back (the one-day-early examples)', async () => {
    server.use(http.put('*/v1/destinations/mappings/90001', () => HttpResponse.json({ ...mapping, mappingId: 90001, startDate: '2012-07-03' })))
    expect((await updateMapping(90001, { sid: 4400, startDate: '2012-07-04', traitAlias: '4400' })).startDate).toBe('2012-07-03')
  })

  it('bulk-create is called as …/{id}/bulk-create (no slash) and reads created mappings with any ID variant', async () => {
    let path = ''
    server.use(http.post('*/v1/destinations/5101/bulk-create', ({ request }) => {
      path = new URL(request.url).pathname
      return HttpResponse.json([{ ...mapping, destinationMappingId: 11 }], { status: 201 })
    }))
    expect((await bulkCreateMappings(5101, [{ sid: 4400, startDate: '2024-05-01', traitAlias: '4400' }]))[0].mappingId).toBe(11)
    expect(path).toBe('/v1/destinations/5101/bulk-create')
  })

  it('a malformed list (the documented sample is not valid JSON) is BAD_RESPONSE, not a crash', async () => {
    server.use(http.get('*/v1/destinations/5101/mappings/', () => new HttpResponse('[{ "mappingId": 1 "sid": 2 }, {', { status: 200, headers: { 'content-type': 'application/json' } })))
    await expect(fetchAllMappings(5101)).rejects.toMatchObject({ code: 'BAD_RESPONSE' })
  })

  it("AAM's expired-token answer (WWW-Authenticate, OAuth error body) is a 401 ApiError", async () => {
    server.use(http.get('*/v1/destinations/5101', () => HttpResponse.json(
      { error: 'invalid_token', error_description: 'Access token expired: abc' },
      { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="oauth", error="invalid_token"' } },
    )))
    await expect(fetchDestination(5101)).rejects.toMatchObject({ status: 401, code: 'HTTP_401' })
  })
})
