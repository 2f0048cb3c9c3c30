import { describe, expect, it } from 'vitest'
import type { Mapping, Segment } from '../../api/schemas'
import type { MappingRow } from './edit-mapping-form'
import { editMappingOpening, type OpeningRows } from './edit-mapping-opening'
import type { MappingDraft } from './mapping-draft'
import { SEGMENT_GONE_REASON, type RestoredMappingDraft } from './mapping-draft-restore'

const TODAY = '2030-01-10'

const row = (sid: number, name: string, traitAlias = ''): MappingRow => ({
  sid, name, traitAlias, valueAlias: '', url: '', secureUrl: '', locked: false, autoFilled: false, refusedReason: '',
})

/** Rows as `useAutoFill` builds them for a manual "Destination Value" destination. */
const rows: OpeningRows = {
  kind: 'value',
  rowsForSegments: (segments) => segments.map((s) => row(s.sid, s.name)),
  rowForMapping: (m) => row(m.sid, m.elementName ?? `Segment ${m.sid}`, m.traitAlias ?? ''),
}

const segments = [{ sid: 1, name: 'One' }, { sid: 2, name: 'Two' }] as Segment[]
const mapping = { mappingId: 77, sid: 5, elementName: 'Five', traitAlias: 'five', startDate: '2030-01-02', endDate: null, updateTime: 2000 } as Mapping

const restoredOf = (values: MappingDraft, extra: Partial<RestoredMappingDraft> & { base?: MappingDraft | null; baseVersion?: number | null } = {}): RestoredMappingDraft => {
  const { base = null, baseVersion = null, ...rest } = extra
  return { draft: { values, base, baseVersion, savedAt: 1 }, missingSids: [], mappings: [], mappingRemoved: false, ...rest }
}

describe('editMappingOpening', () => {
  it('starts adding segments today with no end date, one row per segment, nothing to review', () => {
    const opening = editMappingOpening(rows, { kind: 'create', segments }, undefined, TODAY)
    expect(opening.initial).toEqual({ rows: [row(1, 'One'), row(2, 'Two')], startDate: TODAY, endDate: '' })
    expect(opening.applied).toBeNull()
    expect(opening.conflict).toBeNull()
    expect(opening.opened).toEqual({ version: { traitAlias: '', valueAlias: '', url: '', secureUrl: '', startDate: TODAY, endDate: '' }, updateTime: undefined })
  })

  it('starts editing with the mapping\'s values, days and updateTime; a missing start reads as today', () => {
    const opening = editMappingOpening(rows, { kind: 'edit', mapping }, undefined, TODAY)
    expect(opening.initial).toEqual({ rows: [row(5, 'Five', 'five')], startDate: '2030-01-02', endDate: '' })
    expect(opening.opened).toEqual({ version: { traitAlias: 'five', valueAlias: '', url: '', secureUrl: '', startDate: '2030-01-02', endDate: '' }, updateTime: 2000 })
    expect(opening.conflict).toBeNull()
    expect(editMappingOpening(rows, { kind: 'edit', mapping: { ...mapping, startDate: null } }, undefined, TODAY).initial.startDate).toBe(TODAY)
  })

  it('restores an adding draft in its order, marks gone segments and rows the destination already holds', () => {
    const draft: MappingDraft = { kind: 'value', mappingId: null, rows: [[2, 'typed two'], [9, 'gone'], [1, 'typed one']], startDate: '2030-02-01', endDate: '2030-03-01', savedSids: [] }
    const held = [{ mappingId: 3, sid: 1, traitAlias: 'typed one', startDate: '2030-01-01', endDate: null }] as Mapping[]
    const opening = editMappingOpening(rows, { kind: 'create', segments }, restoredOf(draft, { mappings: held, missingSids: [9] }), TODAY)
    // The defaults keep the pristine values in the draft's order; the draft goes on top through `applied`.
    expect(opening.initial.rows.map((r) => [r.sid, r.traitAlias, r.refusedReason])).toEqual([[2, '', ''], [9, '', SEGMENT_GONE_REASON], [1, '', '']])
    expect(opening.initial.startDate).toBe(TODAY)
    expect(opening.applied?.values.rows.map((r) => r.traitAlias)).toEqual(['typed two', '', 'typed one'])
    expect([opening.applied?.values.startDate, opening.applied?.values.endDate]).toEqual(['2030-02-01', '2030-03-01'])
    expect(opening.applied?.alreadyMapped).toEqual([1])
    expect(opening.applied?.values.savedSids).toEqual([1])
    expect(opening.conflict).toBeNull()
  })

  it('restores a draft of the mapping\'s current version without a review', () => {
    const draft: MappingDraft = { kind: 'value', mappingId: 77, rows: [[5, 'mine']], startDate: '2030-01-02', endDate: '', savedSids: [] }
    const opening = editMappingOpening(rows, { kind: 'edit', mapping }, restoredOf(draft, { base: draft, baseVersion: 2000 }), TODAY)
    expect(opening.applied?.values.rows[0].traitAlias).toBe('mine')
    expect(opening.opened).toEqual({ version: expect.objectContaining({ traitAlias: 'five' }), updateTime: 2000 })
    expect(opening.conflict).toBeNull()
    // A draft that kept no base version is not compared either.
    expect(editMappingOpening(rows, { kind: 'edit', mapping }, restoredOf(draft), TODAY).conflict).toBeNull()
  })

  it('opens the review for a draft of an older version: based on the draft\'s base, theirs is the mapping now', () => {
    const base: MappingDraft = { kind: 'value', mappingId: 77, rows: [[5, 'old']], startDate: '2030-01-01', endDate: '', savedSids: [] }
    const draft: MappingDraft = { ...base, rows: [[5, 'mine']] }
    const opening = editMappingOpening(rows, { kind: 'edit', mapping }, restoredOf(draft, { base, baseVersion: 1000 }), TODAY)
    expect(opening.opened).toEqual({ version: { traitAlias: 'old', valueAlias: '', url: '', secureUrl: '', startDate: '2030-01-01', endDate: '' }, updateTime: 1000 })
    expect(opening.conflict).toEqual({
      theirs: { traitAlias: 'five', valueAlias: '', url: '', secureUrl: '', startDate: '2030-01-02', endDate: '' }, updateTime: 2000, fromDraft: true,
    })
    expect(opening.applied?.values.rows[0].traitAlias).toBe('mine')
    // Without the draft's base, the review compares against the mapping as it is now.
    const baseless = editMappingOpening(rows, { kind: 'edit', mapping }, restoredOf(draft, { baseVersion: 1000 }), TODAY)
    expect(baseless.opened).toEqual({ version: expect.objectContaining({ traitAlias: 'five' }), updateTime: 2000 })
    expect(baseless.conflict?.fromDraft).toBe(true)
  })
})
