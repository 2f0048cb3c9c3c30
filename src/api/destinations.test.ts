import { describe, expect, it } from 'vitest'
import { MAPPING_PAGE_SIZE, MAPPING_PAGE_SIZE_MAX, nextMappingPage, type MappingPageParam } from './destinations'
import type { Mapping, Page } from './schemas'

/** A page of `rows` mappings out of `total` (the rows' content does not matter here). */
const page = (rows: number, total: number): Page<Mapping> => ({
  total,
  page: 0,
  pageSize: rows,
  list: Array.from({ length: rows }, (_, i) => ({ mappingId: i + 1, sid: i + 1, traitType: 'SEGMENT', elementStatus: 'active' }) as Mapping),
})

/** The requests the mapping table makes for `total` rows, when every page comes back full. */
function requestsFor(total: number): MappingPageParam[] {
  const params: MappingPageParam[] = [{ page: 0, pageSize: MAPPING_PAGE_SIZE }]
  const pages: Page<Mapping>[] = []
  for (;;) {
    const last = params.at(-1)!
    const start = last.page * last.pageSize
    pages.push(page(Math.max(0, Math.min(last.pageSize, total - start)), total))
    const next = nextMappingPage(pages.at(-1)!, pages, last)
    if (!next) return params
    params.push(next)
  }
}

describe('mapping table paging (nextMappingPage)', () => {
  it('starts small, then asks for larger pages that continue exactly where the last one ended', () => {
    const requests = requestsFor(5000)
    expect(requests.map((r) => r.pageSize)).toEqual([100, 100, 200, 400, 800, 800, 800, 800, 800, 800])
    // Contiguous, aligned AAM pages: each starts at the previous end.
    let end = 0
    for (const { page: p, pageSize } of requests) {
      expect(p * pageSize).toBe(end)
      end = (p + 1) * pageSize
    }
    expect(end).toBeGreaterThanOrEqual(5000)
    expect(Math.max(...requests.map((r) => r.pageSize))).toBeLessThanOrEqual(MAPPING_PAGE_SIZE_MAX)
  })

  it('stops at the last row, on an empty page and when a server ignored paging', () => {
    expect(requestsFor(150)).toEqual([{ page: 0, pageSize: 100 }, { page: 1, pageSize: 100 }])
    expect(requestsFor(40)).toEqual([{ page: 0, pageSize: 100 }])
    expect(nextMappingPage(page(0, 500), [page(100, 500), page(0, 500)], { page: 1, pageSize: 100 })).toBeUndefined()
    // A bare array (no paging) arrives as one page holding everything.
    expect(nextMappingPage(page(700, 700), [page(700, 700)], { page: 0, pageSize: 100 })).toBeUndefined()
  })
})
