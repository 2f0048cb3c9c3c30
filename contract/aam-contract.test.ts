/**
 * The contract suite: every behaviour the client in `src/api` relies on, checked against a live
 * backend (the HTTP demo API, the credential proxy, or AAM itself) through the client's own
 * fetchers and schemas. Read-only unless `--allow-writes --destination-id N`.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ApiError } from '../src/api/api-error'
import { fetchAllMappings, fetchDestination, fetchDestinations } from '../src/api/destinations'
import { bulkCreateMappings, deleteMapping, updateMapping } from '../src/api/mappings'
import { apiRequest, setAccessToken } from '../src/api/http'
import {
  currentUserSchema, dataSourceSchema, destinationSchema, errorBodySchema, mappingSchema, segmentFolderTreeSchema,
  type Destination, type Mapping, type MappingCreate,
} from '../src/api/schemas'
import { fetchSegment, fetchSegments } from '../src/api/segments'
import { contractOptions } from './options'

const options = contractOptions()

/** A raw call (for shapes the client hides: bare array vs envelope, error bodies, missing token). */
async function raw(path: string, init: { token?: string | null; method?: string; body?: string } = {}) {
  const token = init.token === undefined ? options.token : init.token
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${options.baseUrl}${path}`, { method: init.method ?? 'GET', headers, body: init.body })
  const text = await response.text()
  let body: unknown
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = text
  }
  return { status: response.status, body, text }
}

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

const envelopeKeys = ['list', 'page', 'pageSize', 'total']
const isEnvelope = (body: unknown) => !!body && typeof body === 'object' && !Array.isArray(body) && envelopeKeys.every((k) => k in body)
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
const sortedBy = (names: string[], compare: (a: string, b: string) => number) => names.every((n, i) => i === 0 || compare(names[i - 1], n) <= 0)

let destinations: Destination[] = []
let mapped: { destination: Destination; mapping: Mapping } | null = null

beforeAll(async () => {
  setAccessToken(options.token)
  destinations = (await fetchDestinations({ page: 0, pageSize: 50 })).list
  // A destination with at least one mapping, for the mapping and containsSegment checks.
  for (const destination of destinations.slice(0, 15)) {
    if (destination.mappingCount === 0) continue
    const mappings = await fetchAllMappings(destination.destinationId)
    if (mappings.length > 0) {
      mapped = { destination, mapping: mappings[0] }
      break
    }
  }
})

describe('session', () => {
  it('GET /v1/users/self returns the signed-in user', async () => {
    const user = await apiRequest('/v1/users/self', { schema: currentUserSchema })
    expect(user.uid).toEqual(expect.any(Number))
  })

  it.runIf(options.token)('refuses a missing or unknown token with 401 and an error body', async () => {
    for (const token of [null, 'contract-suite-bogus-token']) {
      const answer = await raw('/v1/users/self', { token })
      expect(answer.status).toBe(401)
      expect(errorBodySchema.safeParse(answer.body).success, answer.text).toBe(true)
    }
  })
})

describe('destinations', () => {
  it('GET /v1/destinations/ without paging parameters is a bare array (also without the trailing slash)', async () => {
    for (const path of ['/v1/destinations/', '/v1/destinations']) {
      const answer = await raw(path)
      expect(answer.status, path).toBe(200)
      expect(Array.isArray(answer.body), path).toBe(true)
      expect(z.array(destinationSchema).safeParse(answer.body).success, path).toBe(true)
    }
  })

  it('with page/pageSize it is the envelope { total, page, pageSize, list }, page 0-based, pageSize 10 by default', async () => {
    const answer = await raw('/v1/destinations/?page=0&pageSize=3')
    expect(isEnvelope(answer.body)).toBe(true)
    const page = await fetchDestinations({ page: 0, pageSize: 3 })
    expect(page).toMatchObject({ page: 0, pageSize: 3 })
    expect(page.list.length).toBeLessThanOrEqual(3)
    expect(page.total).toBeGreaterThanOrEqual(page.list.length)
    if (page.total > 3) {
      const next = await fetchDestinations({ page: 1, pageSize: 3 })
      expect(next.page).toBe(1)
      const first = new Set(page.list.map((d) => d.destinationId))
      expect(next.list.some((d) => first.has(d.destinationId))).toBe(false)
    }
    expect((await raw('/v1/destinations/?page=0')).body).toMatchObject({ page: 0, pageSize: 10 })
  })

  it('sorts by destinationId and name, ascending or descending', async () => {
    const desc = await fetchDestinations({ page: 0, pageSize: 20, sortBy: 'destinationId', descending: true })
    const ids = desc.list.map((d) => d.destinationId)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    const byName = (await fetchDestinations({ page: 0, pageSize: 20, sortBy: 'name' })).list.map((d) => d.name)
    const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    expect(sortedBy(byName, collator.compare) || sortedBy(byName, plain), byName.join(' | ')).toBe(true)
  })

  it('search finds a destination by its name', async () => {
    expect(destinations.length).toBeGreaterThan(0)
    const target = destinations[0]
    const found = await fetchDestinations({ page: 0, pageSize: 50, search: target.name })
    expect(found.list.map((d) => d.destinationId)).toContain(target.destinationId)
  })

  it('GET /v1/destinations/{id} has mappings: null unless includeMappings=true (also with a trailing slash)', async () => {
    const id = (mapped?.destination ?? destinations[0]).destinationId
    const plain = await raw(`/v1/destinations/${id}`)
    expect(plain.status).toBe(200)
    expect((plain.body as Record<string, unknown>).mappings ?? null).toBeNull()
    expect((await fetchDestination(id)).destinationId).toBe(id)
    expect((await raw(`/v1/destinations/${id}/`)).body).toMatchObject({ destinationId: id })
    const full = await fetchDestination(id, { includeMappings: true })
    expect(Array.isArray(full.mappings)).toBe(true)
    if (mapped) expect(full.mappings!.map((m) => m.mappingId)).toContain(mapped.mapping.mappingId)
  })

  it('containsSegment lists the destinations a segment is mapped to', async () => {
    expect(mapped, 'no destination with a mapping among the first 15').not.toBeNull()
    const { destination, mapping } = mapped!
    const found = await fetchDestinations({ page: 0, pageSize: 100, containsSegment: mapping.sid })
    expect(found.list.map((d) => d.destinationId)).toContain(destination.destinationId)
    for (const other of found.list.slice(0, 3)) {
      expect((await fetchAllMappings(other.destinationId)).map((m) => m.sid)).toContain(mapping.sid)
    }
  })

  it('unknown destination: 404 with { code, message }; a non-numeric ID: 400 or 404', async () => {
    const missing = await raw('/v1/destinations/2147483000')
    expect(missing.status).toBe(404)
    expect(errorBodySchema.safeParse(missing.body).success, missing.text).toBe(true)
    expect((await apiError(fetchDestination(2147483000))).status).toBe(404)
    expect([400, 404]).toContain((await raw('/v1/destinations/not-a-number')).status)
  })
})

describe('mappings', () => {
  it('GET /v1/destinations/{id}/mappings/ is a bare array without paging (also without the slash), the envelope with it', async () => {
    const { destination } = mapped!
    for (const path of [`/v1/destinations/${destination.destinationId}/mappings/`, `/v1/destinations/${destination.destinationId}/mappings`]) {
      const answer = await raw(path)
      expect(answer.status, path).toBe(200)
      expect(Array.isArray(answer.body), path).toBe(true)
    }
    const paged = await raw(`/v1/destinations/${destination.destinationId}/mappings/?page=0&pageSize=1`)
    expect(isEnvelope(paged.body)).toBe(true)
    expect((paged.body as { list: unknown[] }).list.length).toBeLessThanOrEqual(1)
  })

  it('mapping fields: mappingId (or an alias), sid, traitType SEGMENT, yyyy-mm-dd dates', async () => {
    const answer = await raw(`/v1/destinations/${mapped!.destination.destinationId}/mappings/`)
    const first = (answer.body as Record<string, unknown>[])[0]
    expect(first.mappingId ?? first.destinationMappingId ?? first.traitToDataOrderId).toEqual(expect.any(Number))
    expect(first.sid).toEqual(expect.any(Number))
    expect(first.traitType).toBe('SEGMENT')
    if (first.startDate != null) expect(first.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(mappingSchema.safeParse(first).success).toBe(true)
  })

  it('unknown destination: 404', async () => {
    expect((await apiError(fetchAllMappings(2147483000))).status).toBe(404)
  })
})

describe('segments, folders, data sources', () => {
  it('GET /v1/segments/ pages with trait data source IDs; GET /v1/segments/{sid}; search by ID', async () => {
    expect(isEnvelope((await raw('/v1/segments/?page=0&pageSize=2')).body)).toBe(true)
    const page = await fetchSegments({ page: 0, pageSize: 5 })
    expect(page).toMatchObject({ page: 0, pageSize: 5 })
    expect(page.list.length).toBeGreaterThan(0)
    const first = page.list[0]
    expect(Array.isArray(first.traitDataSourceIds)).toBe(true)
    expect(await fetchSegment(first.sid)).toMatchObject({ sid: first.sid, name: first.name })
    const found = await fetchSegments({ page: 0, pageSize: 50, search: String(first.sid) })
    expect(found.list.map((s) => s.sid)).toContain(first.sid)
    const inFolder = await fetchSegments({ page: 0, pageSize: 100, folderId: first.folderId })
    expect(inFolder.list.map((s) => s.sid)).toContain(first.sid)
    expect((await apiError(fetchSegment(2147483000))).status).toBe(404)
  })

  it('GET /v1/folders/segments/ is the tree, root first, nested subFolders', async () => {
    const tree = await apiRequest('/v1/folders/segments/', { schema: segmentFolderTreeSchema })
    expect(tree.length).toBeGreaterThan(0)
    expect(Array.isArray(tree[0].subFolders)).toBe(true)
  })

  it('GET /v1/datasources/ is a bare array with dataExportRestrictions (also without the slash)', async () => {
    for (const path of ['/v1/datasources/', '/v1/datasources']) {
      const answer = await raw(path)
      expect(answer.status, path).toBe(200)
      expect(z.array(dataSourceSchema).safeParse(answer.body).success, path).toBe(true)
    }
  })
})

describe.runIf(options.allowWrites)('writes (on the destination set aside for testing)', () => {
  const today = new Date().toISOString().slice(0, 10)
  const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
  let created: Mapping | null = null

  function draftFor(destination: Destination, sid: number, integrationCode: string | null | undefined): MappingCreate {
    const value = destination.autoFillMapping === 'SEGMENT_ID' ? String(sid)
      : destination.autoFillMapping === 'INTEGRATION_CODE' ? integrationCode ?? String(sid) : `contract-${sid}`
    const draft: MappingCreate = { sid, traitType: 'SEGMENT', startDate: today }
    if (destination.destinationType === 'PUSH' && !destination.serializationEnabled) {
      return { ...draft, url: `https://contract.example/px?s=${sid}`, secureUrl: `https://contract.example/px?s=${sid}` }
    }
    if (destination.destinationType === 'ADS') return { ...draft, traitAlias: 'contract', valueAlias: value }
    return { ...draft, traitAlias: value }
  }

  it('bulk-create (201) echoes the exact start date; PUT updates; DELETE (204) removes', async () => {
    const destinationId = options.destinationId!
    const destination = await fetchDestination(destinationId, { includeMappings: true })
    const taken = new Set((await fetchAllMappings(destinationId)).map((m) => m.sid))
    const candidates = options.segmentId
      ? [await fetchSegment(options.segmentId)]
      : (await fetchSegments({ page: 0, pageSize: 100, status: 'ACTIVE' })).list.filter((s) => !taken.has(s.sid))
    for (const segment of candidates.slice(0, 8)) {
      try {
        ;[created] = await bulkCreateMappings(destinationId, [draftFor(destination, segment.sid, segment.integrationCode)])
        break
      } catch (error) {
        // Export controls or duplicates refuse some segments: try the next one.
        if (!(error instanceof ApiError) || error.status !== 409) throw error
      }
    }
    expect(created, 'no segment could be mapped to the test destination').not.toBeNull()
    expect(created!.startDate).toBe(today)
    expect((await fetchAllMappings(destinationId)).map((m) => m.mappingId)).toContain(created!.mappingId)

    const { mappingId, sid, traitAlias, valueAlias, url, secureUrl } = created!
    const updated = await updateMapping(mappingId, { sid, startDate: today, endDate: later, traitAlias, valueAlias, url, secureUrl })
    expect(updated).toMatchObject({ mappingId, startDate: today, endDate: later })

    await deleteMapping(destinationId, mappingId)
    expect((await fetchAllMappings(destinationId)).map((m) => m.mappingId)).not.toContain(mappingId)
    created = null
  })

  it('refuses an end date before the start date with 400 and writes nothing', async () => {
    const destinationId = options.destinationId!
    const before = (await fetchAllMappings(destinationId)).length
    const answer = await raw(`/v1/destinations/${destinationId}/bulk-create`, {
      method: 'POST',
      body: JSON.stringify([{ sid: 1, traitType: 'SEGMENT', startDate: later, endDate: today, traitAlias: '1' }]),
    })
    expect(answer.status).toBe(400)
    expect(errorBodySchema.safeParse(answer.body).success, answer.text).toBe(true)
    expect((await fetchAllMappings(destinationId)).length).toBe(before)
  })
})
