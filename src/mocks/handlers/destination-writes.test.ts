import { describe, expect, it } from 'vitest'
import { createDestination, fetchDestination, updateDestination } from '../../api/destinations'
import { setAccessToken } from '../../api/http'
import { todayUtc } from '../../lib/dates'
import { demoDb, resetDemoDb } from '../db'
import { SEED_IDS, SEED_SEGMENTS } from '../seed/fixtures'
import { raw } from './test-helpers'

const LIVERAMP = { name: 'LiveRamp Case 4711', description: 'From case 4711', destinationType: 'S2S', partner: 'LIVERAMP', clientName: 'acme01', autoFillMapping: 'SEGMENT_ID' }
const SERIAL_URL = {
  name: 'New pixel', destinationType: 'PUSH', serializationEnabled: true,
  urlFormatString: 'http://px.example/s?ids=%ALIAS%', secureUrlFormatString: 'https://px.example/s?ids=%alias%', delimiter: ',',
}
const COOKIE = { name: 'New cookie', destinationType: 'ADS', cookieName: 'aam_new', formatType: 'single_key', singleKey: 'seg', cnameDomain: '.sports.com' }

function post(body: unknown, token = 'demo-care') {
  return raw('/v1/destinations/', { method: 'POST', body, token })
}
function fields(body: unknown) {
  return (body as { details: { field: string }[] }).details.map((d) => d.field)
}

describe('POST /v1/destinations/', () => {
  it('201 with the object for S2S (LiveRamp), URL and cookie destinations', async () => {
    const s2s = await post(LIVERAMP)
    expect(s2s).toMatchObject({ status: 201, body: { destinationType: 'S2S', category: 'INTEGRATED_PLATFORMS', platform: 'LiveRamp', clientName: 'acme01', mappingCount: 0, crUID: expect.any(Number) } })
    const id = (s2s.body as { destinationId: number }).destinationId
    expect(id).toBeGreaterThan(SEED_IDS.LAST_FILLER_ID)
    expect((await fetchDestination(id)).name).toBe('LiveRamp Case 4711')
    expect((await post(SERIAL_URL)).body).toMatchObject({ category: 'CUSTOM', platform: 'ALL', serializationEnabled: true, delimiter: ',' })
    expect((await post(COOKIE)).body).toMatchObject({ platform: 'BROWSER', domainRestrictions: 'all_domains', keySeparator: '=', valueSeparator: ',', cnameDomain: '.sports.com' })
  })

  it('400 VALIDATION_FAILED with details on the offending fields', async () => {
    const badClient = await post({ ...LIVERAMP, clientName: 'acme-01!' })
    expect(badClient).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', details: [{ field: 'clientName', message: 'Use 1 to 64 letters and digits only.' }] } })
    expect(fields((await post({ ...SERIAL_URL, urlFormatString: 'http://px.example/s', secureUrlFormatString: null, delimiter: '' })).body).sort())
      .toEqual(['delimiter', 'secureUrlFormatString', 'urlFormatString'])
    expect(fields((await post({ ...COOKIE, singleKey: null, cnameDomain: '*.sports.com' })).body).sort()).toEqual(['cnameDomain', 'singleKey'])
    expect((await post({ ...COOKIE, platform: 'iOS' })).body).toMatchObject({ details: [{ field: 'platform', message: expect.stringContaining('browsers only') }] })
    expect(fields((await post({ name: 'x', destinationType: 'ANALYTICS' })).body)).toEqual(['destinationType'])
    expect(fields((await post({ ...LIVERAMP, name: '   ' })).body)).toEqual(['name'])
    expect((await post('{nope')).status).toBe(400)
  })

  it('403 for a marketer (CREATE_DESTINATIONS) and for S2S without a partner admin', async () => {
    expect(await post(SERIAL_URL, 'demo-marketer')).toMatchObject({ status: 403, body: { code: 'FORBIDDEN', message: expect.stringContaining('CREATE_DESTINATIONS') } })
    const admin = { ...(await import('../users')).DEMO_USERS['demo-care'], isPartnerAdmin: false }
    const users = (await import('../users')).DEMO_USERS
    const saved = users['demo-care']
    users['demo-care'] = admin
    try {
      expect(await post(LIVERAMP)).toMatchObject({ status: 403, body: { message: expect.stringContaining('partner admins') } })
      expect((await post(SERIAL_URL)).status).toBe(201)
    } finally {
      users['demo-care'] = saved
    }
  })

  it('409 LIMIT_REACHED at AAM limits (1,000 destinations, 100 S2S)', async () => {
    resetDemoDb('large')
    expect(await post(SERIAL_URL)).toMatchObject({ status: 409, body: { code: 'LIMIT_REACHED', message: expect.stringContaining('1,000') } })
    resetDemoDb('typical')
    const db = demoDb()
    for (let i = 0; i < 100; i++) db.destinations.set(90000 + i, { ...db.destinations.get(1001)!, destinationId: 90000 + i })
    expect(await post(LIVERAMP)).toMatchObject({ status: 409, body: { code: 'LIMIT_REACHED', message: expect.stringContaining('S2S') } })
  })
})

describe('PUT /v1/destinations/{id}', () => {
  it('200 with the saved object and a newer updateTime', async () => {
    setAccessToken('demo-care')
    const before = await fetchDestination(SEED_IDS.SERIALIZED_URL_ID)
    const saved = await updateDestination(before.destinationId, { ...SERIAL_URL, destinationType: 'PUSH', name: 'Acme DSP Pixel 2', updateTime: before.updateTime! })
    expect(saved).toMatchObject({ name: 'Acme DSP Pixel 2', urlFormatString: SERIAL_URL.urlFormatString, mappingCount: before.mappingCount })
    expect(saved.updateTime!).toBeGreaterThan(before.updateTime!)
  })

  it('409 STALE_UPDATE with the current object for an old updateTime; 400 without one', async () => {
    const current = demoDb().destinations.get(SEED_IDS.PLAIN_URL_ID)!
    const body = { name: 'Changed', destinationType: 'PUSH', updateTime: current.updateTime! - 1 }
    const stale = await raw(`/v1/destinations/${current.destinationId}`, { method: 'PUT', body, token: 'demo-care' })
    expect(stale).toMatchObject({ status: 409, body: { code: 'STALE_UPDATE', current: { destinationId: current.destinationId, name: current.name } } })
    const missing = await raw(`/v1/destinations/${current.destinationId}`, { method: 'PUT', body: { ...body, updateTime: undefined }, token: 'demo-care' })
    expect(fields(missing.body)).toEqual(['updateTime'])
    expect(demoDb().destinations.get(current.destinationId)!.name).toBe(current.name)
  })

  it('400 when a device-based name, the type or the category changes', async () => {
    const lr = demoDb().destinations.get(SEED_IDS.LIVERAMP_AUTOFILL_ID)!
    const base = { name: lr.name, destinationType: 'S2S', partner: 'LIVERAMP', clientName: 'acme02', updateTime: lr.updateTime }
    expect((await raw('/v1/destinations/1001', { method: 'PUT', body: base, token: 'demo-care' })).body).toMatchObject({ clientName: 'acme02' })
    const renamed = await raw('/v1/destinations/1001', { method: 'PUT', body: { ...base, name: 'Renamed', updateTime: demoDb().destinations.get(1001)!.updateTime }, token: 'demo-care' })
    expect(renamed).toMatchObject({ status: 400, body: { details: [{ field: 'name', message: expect.stringContaining('cannot change') }] } })
    const retyped = await raw('/v1/destinations/1004', { method: 'PUT', body: { ...COOKIE, updateTime: 1, category: 'INTEGRATED_PLATFORMS' }, token: 'demo-care' })
    expect(fields(retyped.body).sort()).toEqual(['category', 'destinationType'])
  })

  it('403 without EDIT_ALL_DESTINATIONS, 404 for an unknown destination', async () => {
    const d = demoDb().destinations.get(SEED_IDS.PLAIN_URL_ID)!
    const body = { name: 'x', destinationType: 'PUSH', updateTime: d.updateTime }
    expect(await raw('/v1/destinations/1004', { method: 'PUT', body })).toMatchObject({ status: 403, body: { message: expect.stringContaining('EDIT_ALL_DESTINATIONS') } })
    expect((await raw('/v1/destinations/987654', { method: 'PUT', body, token: 'demo-care' })).status).toBe(404)
  })

  it('409 EXPORT_CONTROL_CONFLICT naming the mapped segments a new label would block', async () => {
    const blocked = SEED_SEGMENTS.BLOCKED_FOR_1001
    const id = SEED_IDS.EMPTY_DESTINATION_ID
    const mapped = await raw(`/v1/destinations/${id}/bulk-create`, {
      method: 'POST', token: 'demo-care',
      body: [{ sid: blocked.sid, startDate: todayUtc(), url: 'http://x.example/a', secureUrl: 'https://x.example/a' }],
    })
    expect(mapped.status).toBe(201)
    const d = demoDb().destinations.get(id)!
    const body = { name: d.name, destinationType: 'PUSH', dataExportLabels: ['OFFSITE_ADVERTISING'], updateTime: d.updateTime }
    const refused = await raw(`/v1/destinations/${id}`, { method: 'PUT', body, token: 'demo-care' })
    expect(refused).toMatchObject({ status: 409, body: { code: 'EXPORT_CONTROL_CONFLICT', details: [{ field: 'dataExportLabels', message: expect.stringContaining(String(blocked.sid)) }] } })
    expect(demoDb().destinations.get(id)!.dataExportLabels).toEqual([])
    expect((await raw(`/v1/destinations/${id}`, { method: 'PUT', body: { ...body, dataExportLabels: [], description: 'Labels left off' }, token: 'demo-care' })).status).toBe(200)
  })
})

describe('cookie "Publish Data To" site IDs', () => {
  it('POST needs site IDs for selected domains and stores them; PUT back to all domains clears them', async () => {
    const missing = await post({ ...COOKIE, domainRestrictions: 'exclusion' })
    expect(missing).toMatchObject({ status: 400, body: { details: [{ field: 'siteIDs', message: expect.stringContaining('All of our domains except the selected domains') }] } })
    expect(fields((await post({ ...COOKIE, domainRestrictions: 'inclusion', siteIDs: [77, 'x'] })).body)).toEqual(['siteIDs'])
    const created = await post({ ...COOKIE, domainRestrictions: 'inclusion', siteIDs: [77, 78] })
    expect(created).toMatchObject({ status: 201, body: { domainRestrictions: 'inclusion', siteIDs: [77, 78] } })
    const { destinationId, updateTime } = created.body as { destinationId: number; updateTime: number }
    setAccessToken('demo-care')
    const saved = await updateDestination(destinationId, { ...COOKIE, destinationType: 'ADS', formatType: 'single_key', domainRestrictions: 'all_domains', siteIDs: null, updateTime })
    expect(saved).toMatchObject({ domainRestrictions: 'all_domains' })
    expect(saved.siteIDs ?? null).toBeNull()
  })
})

describe('configuration reads', () => {
  it('GET limits and available platforms', async () => {
    const limits = await raw('/v1/destinations/limits')
    expect(limits.status).toBe(200)
    expect((limits.body as { limits: unknown[] }).limits).toContainEqual({ destinationType: 'S2S', label: 'S2S destinations', max: 100, used: expect.any(Number) })
    expect((await raw('/v1/destinations/configurations/available-platforms/')).body).toEqual(['BROWSER', 'ANDROID', 'iOS', 'ALL'])
    expect((await createDestination({ ...SERIAL_URL, destinationType: 'PUSH' }).catch((e: unknown) => e))).toMatchObject({ status: 403 })
  })
})
