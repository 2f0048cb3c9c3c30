import { describe, expect, it } from 'vitest'
import { apiRequest } from '../../api/http'
import { z } from 'zod'
import { fetchSegment, fetchSegments } from '../../api/segments'
import { dataSourceSchema, segmentFolderTreeSchema, segmentSchema, type SegmentFolder } from '../../api/schemas'
import { demoDb } from '../db'
import { DATA_SOURCE_IDS, SEED_SEGMENTS, SEED_TOTALS } from '../seed/fixtures'
import { raw } from './test-helpers'

describe('GET /v1/segments/', () => {
  it('bare array without paging, envelope with it; sorted by sid by default', async () => {
    const bare = await raw('/v1/segments/')
    expect((bare.body as unknown[]).length).toBe(SEED_TOTALS.segments)
    const page = await fetchSegments({ page: 3, pageSize: 25 })
    expect(page).toMatchObject({ total: SEED_TOTALS.segments, page: 3, pageSize: 25 })
    expect(page.list[0].sid).toBe(10076)
    const byName = await fetchSegments({ page: 0, pageSize: 5, sortBy: 'name', descending: true })
    const names = byName.list.map((s) => s.name)
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base', numeric: true })))
    expect((await raw('/v1/segments/?sortBy=folderId')).status).toBe(400)
  })

  it('searches name, sid and integration code case-insensitively', async () => {
    expect((await fetchSegments({ page: 0, pageSize: 50, search: 'AGE RANGE: 18-20' })).list.map((s) => s.sid)).toContain(10001)
    expect((await fetchSegments({ page: 0, pageSize: 50, search: '10805' })).list.map((s) => s.name)).toEqual([SEED_SEGMENTS.SPORTS_BASEBALL.name])
    const code = demoDb().segments.get(10002)!.integrationCode!
    expect((await fetchSegments({ page: 0, pageSize: 50, search: code.toUpperCase() })).list.map((s) => s.sid)).toContain(10002)
    expect((await fetchSegments({ page: 0, pageSize: 50, search: 'montréal' })).list.map((s) => s.sid)).toEqual([SEED_SEGMENTS.SPECIAL.ACCENTS.sid])
    expect((await fetchSegments({ page: 0, pageSize: 50, search: '<script>' })).list.map((s) => s.name)).toEqual([SEED_SEGMENTS.SPECIAL.SCRIPT.name])
  })

  it('ignores accents and extra spaces in the search', async () => {
    expect((await fetchSegments({ page: 0, pageSize: 50, search: 'cafe  &  patisserie' })).list.map((s) => s.sid)).toEqual([SEED_SEGMENTS.SPECIAL.ACCENTS.sid])
    expect((await fetchSegments({ page: 0, pageSize: 50, search: '  MONTREAL ' })).list.map((s) => s.sid)).toEqual([SEED_SEGMENTS.SPECIAL.ACCENTS.sid])
  })

  it('folderId includes subfolders', async () => {
    const demographic = await fetchSegments({ page: 0, pageSize: 5000, folderId: 1 })
    const ageRange = await fetchSegments({ page: 0, pageSize: 5000, folderId: SEED_SEGMENTS.AGE_RANGE_FOLDER_ID })
    expect(ageRange.total).toBe(24)
    expect(ageRange.list.every((s) => s.folderId === SEED_SEGMENTS.AGE_RANGE_FOLDER_ID)).toBe(true)
    expect(demographic.total).toBeGreaterThan(ageRange.total)
    expect(demographic.list.some((s) => s.folderId !== 1)).toBe(true)
    expect(new Set(demographic.list.map((s) => s.sid))).toEqual(expect.objectContaining({ size: demographic.total }))
    expect((await fetchSegments({ page: 0, pageSize: 10, folderId: 0 })).total).toBe(SEED_TOTALS.segments)
    expect((await fetchSegments({ page: 0, pageSize: 10, folderId: 99999 })).total).toBe(0)
  })

  it('filters by dataSourceId and status', async () => {
    const crm = await fetchSegments({ page: 0, pageSize: 5000, dataSourceId: DATA_SOURCE_IDS.crm })
    expect(crm.total).toBeGreaterThan(0)
    expect(crm.list.every((s) => s.name.startsWith('CRM - '))).toBe(true)
    const inactive = await fetchSegments({ page: 0, pageSize: 5000, status: 'INACTIVE' })
    expect(inactive.list.every((s) => s.status === 'INACTIVE')).toBe(true)
    expect(inactive.list.map((s) => s.sid)).toContain(SEED_SEGMENTS.INACTIVE.sid)
    expect((await raw('/v1/segments/?status=inactive&page=0')).body).toMatchObject({ total: inactive.total })
    expect((await raw('/v1/segments/?status=GONE')).status).toBe(400)
  })

  it('includes traitDataSourceIds only when asked', async () => {
    const without = (await raw('/v1/segments/?page=0&pageSize=2')).body as { list: Record<string, unknown>[] }
    expect(without.list[0]).not.toHaveProperty('traitDataSourceIds')
    const withIds = (await raw('/v1/segments/?page=0&pageSize=2&includeTraitDataSourceIds=true')).body as { list: Record<string, unknown>[] }
    expect(withIds.list[0].traitDataSourceIds).toEqual(expect.arrayContaining([DATA_SOURCE_IDS.web]))
  })
})

describe('GET /v1/segments/{sid}', () => {
  it('returns one segment, by sid or ic:<code>; 404 / 400 otherwise', async () => {
    const blocked = await fetchSegment(SEED_SEGMENTS.BLOCKED_FOR_1001.sid)
    expect(blocked).toMatchObject({ name: SEED_SEGMENTS.BLOCKED_FOR_1001.name, dataSourceId: DATA_SOURCE_IDS.crm })
    expect(blocked.traitDataSourceIds).toContain(DATA_SOURCE_IDS.crm)
    expect(segmentSchema.parse((await raw('/v1/segments/10001')).body)).not.toHaveProperty('traitDataSourceIds', expect.anything())
    const code = demoDb().segments.get(10002)!.integrationCode!
    expect((await raw(`/v1/segments/ic:${code}`)).body).toMatchObject({ sid: 10002 })
    expect((await raw('/v1/segments/1')).status).toBe(404)
    expect((await raw('/v1/segments/x1')).status).toBe(400)
  })
})

describe('GET /v1/folders/segments/ and /v1/datasources/', () => {
  it('returns the folder tree with the root first', async () => {
    const tree = await apiRequest('/v1/folders/segments/', { schema: segmentFolderTreeSchema })
    expect(tree).toHaveLength(1)
    expect(tree[0]).toMatchObject({ folderId: 0, parentFolderId: -1, name: 'All Segments', path: '/' })
    expect(tree[0].subFolders.map((f) => f.name)).toEqual(['Demographic', 'Interest', 'Purchase Intent', 'Acme Custom Audiences'])
    const depth = (f: SegmentFolder): number => 1 + Math.max(0, ...f.subFolders.map(depth))
    expect(depth(tree[0])).toBeGreaterThanOrEqual(4)
    const count = (f: SegmentFolder): number => 1 + f.subFolders.reduce((n, c) => n + count(c), 0)
    expect(count(tree[0])).toBe(SEED_TOTALS.folders)
    expect((await raw('/v1/folders/segments')).status).toBe(200)
  })

  it('returns data sources with their export controls', async () => {
    const sources = await apiRequest('/v1/datasources/', { schema: z.array(dataSourceSchema) })
    expect(sources).toHaveLength(8)
    expect(sources.find((d) => d.dataSourceId === DATA_SOURCE_IDS.crm)).toMatchObject({ name: 'Offline CRM Onboarding', dataExportRestrictions: ['PII', 'OFFSITE_ADVERTISING'] })
    expect(sources.find((d) => d.dataSourceId === DATA_SOURCE_IDS.loyalty)?.dataExportRestrictions).toEqual(['ONSITE_PERSONALIZATION'])
    expect((await raw('/v1/datasources', { token: null })).status).toBe(401)
  })
})
