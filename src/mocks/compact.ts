import type { MappingRecord, SegmentRecord } from './types'

/**
 * Compact in-memory copies of demo records. Records read back from IndexedDB cost more memory than
 * the seed's object literals (separate property arrays, a new copy of every string and array); the
 * catalog's 20,000 "large" segments and the database's mappings are rebuilt as literals that share
 * repeated values.
 */

/**
 * Returns one shared instance per distinct value: IndexedDB hands back a new copy of every string and
 * array, so 20,000 segments would otherwise hold 20,000 copies of "ACTIVE" and of the same few data
 * source ID lists.
 */
export function interner<T>(keyOf: (value: T) => string) {
  const seen = new Map<string, T>()
  return (value: T): T => {
    const key = keyOf(value)
    const shared = seen.get(key)
    if (shared !== undefined) return shared
    seen.set(key, value)
    return value
  }
}

const SEGMENT_FIELDS = new Set<string>([
  'sid', 'pid', 'name', 'description', 'integrationCode', 'folderId', 'dataSourceId', 'mergeRuleDataSourceId', 'segmentRule', 'status',
  'createTime', 'updateTime', 'crUID', 'upUID', 'traitDataSourceIds', 'totalUniques30Day',
] satisfies (keyof SegmentRecord)[])

const MAPPING_FIELDS = new Set<string>([
  'mappingId', 'destinationId', 'sid', 'traitType', 'traitValue', 'elementName', 'elementDescription', 'elementStatus', 'traitAlias',
  'valueAlias', 'url', 'secureUrl', 'priority', 'startDate', 'endDate', 'createTime', 'updateTime', 'crUID', 'upUID',
] satisfies (keyof MappingRecord)[])

const onlyFields = (record: object, fields: ReadonlySet<string>) => Object.keys(record).every((k) => fields.has(k))

/**
 * `s` as a compact record: an object literal holds its fields inline, where an object read back from
 * IndexedDB keeps them in a separate property array (about 3 MB more for 20,000 segments).
 * `text` shares equal strings (descriptions repeat across look-back variants), `ids` equal data
 * source ID lists (frozen). A record with fields beyond `SegmentRecord`'s is kept as it is.
 */
export function compactSegment(s: SegmentRecord, text: (value: string) => string, ids: (value: number[]) => number[]): SegmentRecord {
  const traitDataSourceIds = ids(Object.isFrozen(s.traitDataSourceIds) ? s.traitDataSourceIds : Object.freeze(s.traitDataSourceIds) as number[])
  if (!onlyFields(s, SEGMENT_FIELDS)) return { ...s, traitDataSourceIds }
  return {
    sid: s.sid, pid: s.pid, name: s.name, description: text(s.description), integrationCode: s.integrationCode, folderId: s.folderId,
    dataSourceId: s.dataSourceId, mergeRuleDataSourceId: s.mergeRuleDataSourceId, segmentRule: s.segmentRule, status: text(s.status) as SegmentRecord['status'],
    createTime: s.createTime, updateTime: s.updateTime, crUID: s.crUID, upUID: s.upUID, traitDataSourceIds, totalUniques30Day: s.totalUniques30Day,
  }
}

/**
 * `m` as a compact record (see `compactSegment`), its element name and description sharing the
 * segment's strings when equal and its dates shared through `text`.
 */
export function compactMapping(m: MappingRecord, segment: SegmentRecord | undefined, text: (value: string) => string): MappingRecord {
  const elementName = segment && m.elementName === segment.name ? segment.name : m.elementName
  const elementDescription = segment && m.elementDescription === segment.description ? segment.description : m.elementDescription
  const startDate = m.startDate == null ? m.startDate : text(m.startDate)
  const endDate = m.endDate == null ? m.endDate : text(m.endDate)
  if (!onlyFields(m, MAPPING_FIELDS)) return { ...m, elementName, elementDescription, startDate, endDate }
  return {
    mappingId: m.mappingId, destinationId: m.destinationId, sid: m.sid, traitType: m.traitType, traitValue: m.traitValue, elementName,
    elementDescription, elementStatus: m.elementStatus, traitAlias: m.traitAlias, valueAlias: m.valueAlias, url: m.url, secureUrl: m.secureUrl,
    priority: m.priority, startDate, endDate, createTime: m.createTime, updateTime: m.updateTime, crUID: m.crUID, upUID: m.upUID,
  }
}
