import { describe, expect, it } from 'vitest'
import { ApiError } from '../../api/api-error'
import type { Mapping } from '../../api/schemas'
import {
  countOf, editMappingSchema, rowProblems, rowsAlreadyOnServer, saveFailureHint, serverFieldToFormField, toCreatePayload,
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
