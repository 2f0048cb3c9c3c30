import { describe, expect, it } from 'vitest'
import { CATEGORIES, DESTINATION_TYPES, destinationSchema, mappingSchema, segmentSchema } from '../../api/schemas'
import { findExportConflicts } from '../../domain/export-controls'
import { todayUtc } from '../../lib/dates'
import { buildSeed } from '.'
import { SEED_IDS, SEED_MAPPING_COUNTS, SEED_SEGMENTS, SEED_TOTALS } from './fixtures'

const TODAY = '2026-03-15'
const typical = buildSeed('typical', TODAY)
const dataSources = new Map(typical.dataSources.map((d) => [d.dataSourceId, d]))
const segment = (sid: number) => typical.segments.find((s) => s.sid === sid)
const mappingsOf = (id: number) => typical.mappings.filter((m) => m.destinationId === id)

describe('demo seed', () => {
  it('is deterministic: two builds are deep-equal', () => {
    expect(buildSeed('typical', TODAY)).toEqual(typical)
  })

  it('builds "typical" in well under 300 ms', () => {
    const start = performance.now()
    buildSeed('typical', '2030-01-01')
    expect(performance.now() - start).toBeLessThan(300)
  })

  it('has the documented totals and every row matches the contract schemas', () => {
    expect(typical.segments.length).toBe(SEED_TOTALS.segments)
    expect(typical.segments.length).toBeGreaterThanOrEqual(2000)
    expect(typical.folders.length).toBe(SEED_TOTALS.folders)
    expect(typical.mappings.length).toBe(SEED_TOTALS.mappings)
    expect(typical.destinations.length).toBe(SEED_TOTALS.destinations)
    expect(typical.dataSources.length).toBe(SEED_TOTALS.dataSources)
    for (const s of typical.segments) expect(segmentSchema.safeParse(s).success).toBe(true)
    for (const m of typical.mappings) expect(mappingSchema.safeParse(m).success).toBe(true)
    for (const d of typical.destinations) expect(destinationSchema.safeParse(d).success).toBe(true)
  })

  it('has a root "All Segments" and a folder tree at least three levels deep', () => {
    expect(typical.folders[0]).toEqual({ folderId: 0, parentFolderId: -1, name: 'All Segments', path: '/' })
    const depth = Math.max(...typical.folders.map((f) => f.path.split('/').filter(Boolean).length))
    expect(depth).toBeGreaterThanOrEqual(3)
    const ids = new Set(typical.folders.map((f) => f.folderId))
    for (const s of typical.segments) expect(ids.has(s.folderId)).toBe(true)
    expect(typical.folders.some((f) => f.name.startsWith('*'))).toBe(false)
  })

  it('mixes statuses, integration codes and trait data sources realistically', () => {
    const n = typical.segments.length
    const inactive = typical.segments.filter((s) => s.status === 'INACTIVE').length
    const withCode = typical.segments.filter((s) => s.integrationCode).length
    expect(inactive / n).toBeGreaterThan(0.03)
    expect(inactive / n).toBeLessThan(0.08)
    expect(withCode / n).toBeGreaterThan(0.6)
    expect(withCode / n).toBeLessThan(0.8)
    const codes = typical.segments.flatMap((s) => (s.integrationCode ? [s.integrationCode] : []))
    expect(new Set(codes).size).toBe(codes.length)
    for (const s of typical.segments) {
      expect(s.traitDataSourceIds.length).toBeGreaterThanOrEqual(1)
      expect(s.traitDataSourceIds.length).toBeLessThanOrEqual(4)
    }
    const blocked = typical.segments.filter((s) => findExportConflicts(s, ['OFFSITE_ADVERTISING'], dataSources).length > 0)
    expect(blocked.length / n).toBeGreaterThan(0.03)
    expect(blocked.length / n).toBeLessThan(0.1)
  })

  it('contains names with accents, quotes, emoji and HTML-like text', () => {
    const names = typical.segments.map((s) => s.name)
    for (const special of Object.values(SEED_SEGMENTS.SPECIAL)) {
      expect(segment(special.sid)?.name).toBe(special.name)
    }
    expect(names.some((n) => /[éñ]/.test(n))).toBe(true)
    expect(names.some((n) => n.includes('"'))).toBe(true)
    expect(names.some((n) => /\p{Extended_Pictographic}/u.test(n))).toBe(true)
    expect(names).toContain('<script>alert(1)</script> Test Segment')
  })

  it('covers every destination category and type, with the fixed IDs and names', () => {
    expect(new Set(typical.destinations.map((d) => d.category))).toEqual(new Set(CATEGORIES))
    expect(new Set(typical.destinations.map((d) => d.destinationType))).toEqual(new Set(DESTINATION_TYPES))
    const byId = new Map(typical.destinations.map((d) => [d.destinationId, d]))
    expect(byId.get(1001)).toMatchObject({ name: 'LiveRamp Acme Retail', destinationType: 'S2S', partner: 'LIVERAMP', clientName: 'acmeretail01', autoFillMapping: 'SEGMENT_ID', dataExportLabels: ['OFFSITE_ADVERTISING'], status: 'active', pid: 1234 })
    expect(byId.get(1002)).toMatchObject({ name: 'LiveRamp Friendly Names', clientName: 'acmebrand02', autoFillMapping: 'NONE' })
    expect(byId.get(1003)).toMatchObject({ destinationType: 'PUSH', serializationEnabled: true, autoFillMapping: 'INTEGRATION_CODE', delimiter: ',' })
    expect(byId.get(1005)).toMatchObject({ destinationType: 'ADS', formatType: 'single_key', cookieName: 'aam_seg', singleKey: 'seg' })
    expect(byId.get(1006)).toMatchObject({ destinationType: 'ADS', formatType: 'key_value' })
    expect(byId.get(1009)?.dataExportLabels).toEqual(['PII', 'ONSITE_PERSONALIZATION'])
    expect(byId.get(SEED_IDS.LAST_FILLER_ID)).toBeDefined()
  })

  it('has the documented mapping counts, never a blocked mapping nor a duplicate', () => {
    for (const d of typical.destinations) {
      const mine = mappingsOf(d.destinationId)
      expect(mine.length).toBe(SEED_MAPPING_COUNTS[d.destinationId] ?? 0)
      expect(new Set(mine.map((m) => m.sid)).size).toBe(mine.length)
      for (const m of mine) {
        const s = segment(m.sid)
        expect(s).toBeDefined()
        expect(findExportConflicts(s!, d.dataExportLabels, dataSources)).toEqual([])
        expect(m.elementStatus).toBe(s!.status === 'INACTIVE' ? 'inactive' : 'active')
      }
    }
    expect(mappingsOf(1001).every((m) => m.traitAlias === String(m.sid))).toBe(true)
    expect(mappingsOf(1002).map((m) => m.traitAlias)).toContain('Acme Sports Fans')
    expect(mappingsOf(1004).every((m) => m.url?.startsWith('http://') && m.secureUrl?.startsWith('https://'))).toBe(true)
    expect(mappingsOf(1005).every((m) => m.valueAlias)).toBe(true)
    expect(mappingsOf(1006).every((m) => m.traitAlias && m.valueAlias)).toBe(true)
  })

  it('gives 1001 past, current, future, expired and open-ended mappings relative to today', () => {
    const m = mappingsOf(1001)
    expect(m.some((x) => x.startDate! > TODAY)).toBe(true)
    expect(m.some((x) => x.startDate! <= TODAY && (!x.endDate || x.endDate >= TODAY))).toBe(true)
    expect(m.some((x) => x.endDate && x.endDate < TODAY)).toBe(true)
    expect(m.some((x) => x.endDate === null)).toBe(true)
    const live = buildSeed('typical').mappings.filter((x) => x.destinationId === 1001)
    expect(live.some((x) => x.startDate! > todayUtc())).toBe(true)
  })

  it('keeps the fixture segments as documented', () => {
    const mapped1001 = new Set(mappingsOf(1001).map((m) => m.sid))
    for (const { sid, name } of SEED_SEGMENTS.AGE_RANGE_UNMAPPED) {
      const s = segment(sid)!
      expect(s).toMatchObject({ name, status: 'ACTIVE', folderId: SEED_SEGMENTS.AGE_RANGE_FOLDER_ID })
      expect(mapped1001.has(sid)).toBe(false)
      expect(findExportConflicts(s, ['OFFSITE_ADVERTISING'], dataSources)).toEqual([])
    }
    for (const { sid, name } of SEED_SEGMENTS.AGE_RANGE_MAPPED) {
      expect(segment(sid)?.name).toBe(name)
      expect(mapped1001.has(sid)).toBe(true)
    }
    const blocked = segment(SEED_SEGMENTS.BLOCKED_FOR_1001.sid)!
    expect(blocked.name).toBe(SEED_SEGMENTS.BLOCKED_FOR_1001.name)
    expect(findExportConflicts(blocked, ['OFFSITE_ADVERTISING'], dataSources)[0].dataSourceName).toBe('Offline CRM Onboarding')
    expect(findExportConflicts(segment(SEED_SEGMENTS.BLOCKED_FOR_1009.sid)!, ['PII', 'ONSITE_PERSONALIZATION'], dataSources)).not.toEqual([])
    expect(segment(SEED_SEGMENTS.NO_INTEGRATION_CODE.sid)?.integrationCode).toBeNull()
    expect(segment(SEED_SEGMENTS.INACTIVE.sid)).toMatchObject({ name: SEED_SEGMENTS.INACTIVE.name, status: 'INACTIVE' })
    expect(segment(SEED_SEGMENTS.SPORTS_BASEBALL.sid)?.name).toBe(SEED_SEGMENTS.SPORTS_BASEBALL.name)
  })

  it('"empty" keeps the catalogue but has no destinations or mappings', () => {
    const empty = buildSeed('empty', TODAY)
    expect(empty.destinations).toEqual([])
    expect(empty.mappings).toEqual([])
    expect(empty.segments.length).toBe(typical.segments.length)
  })

  it('"large" reaches the AAM limits', () => {
    const start = performance.now()
    const large = buildSeed('large', TODAY)
    console.log(`buildSeed('large') took ${(performance.now() - start).toFixed(0)} ms (${large.folders.length} folders)`)
    expect(large.segments.length).toBe(20_000)
    expect(large.destinations.length).toBe(1000)
    expect(large.mappings.filter((m) => m.destinationId === 1001).length).toBe(5000)
    expect(large.destinations.filter((d) => d.destinationType === 'S2S').length).toBeLessThanOrEqual(100)
    expect(large.destinations.filter((d) => d.destinationType === 'ANALYTICS').length).toBeLessThanOrEqual(10)
  })

  it('"large" has a folder tree of about 500 folders, deterministically, holding every segment', () => {
    const large = buildSeed('large', TODAY)
    expect(large.folders.length).toBeGreaterThanOrEqual(450)
    expect(large.folders.length).toBeLessThanOrEqual(650)
    expect(buildSeed('large', TODAY).folders).toEqual(large.folders)
    const byId = new Map(large.folders.map((f) => [f.folderId, f]))
    expect(byId.size).toBe(large.folders.length)
    for (const f of large.folders.slice(1)) {
      const parent = byId.get(f.parentFolderId)
      expect(parent).toBeDefined()
      expect(f.path).toBe(`${parent!.path === '/' ? '' : parent!.path}/${f.name}`)
    }
    for (const s of large.segments) expect(byId.has(s.folderId)).toBe(true)
    // Data-source variants sit in their taxonomy folder's source subfolders; the rest stay put.
    const crm = large.segments.find((s) => s.name.startsWith('CRM - '))!
    expect(byId.get(crm.folderId)?.name).toBe('CRM and Partner Data')
    const plain = large.segments.find((s) => s.name.startsWith('Age Range: 18-20'))!
    expect(byId.get(plain.folderId)?.name).toBe('Age Range')
    expect(new Set(large.segments.map((s) => s.folderId)).size).toBeGreaterThan(350)
  })
})
