import { z } from 'zod'
import { httpUrlSchema, isoDay, mappingValueSchema, type Mapping, type MappingCreate } from '../../api/schemas'
import { isApiError } from '../../api/api-error'
import { compareDays, FIRST_MAPPING_DAY, formatDay, INCOMPLETE_DAY, LAST_MAPPING_DAY } from '../../lib/dates'
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

/**
 * Form values; dates are UTC days `yyyy-mm-dd`, `endDate` '' means no end date. `savedSids`: the
 * segments this dialog already created (a partial save), left out of checks and of the next Save.
 */
export interface EditMappingValues {
  rows: MappingRow[]
  startDate: string
  endDate: string
  savedSids?: number[]
}

/** True when row `sid` was already created by this dialog (`values.savedSids`). */
function savedCheck(values: Pick<EditMappingValues, 'savedSids'>): (sid: number) => boolean {
  const saved = new Set(values.savedSids ?? [])
  return (sid) => saved.has(sid)
}

export type RowField = 'traitAlias' | 'valueAlias' | 'url' | 'secureUrl'

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

type DuplicateCandidate = Parameters<typeof isDuplicateMapping>[2][number]

/** `mappings` grouped by segment ID, so a duplicate check reads only the few mappings of one segment. */
function groupBySid(mappings: readonly DuplicateCandidate[]): Map<number, DuplicateCandidate[]> {
  const bySid = new Map<number, DuplicateCandidate[]>()
  for (const m of mappings) {
    const group = bySid.get(m.sid)
    if (group) group.push(m)
    else bySid.set(m.sid, [m])
  }
  return bySid
}

/** A date field with some segments empty (`INCOMPLETE_DAY`). */
export const INCOMPLETE_DATE_MESSAGE = 'Enter a complete date (month, day and year).'
/** A Start Date with every segment empty. */
export const START_DATE_MISSING_MESSAGE = 'Enter a start date.'
/** A day outside `FIRST_MAPPING_DAY` .. `LAST_MAPPING_DAY`. */
export const DATE_RANGE_MESSAGE = `Enter a date from ${formatDay(FIRST_MAPPING_DAY)} to ${formatDay(LAST_MAPPING_DAY)}.`

/**
 * Why a date field's value cannot be saved, or null when it can. `value` is what the field reports: a
 * UTC day `yyyy-mm-dd`, '' (every segment empty) or `INCOMPLETE_DAY` (some segments empty). Empty is
 * refused with `emptyMessage`, or allowed when that is null (End Date: no end date); a day must be a
 * real one (`isoDay`) within `FIRST_MAPPING_DAY` .. `LAST_MAPPING_DAY`.
 */
export function mappingDayProblem(value: string, emptyMessage: string | null): string | null {
  if (value === '') return emptyMessage
  if (value === INCOMPLETE_DAY) return INCOMPLETE_DATE_MESSAGE
  const parsed = isoDay.safeParse(value)
  if (!parsed.success) return parsed.error.issues[0]?.message ?? INCOMPLETE_DATE_MESSAGE
  if (compareDays(value, FIRST_MAPPING_DAY) < 0 || compareDays(value, LAST_MAPPING_DAY) > 0) return DATE_RANGE_MESSAGE
  return null
}

/** A date field of the form, checked with `mappingDayProblem`. */
function dayField(emptyMessage: string | null) {
  return z.string().superRefine((value, ctx) => {
    const message = mappingDayProblem(value, emptyMessage)
    if (message) ctx.addIssue({ code: 'custom', message })
  })
}

/**
 * Schema of the form: per-row values checked with the API's own schemas (`mappingValueSchema`,
 * `httpUrlSchema`), complete dates as UTC days in range with end not before start (`mappingDayProblem`:
 * an empty End Date means no end date), and no exact duplicate of
 * `existing` mappings (or of an earlier row). Refused rows are not checked: they are not saved;
 * neither are rows already created by this dialog (`savedSids`). `existing` is indexed once
 * by segment ID, so a 1,000-row form against 5,000 mappings checks in milliseconds.
 */
export function editMappingSchema(kind: MappingInputKind, existing: readonly Mapping[]) {
  const existingBySid = groupBySid(existing)
  return z
    .object({
      rows: z.array(rowSchema),
      startDate: dayField(START_DATE_MISSING_MESSAGE),
      endDate: dayField(null),
      savedSids: z.array(z.number()).optional(),
    })
    .superRefine((values, ctx) => {
      const isSaved = savedCheck(values)
      // Compared only when both are days that can be saved: a bad date is reported on its own field.
      const datesValid = !mappingDayProblem(values.startDate, START_DATE_MISSING_MESSAGE) && !mappingDayProblem(values.endDate, null)
      if (datesValid && values.endDate && compareDays(values.endDate, values.startDate) < 0) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End Date cannot be before Start Date.' })
      }
      const fields = ROW_FIELDS[kind]
      const earlier = new Map<number, DuplicateCandidate[]>()
      values.rows.forEach((row, index) => {
        if (row.refusedReason || isSaved(row.sid)) return
        let valid = true
        for (const field of fields) {
          const schema = field === 'url' || field === 'secureUrl' ? httpUrlSchema : mappingValueSchema
          const result = schema.safeParse(row[field])
          if (!result.success) {
            valid = false
            ctx.addIssue({ code: 'custom', path: ['rows', index, field], message: result.error.issues[0]?.message ?? 'Invalid value.' })
          }
        }
        // Duplicates are judged on dates that can be saved only.
        if (!valid || !datesValid) return
        const candidate = { sid: row.sid, ...rowPayload(kind, row), startDate: values.startDate, endDate: values.endDate || null }
        const others = [...(existingBySid.get(row.sid) ?? []), ...(earlier.get(row.sid) ?? [])]
        if (isDuplicateMapping(kind, candidate, others)) {
          ctx.addIssue({ code: 'custom', path: ['rows', index, fields[0]], message: DUPLICATE_MESSAGE })
        }
        earlier.set(row.sid, [...(earlier.get(row.sid) ?? []), candidate])
      })
    })
}

/**
 * The `bulk-create` body for the savable rows (not refused, not already created: `savedSids`), and
 * which form row each item came from.
 */
export function toCreatePayload(kind: MappingInputKind, values: EditMappingValues): { mappings: MappingCreate[]; rowIndexes: number[] } {
  const isSaved = savedCheck(values)
  const mappings: MappingCreate[] = []
  const rowIndexes: number[] = []
  values.rows.forEach((row, index) => {
    if (row.refusedReason || isSaved(row.sid)) return
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

/**
 * The rows of `rowIndexes` whose mapping the server already holds: a mapping in `serverMappings` (a
 * fresh read of the destination) with the same segment, the same value and overlapping dates, which
 * is what the server would refuse as 409 DUPLICATE_MAPPING. Used after a request whose outcome is
 * unknown, so nothing is sent twice. Returns segment ID -> the server's mapping.
 */
export function rowsAlreadyOnServer(
  kind: MappingInputKind,
  values: EditMappingValues,
  rowIndexes: readonly number[],
  serverMappings: readonly Mapping[],
): Map<number, Mapping> {
  const bySid = new Map<number, Mapping[]>()
  for (const m of serverMappings) bySid.set(m.sid, [...(bySid.get(m.sid) ?? []), m])
  const found = new Map<number, Mapping>()
  for (const index of rowIndexes) {
    const row = values.rows[index]
    if (!row) continue
    const candidate = { sid: row.sid, ...rowPayload(kind, row), startDate: values.startDate, endDate: values.endDate || null }
    const match = (bySid.get(row.sid) ?? []).find((m) => isDuplicateMapping(kind, candidate, [m]))
    if (match) found.set(row.sid, match)
  }
  return found
}

const ROW_FIELD_ORDER: readonly RowField[] = ['traitAlias', 'valueAlias', 'url', 'secureUrl']

/** One row problem of the form, for the list of problems above the rows. */
export interface RowProblem {
  index: number
  sid: number
  name: string
  message: string
}

/**
 * The row errors of the form (client checks and server `details` placed on rows), in row order,
 * first message per row. `errors` is react-hook-form's `formState.errors.rows`.
 */
export function rowProblems(
  rows: readonly Pick<MappingRow, 'sid' | 'name'>[],
  errors: readonly (Partial<Record<RowField, { message?: string } | undefined>> | undefined)[] | undefined,
): RowProblem[] {
  const problems: RowProblem[] = []
  if (!errors) return problems
  errors.forEach((rowErrors, index) => {
    const row = rows[index]
    if (!rowErrors || !row) return
    const message = ROW_FIELD_ORDER.map((f) => rowErrors[f]?.message).find(Boolean)
    if (message) problems.push({ index, sid: row.sid, name: row.name, message })
  })
  return problems
}

/** A count with its noun and thousands separators: `1 segment`, `1,000 segments`. */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${new Intl.NumberFormat('en-US').format(n)} ${n === 1 ? noun : plural}`
}

/**
 * What the user should do after a failed create, in words: fix marked rows (400 with details),
 * save again after a duplicate or an unknown outcome (the dialog re-reads the destination first),
 * get the permission (403), or wait and retry (network, 5xx).
 */
export function saveFailureHint(error: unknown, outcomeUnknown: boolean, placedOnRows: boolean): string {
  const code = isApiError(error) ? error.code : ''
  const status = isApiError(error) ? error.status : 0
  if (status === 403) return 'Ask an Audience Manager admin for the permission to map segments. Your choices stay in this dialog.'
  if (status === 401) return 'Sign in again, then select Save again. Your choices stay in this dialog.'
  if (placedOnRows) return 'Fix the rows marked in the list, then select Save again.'
  if (code === 'DUPLICATE_MAPPING') return 'Select Save again: the dialog first checks which segments the destination already has and sends only the others.'
  if (code === 'EXPORT_CONTROL_CONFLICT') return 'Remove the blocked segment from the list, then select Save again.'
  if (outcomeUnknown) {
    return 'Check your connection, then select Save again. Before sending, the dialog checks which segments the server already saved, so nothing is created twice.'
  }
  return 'Correct what the message names, then select Save again. Your choices stay in this dialog.'
}
