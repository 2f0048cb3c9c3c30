import { describe, expect, it } from 'vitest'
import { bulkCreateMappings, deleteMapping, updateMapping } from '../../api/mappings'
import { mappingSchema, pageSchema, type Mapping, type Page } from '../../api/schemas'
import { todayUtc } from '../../lib/dates'
import { demoDb, resetDemoDb } from '../db'
import { SEED_SEGMENTS } from '../seed/fixtures'
import { raw } from './test-helpers'

const TODAY = todayUtc()
const envelope = pageSchema(mappingSchema)

/** `GET /v1/destinations/{id}/mappings/?{query}` answered with the paging envelope. */
async function page(destinationId: number, query: Record<string, string | number | boolean>): Promise<Page<Mapping>> {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))
  const answer = await raw(`/v1/destinations/${destinationId}/mappings/?${qs}`)
  expect(answer.status).toBe(200)
  return envelope.parse(answer.body)
}

/** Every page of a query, 40 rows at a time, concatenated. */
async function allPages(destinationId: number, query: Record<string, string | number | boolean>): Promise<Mapping[]> {
  const rows: Mapping[] = []
  for (let p = 0; ; p++) {
    const answer = await page(destinationId, { ...query, page: p, pageSize: 40 })
    rows.push(...answer.list)
    if ((p + 1) * 40 >= answer.total) return rows
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

describe('GET /v1/destinations/{id}/mappings/: paging, search and sort', () => {
  it('pages through every mapping once, in creation order by default', async () => {
    const first = await page(1001, { page: 0, pageSize: 100 })
    expect(first).toMatchObject({ total: 150, page: 0, pageSize: 100 })
    expect(first.list).toHaveLength(100)
    const second = await page(1001, { page: 1, pageSize: 100 })
    expect(second.list).toHaveLength(50)
    const ids = [...first.list, ...second.list].map((m) => m.mappingId)
    expect(ids).toEqual(demoDb().mappingsOf(1001).map((m) => m.mappingId))
    expect((await page(1001, { page: 2, pageSize: 100 })).list).toEqual([])
  })

  it('searches segment name, segment ID and mapping value, ignoring case, accents and extra spaces', async () => {
    const { ACCENTS, TILDE } = SEED_SEGMENTS.SPECIAL
    await bulkCreateMappings(1002, [
      { sid: ACCENTS.sid, startDate: TODAY, traitAlias: 'Crème Brûlée Fans' },
      { sid: TILDE.sid, startDate: TODAY, traitAlias: 'Familias' },
    ])
    const names = async (search: string) => (await page(1002, { search, page: 0, pageSize: 100 })).list.map((m) => m.elementName)
    expect(await names('CAFE  &  patisserie')).toEqual([ACCENTS.name])
    expect(await names('ninos')).toEqual([TILDE.name])
    expect(await names('creme brulee')).toEqual([ACCENTS.name])
    expect(await names(String(TILDE.sid))).toEqual([TILDE.name])
    expect(await names('acme sports')).toEqual(['Sports: Baseball'])
    const none = await page(1002, { search: 'no such mapping', page: 0, pageSize: 100 })
    expect(none).toMatchObject({ total: 0, list: [] })
    // The total counts the matches, not the destination's mappings.
    expect((await page(1002, { search: 'acme', page: 0, pageSize: 2 })).total).toBe(4)
  })

  it('searches the URL of a URL destination and the value of a cookie destination', async () => {
    const [url] = demoDb().mappingsOf(1004)
    expect((await page(1004, { search: url.url!.toUpperCase(), page: 0, pageSize: 10 })).list.map((m) => m.mappingId)).toEqual([url.mappingId])
    const [cookie] = demoDb().mappingsOf(1005)
    const found = await page(1005, { search: cookie.valueAlias!, page: 0, pageSize: 10 })
    expect(found.list.map((m) => m.mappingId)).toContain(cookie.mappingId)
  })

  it('sorts by segment ID, name, dates and mapping value, both ways, nulls last', async () => {
    const sids = (await allPages(1001, { sortBy: 'sid', descending: true })).map((m) => m.sid)
    expect(sids).toHaveLength(150)
    expect(sids).toEqual([...sids].sort((a, b) => b - a))

    const names = (await allPages(1003, { sortBy: 'elementName' })).map((m) => m.elementName ?? '')
    expect(names).toEqual([...names].sort(collator.compare))

    for (const descending of [false, true]) {
      const ends = (await allPages(1001, { sortBy: 'endDate', descending })).map((m) => m.endDate ?? null)
      const dated = ends.filter((d): d is string => d !== null)
      expect(ends.slice(0, dated.length)).toEqual(dated)
      expect(ends.slice(dated.length).every((d) => d === null)).toBe(true)
      expect(dated).toEqual([...dated].sort((a, b) => (descending ? b.localeCompare(a) : a.localeCompare(b))))
    }

    const starts = (await allPages(1001, { sortBy: 'startDate' })).map((m) => m.startDate ?? '')
    expect(starts).toEqual([...starts].sort())
    // Numeric collation: "10020" after "9999"-like values, as the segment IDs read.
    const aliases = (await allPages(1001, { sortBy: 'traitAlias', descending: true })).map((m) => Number(m.traitAlias))
    expect(aliases).toEqual([...aliases].sort((a, b) => b - a))
    const values = (await allPages(1005, { sortBy: 'valueAlias' })).map((m) => m.valueAlias ?? '')
    expect(values).toEqual([...values].sort(collator.compare))
  })

  it('sorts the search result and pages it', async () => {
    const rows = await allPages(1001, { search: 'age range', sortBy: 'sid', descending: true })
    expect(rows.map((m) => m.sid)).toEqual([10013, 10012])
  })

  it('refuses an unknown sort property with 400 on sortBy', async () => {
    const answer = await raw('/v1/destinations/1001/mappings/?sortBy=password&page=0&pageSize=10')
    expect(answer).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', details: [{ field: 'sortBy' }] } })
  })

  it('reflects creates, edits and removals in the next list, search and sort', async () => {
    const byName = async () => (await allPages(1002, { sortBy: 'elementName' })).map((m) => m.traitAlias)
    await page(1002, { search: 'acme', page: 0, pageSize: 10 })
    expect(await byName()).toHaveLength(4)
    const [created] = await bulkCreateMappings(1002, [{ sid: SEED_SEGMENTS.AGE_RANGE_UNMAPPED[0].sid, startDate: TODAY, traitAlias: 'Acme Young Adults' }])
    expect((await byName())[0]).toBe('Acme Young Adults')
    await updateMapping(created.mappingId, { sid: created.sid, startDate: TODAY, traitAlias: 'Zeta Young Adults', updateTime: created.updateTime })
    expect((await page(1002, { search: 'zeta', page: 0, pageSize: 10 })).list.map((m) => m.mappingId)).toEqual([created.mappingId])
    expect((await page(1002, { search: 'acme young', page: 0, pageSize: 10 })).total).toBe(0)
    await deleteMapping(1002, created.mappingId)
    expect(await byName()).toHaveLength(4)
    expect((await page(1002, { search: 'zeta', page: 0, pageSize: 10 })).total).toBe(0)
  })

  it('keeps answering after a reset to another scenario', async () => {
    await page(1001, { sortBy: 'sid', page: 0, pageSize: 10 })
    resetDemoDb('empty')
    expect((await raw('/v1/destinations/1001/mappings/?page=0&pageSize=10')).status).toBe(404)
    resetDemoDb('typical')
    expect((await page(1001, { sortBy: 'sid', page: 0, pageSize: 10 })).total).toBe(150)
  })

  it('answers pages of the 5,000-mapping destination of "large" quickly (timings printed, not asserted)', async () => {
    resetDemoDb('large')
    const time = async (label: string, query: Record<string, string | number | boolean>) => {
      const start = performance.now()
      const answer = await page(1001, query)
      console.log(`[mappings list, 5,000 mappings] ${label}: ${(performance.now() - start).toFixed(1)} ms`)
      return answer
    }
    const first = await time('first page, first request', { page: 0, pageSize: 100 })
    expect(first.total).toBe(5000)
    await time('first page again', { page: 0, pageSize: 100 })
    await time('sort by name, first time', { sortBy: 'elementName', page: 0, pageSize: 100 })
    await time('sort by name, page 30', { sortBy: 'elementName', page: 30, pageSize: 100 })
    const found = await time('search "age" sorted by name, descending', { search: 'age', sortBy: 'elementName', descending: true, page: 0, pageSize: 100 })
    expect(found.total).toBeGreaterThan(0)
    await time('search by segment ID', { search: String(first.list[0].sid), page: 0, pageSize: 100 })
  })
})
