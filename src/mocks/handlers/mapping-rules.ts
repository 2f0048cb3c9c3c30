import type { z } from 'zod'
import type { CurrentUser, FieldError, mappingCreateSchema } from '../../api/schemas'
import { autoFillValue } from '../../domain/auto-fill'
import { findExportConflicts } from '../../domain/export-controls'
import type { DemoDb } from '../db'
import type { DestinationRecord, MappingRecord, SegmentRecord } from '../types'
import { apiError, validationError } from './support'

type Draft = z.output<typeof mappingCreateSchema>
type ValueField = 'traitAlias' | 'valueAlias' | 'url' | 'secureUrl'

/** A draft that passed the field rules: values normalised for its destination, segment resolved. */
export interface CheckedMapping {
  draft: Draft
  segment: SegmentRecord
  values: Record<ValueField, string | null>
}

const FIELD_TEXT: Record<ValueField, string> = {
  traitAlias: 'Enter the destination value (traitAlias).',
  valueAlias: 'Enter the cookie value (valueAlias).',
  url: 'Enter the URL.',
  secureUrl: 'Enter the secure URL.',
}

/**
 * Value fields a mapping needs on a destination (aam-reference 3.2): S2S, people-based, Analytics
 * and serialized URL take `traitAlias`; a plain URL `url` + `secureUrl`; a single-key cookie
 * `valueAlias`; a multi-key cookie `traitAlias` (key) + `valueAlias`.
 */
export function requiredValueFields(dest: DestinationRecord): ValueField[] {
  if (dest.destinationType === 'ADS') return dest.formatType === 'key_value' ? ['traitAlias', 'valueAlias'] : ['valueAlias']
  if (dest.destinationType === 'PUSH' && !dest.serializationEnabled) return ['url', 'secureUrl']
  return ['traitAlias']
}

/**
 * Field rules of one mapping write: the segment exists (field `sid`), auto-fill (`autoFillValue`:
 * fills a missing `traitAlias`, refuses a segment without integration code, rejects a different
 * value) and the destination type's required values. `existing` is the stored mapping on update:
 * an unchanged value is kept even when it differs from the rule. Values the type does not use are
 * dropped. Returns the field errors (fields without prefix) or the checked mapping.
 */
export function checkMapping(db: DemoDb, dest: DestinationRecord, draft: Draft, existing?: MappingRecord): FieldError[] | CheckedMapping {
  const segment = db.segments.get(draft.sid)
  if (!segment) return [{ field: 'sid', message: `Segment ${draft.sid} does not exist.` }]
  const required = requiredValueFields(dest)
  const values: Record<ValueField, string | null> = { traitAlias: null, valueAlias: null, url: null, secureUrl: null }
  for (const field of required) values[field] = draft[field] ?? null
  const errors: FieldError[] = []
  const autoFills = required.length === 1 && required[0] === 'traitAlias' && dest.autoFillMapping !== 'NONE'
  const unchanged = existing && existing.sid === draft.sid && draft.traitAlias != null && draft.traitAlias === existing.traitAlias
  if (autoFills && !unchanged) {
    const rule = autoFillValue(dest.autoFillMapping, segment)
    if (rule.kind === 'refused') {
      errors.push({ field: 'traitAlias', message: rule.reason })
    } else if (rule.kind === 'filled') {
      if (values.traitAlias == null) values.traitAlias = rule.value
      else if (values.traitAlias !== rule.value) {
        const source = dest.autoFillMapping === 'SEGMENT_ID' ? 'segment ID' : 'integration code'
        errors.push({ field: 'traitAlias', message: `This destination fills the mapping value with the ${source}: use "${rule.value}" or leave it empty.` })
      }
    }
  }
  for (const field of required) if (values[field] == null && !errors.some((e) => e.field === field)) errors.push({ field, message: FIELD_TEXT[field] })
  return errors.length ? errors : { draft, segment, values }
}

/**
 * Runs `checkMapping` on every draft and throws one 400 listing all problems, fields prefixed with
 * the item index when `indexed` (bulk-create: "2.traitAlias").
 */
export function checkAll(db: DemoDb, dest: DestinationRecord, drafts: Draft[], indexed: boolean, existing?: MappingRecord): CheckedMapping[] {
  const errors: FieldError[] = []
  const checked: CheckedMapping[] = []
  drafts.forEach((draft, i) => {
    const result = checkMapping(db, dest, draft, existing)
    if (Array.isArray(result)) errors.push(...result.map((e) => ({ field: indexed ? `${i}.${e.field}` : e.field, message: e.message })))
    else checked.push(result)
  })
  if (errors.length) throw validationError(errors)
  return checked
}

const valueKey = (v: Record<ValueField, string | null>) => [v.traitAlias, v.valueAlias, v.url].join('\u0000')
const overlaps = (a: { startDate?: string | null; endDate?: string | null }, b: { startDate?: string | null; endDate?: string | null }) =>
  (a.startDate ?? '') <= (b.endDate ?? '9999-12-31') && (b.startDate ?? '') <= (a.endDate ?? '9999-12-31')

/**
 * State rules, after the field rules passed: Data Export Controls (409 EXPORT_CONTROL_CONFLICT naming
 * the data source control and the destination label, via `findExportConflicts`) and duplicates
 * (409 DUPLICATE_MAPPING: same segment, same value, overlapping dates on the destination or within
 * the batch). `indexed` prefixes detail fields with the item index (bulk-create); `ignoreMappingId`
 * is the mapping being updated.
 */
export function checkConflicts(db: DemoDb, dest: DestinationRecord, items: CheckedMapping[], indexed: boolean, ignoreMappingId?: number): void {
  items.forEach((item, i) => {
    const [conflict] = findExportConflicts(item.segment, dest.dataExportLabels, db.dataSources)
    if (conflict) {
      throw apiError('EXPORT_CONTROL_CONFLICT', `Segment "${item.segment.name}" (${item.segment.sid}) cannot be mapped to "${dest.name}". ${conflict.message}`, {
        details: [{ field: indexed ? `${i}.sid` : 'sid', message: conflict.message }],
      })
    }
  })
  // A duplicate needs the same segment: index the destination's mappings and the batch by segment
  // ID, so each item is compared with its few same-segment candidates (O(n + m), not O(n x m)).
  const taken = new Map<number, MappingRecord[]>()
  for (const m of db.mappingsByDestination.get(dest.destinationId)?.values() ?? []) {
    if (m.mappingId === ignoreMappingId) continue
    const same = taken.get(m.sid)
    if (same) same.push(m)
    else taken.set(m.sid, [m])
  }
  const earlier = new Map<number, CheckedMapping[]>()
  for (const item of items) {
    const key = valueKey(item.values)
    const sid = item.segment.sid
    const clash = (m: { startDate?: string | null; endDate?: string | null }, values: Record<ValueField, string | null>) =>
      valueKey(values) === key && overlaps(m, item.draft)
    const where = (taken.get(sid) ?? []).some((m) => clash(m, { traitAlias: m.traitAlias ?? null, valueAlias: m.valueAlias ?? null, url: m.url ?? null, secureUrl: m.secureUrl ?? null }))
      ? `is already mapped to "${dest.name}"`
      : (earlier.get(sid) ?? []).some((e) => clash(e.draft, e.values))
        ? 'appears more than once in this request'
        : null
    if (where) {
      throw apiError('DUPLICATE_MAPPING', `Segment "${item.segment.name}" (${item.segment.sid}) ${where} with the same mapping value and overlapping dates.`)
    }
    const same = earlier.get(sid)
    if (same) same.push(item)
    else earlier.set(sid, [item])
  }
}

/** The stored mapping for a checked draft: element fields copied from the segment, times and users set. */
export function toRecord(item: CheckedMapping, destinationId: number, mappingId: number, user: CurrentUser, now: number, existing?: MappingRecord): MappingRecord {
  const { draft, segment, values } = item
  return {
    mappingId,
    destinationId,
    sid: segment.sid,
    traitType: 'SEGMENT',
    traitValue: 0,
    elementName: segment.name,
    elementDescription: segment.description,
    elementStatus: segment.status === 'INACTIVE' ? 'inactive' : 'active',
    ...values,
    priority: draft.priority ?? null,
    startDate: draft.startDate,
    endDate: draft.endDate ?? null,
    createTime: existing?.createTime ?? now,
    updateTime: existing ? Math.max(now, (existing.updateTime ?? 0) + 1) : now,
    crUID: existing?.crUID ?? user.uid,
    upUID: user.uid,
  }
}
