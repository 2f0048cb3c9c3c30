import type { PagingQuery, SegmentStatus } from '../../api/schemas'
import type { SegmentRecord } from '../types'
import { foldForSearch, sortItems } from './support'

/** Properties `GET /v1/segments/` sorts by (`sortBy`); the default is `sid`. */
export const SEGMENT_SORT_KEYS: Record<string, (s: SegmentRecord) => string | number> = {
  sid: (s) => s.sid,
  name: (s) => s.name,
}

/** The filters of `GET /v1/segments/` besides `search`; an absent filter lets every segment through. */
export interface SegmentFilters {
  /** Folders a segment must be in (a folder and its subfolders, `DemoDb.folderAndDescendants`). */
  folderIds?: ReadonlySet<number>
  dataSourceId?: number
  status?: SegmentStatus
  integrationCode?: string
}

/** Folded search text of the records, built on the first search (or by `prepareSegmentSearch`). */
interface SearchText {
  /**
   * Folded "name\nsid\ncode\n" of every record whose folded text is Latin-1, one after the other.
   * One string searched with `indexOf`: a needle never holds "\n" (folding turns white space into
   * " "), so a match never spans two fields or two records.
   */
  text: string
  /** `owners[k]`: record position of the k-th part of `text`; `starts[k]`: where it starts (length at the end). */
  owners: Int32Array
  starts: Int32Array
  /** The few records with other characters (emoji...), kept apart so `text` stays one byte per character. */
  others: { position: number; text: string }[]
}

/**
 * The segments of one catalog as the list needs them: records in `sid` order, the search text and
 * each requested order (`sortBy|descending` -> record positions, built by `sortItems` on first use).
 * Segments are never written, so an index lives as long as its catalog's segment map.
 */
interface SegmentIndex {
  records: SegmentRecord[]
  search: SearchText | null
  orders: Map<string, Int32Array>
}

// Keyed by the catalog's segment map: a reset or a reload with another catalog drops the old index.
const indexes = new WeakMap<ReadonlyMap<number, SegmentRecord>, SegmentIndex>()

function indexOf(segments: ReadonlyMap<number, SegmentRecord>): SegmentIndex {
  const cached = indexes.get(segments)
  if (cached && cached.records.length === segments.size) return cached
  const records = [...segments.values()]
  if (records.some((s, i) => i > 0 && records[i - 1].sid > s.sid)) records.sort((a, b) => a.sid - b.sid)
  const index: SegmentIndex = { records, search: null, orders: new Map() }
  indexes.set(segments, index)
  return index
}

const LATIN1 = /^[\0-\xff]*$/

function buildSearchText(records: readonly SegmentRecord[]): SearchText {
  const parts: string[] = []
  const owners: number[] = []
  const starts: number[] = []
  const others: SearchText['others'] = []
  let length = 0
  records.forEach((s, position) => {
    const text = `${foldForSearch(s.name)}\n${s.sid}\n${s.integrationCode == null ? '' : foldForSearch(s.integrationCode)}\n`
    if (!LATIN1.test(text)) {
      others.push({ position, text })
      return
    }
    parts.push(text)
    owners.push(position)
    starts.push(length)
    length += text.length
  })
  starts.push(length)
  return { text: parts.join(''), owners: Int32Array.from(owners), starts: Int32Array.from(starts), others }
}

/** Positions (ascending) of the records whose name, sid or integration code contains `needle` (already folded). */
function findPositions(index: SegmentIndex, needle: string): number[] {
  const search = (index.search ??= buildSearchText(index.records))
  const { text, owners, starts } = search
  const hits: number[] = []
  for (let at = text.indexOf(needle); at !== -1; ) {
    // The part holding `at`: the last one starting at or before it.
    let lo = 0
    let hi = owners.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= at) lo = mid
      else hi = mid - 1
    }
    hits.push(owners[lo])
    at = text.indexOf(needle, starts[lo + 1])
  }
  const others = search.others.filter((o) => o.text.includes(needle))
  if (others.length === 0) return hits
  return [...hits, ...others.map((o) => o.position)].sort((a, b) => a - b)
}

/** Record positions in the order `query` asks for; null for the natural order (`sid` ascending). */
function orderOf(index: SegmentIndex, query: PagingQuery): Int32Array | null {
  const key = query.sortBy ?? 'sid'
  if (key === 'sid' && !query.descending) return null
  const orderKey = `${key}|${query.descending ? 'desc' : 'asc'}`
  let order = index.orders.get(orderKey)
  if (!order) {
    const { records } = index
    const byPosition = Object.fromEntries(Object.entries(SEGMENT_SORT_KEYS).map(([k, get]) => [k, (p: number) => get(records[p])]))
    order = Int32Array.from(sortItems(records.map((_, p) => p), query, byPosition, 'sid'))
    index.orders.set(orderKey, order)
  }
  return order
}

/**
 * Builds the search text of `segments` soon (in a later task) unless it is there already, so that
 * the first search does not pay for it; e.g. after the segment picker's first, unsearched page.
 */
export function prepareSegmentSearch(segments: ReadonlyMap<number, SegmentRecord>): void {
  if (indexes.get(segments)?.search) return
  setTimeout(() => {
    const index = indexOf(segments)
    index.search ??= buildSearchText(index.records)
  }, 0)
}

/**
 * The segments of a catalog (`segments`: sid -> record) that match `query.search` (substring of the
 * name, segment ID or integration code; case, accents and extra spaces ignored, as `matchesSearch`)
 * and `filters`, ordered by `query.sortBy` (`SEGMENT_SORT_KEYS`, default `sid`; `descending` flips;
 * stable). The folded search text is built once per catalog and searched as one string, and each
 * order is sorted once, so a request over 20,000 segments is one linear scan at most.
 * @throws HttpError 400 VALIDATION_FAILED (field `sortBy`) for an unknown sort property
 */
export function listSegments(segments: ReadonlyMap<number, SegmentRecord>, query: PagingQuery, filters: SegmentFilters = {}): SegmentRecord[] {
  if (!Object.hasOwn(SEGMENT_SORT_KEYS, query.sortBy ?? 'sid')) sortItems([], query, SEGMENT_SORT_KEYS, 'sid')
  const index = indexOf(segments)
  const { records } = index
  const { folderIds, dataSourceId, status, integrationCode } = filters
  const keep = (s: SegmentRecord) =>
    (folderIds === undefined || folderIds.has(s.folderId)) &&
    (dataSourceId === undefined || s.dataSourceId === dataSourceId) &&
    (status === undefined || s.status === status) &&
    (integrationCode === undefined || s.integrationCode === integrationCode)
  const needle = query.search ? foldForSearch(query.search) : ''
  const hits = needle ? findPositions(index, needle) : null
  const order = orderOf(index, query)
  const found: SegmentRecord[] = []
  if (!order) {
    const pool = hits ? hits.map((p) => records[p]) : records
    for (const s of pool) if (keep(s)) found.push(s)
    return found
  }
  let hit: Uint8Array | null = null
  if (hits) {
    hit = new Uint8Array(records.length)
    for (const p of hits) hit[p] = 1
  }
  for (const p of order) if ((hit === null || hit[p] === 1) && keep(records[p])) found.push(records[p])
  return found
}
