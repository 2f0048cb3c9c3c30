import type { PagingQuery } from '../../api/schemas'
import type { MappingRecord } from '../types'
import { foldForSearch, sortItems } from './support'

/**
 * Properties `GET /v1/destinations/{id}/mappings/` sorts by (`sortBy`, AAM: a JSON property name);
 * the default is `mappingId` (creation order). The mapping value is `traitAlias` on S2S, serialized
 * URL and multi-key cookie destinations, `valueAlias` on single-key cookies and `url` on plain URLs.
 */
export const MAPPING_SORT_KEYS: Record<string, (m: MappingRecord) => string | number | null | undefined> = {
  mappingId: (m) => m.mappingId,
  sid: (m) => m.sid,
  elementName: (m) => m.elementName,
  elementStatus: (m) => m.elementStatus,
  traitAlias: (m) => m.traitAlias,
  valueAlias: (m) => m.valueAlias,
  url: (m) => m.url,
  startDate: (m) => m.startDate,
  endDate: (m) => m.endDate,
  updateTime: (m) => m.updateTime,
}

/** What `search` looks at: segment name, segment ID and the mapping values, each folded, one per line. */
function searchText(m: MappingRecord): string {
  return [m.elementName, m.sid, m.traitAlias, m.valueAlias, m.url]
    .flatMap((v) => (v == null ? [] : [foldForSearch(String(v))]))
    .join('\n')
}

/**
 * One destination's mappings as last listed, with what each list request needs precomputed: the
 * folded search text per record and each requested order. Valid while the destination holds the
 * very same record objects (writes replace records, see `DemoDb`), checked in O(n) per request.
 */
interface MappingIndex {
  records: MappingRecord[]
  /** `sortBy|descending` -> the records in that order (built by `sortItems` on first use). */
  orders: Map<string, MappingRecord[]>
}

// Keyed by the destination's mapping map: a reset or reload gives new maps and drops the old entries.
const indexes = new WeakMap<ReadonlyMap<number, MappingRecord>, MappingIndex>()
// Keyed by record: a write replaces the record, so only new or changed mappings are folded again.
const folded = new WeakMap<MappingRecord, string>()

function sameRecords(index: MappingIndex, current: ReadonlyMap<number, MappingRecord>): boolean {
  if (index.records.length !== current.size) return false
  let i = 0
  for (const record of current.values()) if (index.records[i++] !== record) return false
  return true
}

function indexOf(current: ReadonlyMap<number, MappingRecord>): MappingIndex {
  const cached = indexes.get(current)
  if (cached && sameRecords(cached, current)) return cached
  const index: MappingIndex = { records: [...current.values()], orders: new Map() }
  indexes.set(current, index)
  return index
}

function foldedText(m: MappingRecord): string {
  let text = folded.get(m)
  if (text === undefined) folded.set(m, (text = searchText(m)))
  return text
}

/**
 * The mappings of one destination (`mappings`: mappingId -> record, in creation order) that match
 * `query.search` (substring of segment name, segment ID, `traitAlias`, `valueAlias` or `url`;
 * case, accents and extra spaces ignored, as `matchesSearch`), ordered by `query.sortBy`
 * (`MAPPING_SORT_KEYS`, default `mappingId`; `descending` flips; nulls last). Sorting happens once per
 * order until the mappings change, and search text is folded once per record, so a request over
 * 5,000 mappings is a linear scan. An unknown destination map (undefined) lists nothing.
 * @throws HttpError 400 VALIDATION_FAILED (field `sortBy`) for an unknown sort property
 */
export function listMappings(mappings: ReadonlyMap<number, MappingRecord> | undefined, query: PagingQuery): MappingRecord[] {
  if (!mappings) return sortItems([], query, MAPPING_SORT_KEYS, 'mappingId')
  const index = indexOf(mappings)
  const orderKey = `${query.sortBy ?? 'mappingId'}|${query.descending ? 'desc' : 'asc'}`
  let ordered = index.orders.get(orderKey)
  if (!ordered) index.orders.set(orderKey, (ordered = sortItems(index.records, query, MAPPING_SORT_KEYS, 'mappingId')))
  const needle = query.search ? foldForSearch(query.search) : ''
  return needle ? ordered.filter((m) => foldedText(m).includes(needle)) : ordered
}
