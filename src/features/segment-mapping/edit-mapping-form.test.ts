import { describe, expect, it } from 'vitest'
import { ApiError } from '../../api/api-error'
import type { Mapping } from '../../api/schemas'
import { INCOMPLETE_DAY } from '../../lib/dates'
import {
  countOf, DATE_RANGE_MESSAGE, editMappingSchema, INCOMPLETE_DATE_MESSAGE, mappingDayProblem, START_DATE_MISSING_MESSAGE, rowProblems, rowsAlreadyOnServer, saveFailureHint, serverFieldToFormField, toCreatePayload,
  type EditMappingValues, type MappingRow,
} from './edit-mapping-form'

const row = (sid: number, traitAlias = String(sid)): MappingRow => ({
  sid, name: `Segment ${sid}`, traitAlias, valueAlias: '', url: '', secureUrl: '', locked: false, autoFilled: false, refusedReason: '',
})
const mapping = (sid: number, over: Partial<Mapping> = {}): Mapping => ({
  mappingId: sid * 10, sid, traitType: 'SEGMENT', elementStatus: 'active', traitAlias: String(sid), startDate: '2026-03-01', endDate: null, ...over,
})
const values = (rows: MappingRow[], savedSids?: number[]): EditMappingValues => ({ rows, startDate: '2026-03-15', endDate: '', savedSids })

describe('Edit Mapping form, many rows', () => {
  it('leaves rows this dialog already saved out of the checks and of the next bulk-create', () => {
    const v = values([row(1), row(2, ''), row(3)], [2])
    expect(editMappingSchema('value', []).safeParse(v).success).toBe(true)
    const { mappings, rowIndexes } = toCreatePayload('value', v)
    expect(mappings.map((m) => m.sid)).toEqual([1, 3])
    expect(rowIndexes).toEqual([0, 2])
  })

  it('checks 1,000 rows against 5,000 mappings and still finds the one duplicate', () => {
    const existing = Array.from({ length: 5000 }, (_, i) => mapping(100_000 + i))
    const rows = Array.from({ length: 1000 }, (_, i) => row(200_000 + i))
    rows[700] = row(100_042)
    const result = editMappingSchema('value', existing).safeParse(values(rows))
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['rows.700.traitAlias'])
  })

  it('maps "body.3.traitAlias" of a later chunk onto the right form row', () => {
    const chunkRows = [500, 501, 502, 503, 504]
    expect(serverFieldToFormField('body.3.traitAlias', 'value', chunkRows)).toBe('rows.503.traitAlias')
    expect(serverFieldToFormField('[3].traitAlias', 'value', chunkRows)).toBe('rows.503.traitAlias')
  })

  it('finds rows the server already holds (same segment, value and overlapping dates)', () => {
    const v = values([row(1), row(2), row(3, 'other'), row(4)])
    const server = [mapping(1), mapping(3), mapping(4, { startDate: '2025-01-01', endDate: '2025-12-31' })]
    expect([...rowsAlreadyOnServer('value', v, [0, 1, 2, 3], server).keys()]).toEqual([1])
    expect([...rowsAlreadyOnServer('value', v, [1, 2, 3], server).keys()]).toEqual([])
  })

  it('lists row problems in row order, one message per row', () => {
    const rows = [row(1), row(2), row(3)]
    const errors = [undefined, { traitAlias: { message: 'Enter a mapping value.' } }, { url: { message: 'Bad URL.' }, traitAlias: { message: 'First.' } }]
    expect(rowProblems(rows, errors)).toEqual([
      { index: 1, sid: 2, name: 'Segment 2', message: 'Enter a mapping value.' },
      { index: 2, sid: 3, name: 'Segment 3', message: 'First.' },
    ])
    expect(rowProblems(rows, undefined)).toEqual([])
  })

  it('says what to do after each kind of failure', () => {
    const api = (status: number, code: string) => new ApiError({ status, code, message: 'x' })
    expect(saveFailureHint(api(400, 'VALIDATION_FAILED'), false, true)).toMatch(/^Fix the rows marked/)
    expect(saveFailureHint(api(409, 'DUPLICATE_MAPPING'), false, false)).toMatch(/checks which segments the destination already has/)
    expect(saveFailureHint(api(0, 'NETWORK_ERROR'), true, false)).toMatch(/^Check your connection.*nothing is created twice/)
    expect(saveFailureHint(api(403, 'FORBIDDEN'), false, false)).toMatch(/permission/)
    expect(countOf(1, 'segment')).toBe('1 segment')
    expect(countOf(1000, 'segment')).toBe('1,000 segments')
  })
})

describe('Edit Mapping dates', () => {
  const schema = editMappingSchema('value', [])
  const issues = (startDate: string, endDate: string) => {
    const result = schema.safeParse({ ...values([row(1)]), startDate, endDate })
    return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])
  }
  it('refuses a date with an empty segment, and an empty Start Date, on their own fields', () => {
    expect(issues(INCOMPLETE_DAY, '')).toEqual([['startDate', INCOMPLETE_DATE_MESSAGE]])
    expect(issues('2026-03-15', INCOMPLETE_DAY)).toEqual([['endDate', INCOMPLETE_DATE_MESSAGE]])
    expect(issues('', '')).toEqual([['startDate', START_DATE_MISSING_MESSAGE]])
    expect(issues('2026-03-15', '')).toEqual([])
  })
  it('keeps dates within 01/01/2000 .. 12/31/2099', () => {
    expect(DATE_RANGE_MESSAGE).toBe('Enter a date from 01/01/2000 to 12/31/2099.')
    expect(issues('0002-11-30', '')).toEqual([['startDate', DATE_RANGE_MESSAGE]])
    expect(issues('1999-12-31', '')).toEqual([['startDate', DATE_RANGE_MESSAGE]])
    expect(issues('2000-01-01', '2099-12-31')).toEqual([])
    expect(issues('2026-03-15', '2100-01-01')).toEqual([['endDate', DATE_RANGE_MESSAGE]])
    expect(mappingDayProblem('2026-02-30', null)).toBe('Use a date in the form yyyy-mm-dd.')
  })
  it('judges end before start and duplicates only on dates that can be saved', () => {
    expect(issues('2026-03-15', '2026-03-14')).toEqual([['endDate', 'End Date cannot be before Start Date.']])
    expect(issues(INCOMPLETE_DAY, '2026-03-14')).toEqual([['startDate', INCOMPLETE_DATE_MESSAGE]])
    const existing = [mapping(1, { startDate: '2026-03-01' })]
    const result = editMappingSchema('value', existing).safeParse({ ...values([row(1)]), startDate: INCOMPLETE_DAY, endDate: '' })
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['startDate'])
  })
})
