import { z } from 'zod'
import { httpUrlSchema, isoDay, mappingValueSchema, type Mapping, type MappingCreate } from '../../api/schemas'
import { DUPLICATE_MESSAGE, isDuplicateMapping, type MappingInputKind } from './mapping-rules'

/** One row of the Edit Mapping form: a segment and its typed (or auto-filled) values. */
export interface MappingRow {
  sid: number
  /** Segment name, rendered as plain text. */
  name: string
  traitAlias: string
  valueAlias: string
  url: string
  secureUrl: string
  /** The value comes from auto-fill and is shown read-only. */
  locked: boolean
  /** Show the "Auto-filled" marker. */
  autoFilled: boolean
  /** Why this segment cannot be mapped ('' when it can); such rows are left out of Save. */
  refusedReason: string
}

/** Form values; dates are UTC days `yyyy-mm-dd`, `endDate` '' means no end date. */
export interface EditMappingValues {
  rows: MappingRow[]
  startDate: string
  endDate: string
}

type RowField = 'traitAlias' | 'valueAlias' | 'url' | 'secureUrl'

/** Which row fields a destination kind edits, in display order. */
export const ROW_FIELDS: Record<MappingInputKind, readonly RowField[]> = {
  url: ['url', 'secureUrl'],
  'cookie-value': ['valueAlias'],
  'cookie-key-value': ['traitAlias', 'valueAlias'],
  value: ['traitAlias'],
}

/** Visible column titles of the row inputs, per destination kind (AAM reference 3.2). */
export const ROW_FIELD_LABELS: Record<MappingInputKind, readonly string[]> = {
  url: ['URL', 'Secure URL'],
  'cookie-value': ['Destination Value'],
  'cookie-key-value': ['Key', 'Value'],
  value: ['Destination Value'],
}

const rowSchema = z.object({
  sid: z.number(),
  name: z.string(),
  traitAlias: z.string(),
  valueAlias: z.string(),
  url: z.string(),
  secureUrl: z.string(),
  locked: z.boolean(),
  autoFilled: z.boolean(),
  refusedReason: z.string(),
})

/** The row values sent to the API for a kind (only that kind's fields). */
export function rowPayload(kind: MappingInputKind, row: MappingRow): Pick<MappingCreate, RowField> {
  const payload: Pick<MappingCreate, RowField> = {}
  for (const field of ROW_FIELDS[kind]) payload[field] = row[field].trim()
  return payload
}

/**
 * Schema of the form: per-row values checked with the API's own schemas (`mappingValueSchema`,
 * `httpUrlSchema`), dates as UTC days with end not before start, and no exact duplicate of
 * `existing` mappings (or of an earlier row). Refused rows are not checked: they are not saved.
 */
export function editMappingSchema(kind: MappingInputKind, existing: readonly Mapping[]) {
  return z
    .object({
      rows: z.array(rowSchema),
      startDate: z.string().min(1, 'Enter a start date.').pipe(isoDay),
      endDate: z.union([z.literal(''), isoDay]),
    })
    .superRefine((values, ctx) => {
      if (values.endDate && values.startDate && values.endDate < values.startDate) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End Date cannot be before Start Date.' })
      }
      const fields = ROW_FIELDS[kind]
      const others: Parameters<typeof isDuplicateMapping>[2][number][] = [...existing]
      values.rows.forEach((row, index) => {
        if (row.refusedReason) return
        let valid = true
        for (const field of fields) {
          const schema = field === 'url' || field === 'secureUrl' ? httpUrlSchema : mappingValueSchema
          const result = schema.safeParse(row[field])
          if (!result.success) {
            valid = false
            ctx.addIssue({ code: 'custom', path: ['rows', index, field], message: result.error.issues[0]?.message ?? 'Invalid value.' })
          }
        }
        if (!valid) return
        const candidate = { sid: row.sid, ...rowPayload(kind, row), startDate: values.startDate, endDate: values.endDate || null }
        if (isDuplicateMapping(kind, candidate, others)) {
          ctx.addIssue({ code: 'custom', path: ['rows', index, fields[0]], message: DUPLICATE_MESSAGE })
        }
        others.push(candidate)
      })
    })
}

/** The `bulk-create` body for the savable rows, and which form row each item came from. */
export function toCreatePayload(kind: MappingInputKind, values: EditMappingValues): { mappings: MappingCreate[]; rowIndexes: number[] } {
  const mappings: MappingCreate[] = []
  const rowIndexes: number[] = []
  values.rows.forEach((row, index) => {
    if (row.refusedReason) return
    mappings.push({
      sid: row.sid,
      traitType: 'SEGMENT',
      startDate: values.startDate,
      endDate: values.endDate || null,
      ...rowPayload(kind, row),
    })
    rowIndexes.push(index)
  })
  return { mappings, rowIndexes }
}

/**
 * Maps a server field path (`"2.traitAlias"`, `"[2].traitAlias"`, `"traitAlias"` for a single
 * update) onto a form field name, or null when it names no row field we show.
 */
export function serverFieldToFormField(field: string, kind: MappingInputKind, rowIndexes: readonly number[]): `rows.${number}.${RowField}` | 'startDate' | 'endDate' | null {
  const parts = field.split(/[.[\]]+/).filter(Boolean)
  const name = parts.at(-1) ?? ''
  const indexPart = parts.slice(0, -1).reverse().find((p) => /^\d+$/.test(p))
  const index = indexPart === undefined ? 0 : Number(indexPart)
  if (name === 'startDate' || name === 'endDate') return name
  const rowIndex = rowIndexes[index]
  if (rowIndex === undefined || !(ROW_FIELDS[kind] as readonly string[]).includes(name)) return null
  return `rows.${rowIndex}.${name as RowField}`
}
