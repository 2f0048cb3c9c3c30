import { describe, expect, it } from 'vitest'
import type { PagingQuery } from '../../api/schemas'
import { fetchSegments } from '../../api/segments'
import { demoDb, resetDemoDb } from '../db'
import { DATA_SOURCE_IDS, SEED_SEGMENTS } from '../seed/fixtures'
import type { SegmentRecord } from '../types'
import { listSegments, SEGMENT_SORT_KEYS, type SegmentFilters } from './segment-list'
import { matchesSearch, sortItems } from './support'

/** The plain scan the index replaces: every segment folded per request, then a full sort. */
function naive(segments: ReadonlyMap<number, SegmentRecord>, query: PagingQuery, filters: SegmentFilters): number[] {
  const found = [...segments.values()].filter(
    (s) =>
      (filters.folderIds === undefined || filters.folderIds.has(s.folderId)) &&
      (filters.dataSourceId === undefined || s.dataSourceId === filters.dataSourceId) &&
      (filters.status === undefined || s.status === filters.status) &&
      matchesSearch(query.search, s.name, s.sid, s.integrationCode),
  )
  return sortItems(found, query, SEGMENT_SORT_KEYS, 'sid').map((s) => s.sid)
}

const SEARCHES = [undefined, 'auto', 'a', 'AGE RANGE', ' age   range: 2', '1000', '10805', 'iab_1', 'app - ', 'montréal', 'MONTREAL', 'cafe & pat',
  'pâtisserie', 'ñ', 'nino', 'é', '🎉', '🎉 holiday', 'party', '🥐', 'søn', '<script>', '"just', "o'brien", ': ', 'zzz-nothing']
const SORTS: PagingQuery[] = [{}, { descending: true }, { sortBy: 'name' }, { sortBy: 'name', descending: true }, { sortBy: 'sid', descending: true }]

describe('listSegments (the indexed segment search)', () => {
  it('finds and orders exactly what a plain scan finds, accents, emoji and filters included', () => {
    const db = demoDb()
    const filterSets: SegmentFilters[] = [
      {},
      { status: 'INACTIVE' },
      { dataSourceId: DATA_SOURCE_IDS.web },
      { folderIds: new Set(db.folderAndDescendants(1)) },
    ]
    for (const search of SEARCHES) {
      for (const sort of SORTS) {
        for (const filters of filterSets) {
          const query = { ...sort, search }
          expect(listSegments(db.segments, query, filters).map((s) => s.sid), JSON.stringify({ query, filters: Object.keys(filters) })).toEqual(naive(db.segments, query, filters))
        }
      }
    }
  })

  it('ignores accents, case and extra spaces on both sides, and finds names with emoji', () => {
    const { segments } = demoDb()
    for (const search of ['Montreal', 'montréal', 'CAFÉ  &  PATISSERIE', 'cafe & pâtisserie']) {
      expect(listSegments(segments, { search }).map((s) => s.sid)).toEqual([SEED_SEGMENTS.SPECIAL.ACCENTS.sid])
    }
    expect(listSegments(segments, { search: '🎉' }).map((s) => s.sid)).toEqual([SEED_SEGMENTS.SPECIAL.EMOJI.sid])
    expect(listSegments(segments, { search: 'holiday party' }).map((s) => s.sid)).toEqual([SEED_SEGMENTS.SPECIAL.EMOJI.sid])
  })

  it('never matches across fields or records', () => {
    const { segments } = demoDb()
    const [first, second] = segments.values()
    // The end of one name followed by the start of the segment ID (or of the next name) is no match.
    expect(listSegments(segments, { search: `${first.name.slice(-3)}${first.sid}` })).toEqual([])
    expect(listSegments(segments, { search: `${String(first.sid).slice(-2)}${second.name.slice(0, 3)}` })).toEqual([])
  })

  it('refuses an unknown sort property', () => {
    expect(() => listSegments(demoDb().segments, { sortBy: 'folderId' })).toThrow(/Sort by one of: sid, name/)
  })

  it('searches the 20,000 segments of "large" like a plain scan', async () => {
    resetDemoDb('large')
    const db = demoDb()
    expect(db.segments.size).toBe(20_000)
    for (const search of ['auto', 'part', 'car', 'of', 'montreal', '🎉', '1999']) {
      expect(listSegments(db.segments, { search }, {}).map((s) => s.sid)).toEqual(naive(db.segments, { search }, {}))
      expect(listSegments(db.segments, { search, sortBy: 'name', descending: true }, {}).map((s) => s.sid))
        .toEqual(naive(db.segments, { search, sortBy: 'name', descending: true }, {}))
    }
    const page = await fetchSegments({ page: 2, pageSize: 50, search: 'auto' })
    const all = naive(db.segments, { search: 'auto' }, {})
    expect(page.total).toBe(all.length)
    expect(page.list.map((s) => s.sid)).toEqual(all.slice(100, 150))
    expect(page.list.every((s) => Array.isArray(s.traitDataSourceIds))).toBe(true)
  })
})
