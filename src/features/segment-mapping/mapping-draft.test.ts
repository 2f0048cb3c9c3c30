import { describe, expect, it } from 'vitest'
import { ApiError } from '../../api/api-error'
import type { Mapping, Segment } from '../../api/schemas'
import { FORM_DRAFT_MAX_CHARS, writeFormDraft } from '../../lib/use-form-draft'
import type { EditMappingValues, MappingRow } from './edit-mapping-form'
import { diffMappingVersions, mergeMappingVersions, type MappingVersion } from './mapping-diff'
import { listMappingDrafts, mappingDraftKey, toMappingDraft, type MappingDraft } from './mapping-draft'
import { applyMappingDraft, orderRowsLikeDraft, readSegmentsBySid, SEGMENT_GONE_REASON } from './mapping-draft-restore'

const row = (sid: number, extra: Partial<MappingRow> = {}): MappingRow => ({
  sid, name: `Segment name ${sid} with a fairly long descriptive title`, traitAlias: '', valueAlias: '', url: '', secureUrl: '',
  locked: false, autoFilled: false, refusedReason: '', ...extra,
})

describe('toMappingDraft', () => {
  it('keeps segment IDs and typed values only; auto-filled and refused rows keep just their ID', () => {
    const values: EditMappingValues = {
      rows: [row(1, { traitAlias: 'Acme One' }), row(2, { traitAlias: '2', locked: true, autoFilled: true }), row(3, { refusedReason: 'Blocked.' })],
      startDate: '2030-01-01', endDate: '', savedSids: [9],
    }
    expect(toMappingDraft('value', values, null)).toEqual({
      kind: 'value', mappingId: null, rows: [[1, 'Acme One'], [2], [3]], startDate: '2030-01-01', endDate: '', savedSids: [9],
    })
    // An edited mapping keeps its value even when read-only, for the review.
    expect(toMappingDraft('cookie-key-value', { ...values, rows: [row(2, { traitAlias: 'k', valueAlias: 'v', locked: true })] }, 77).rows).toEqual([[2, 'k', 'v']])
  })

  it('stays far under the size limit with 1,000 rows, where whole rows would not fit', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => row(100000 + i, { traitAlias: `Acme Audience ${i} - Friendly Name` }))
    const draft = toMappingDraft('value', { rows, startDate: '2030-01-01', endDate: '' }, null)
    const text = JSON.stringify(draft)
    expect(text.length).toBeLessThan(FORM_DRAFT_MAX_CHARS / 2)
    expect(JSON.stringify(rows).length).toBeGreaterThan(FORM_DRAFT_MAX_CHARS)
    expect(writeFormDraft('test.draft', { values: draft, base: null, baseVersion: null, savedAt: 1 })).toBe(true)
  })
})

describe('restoring', () => {
  const draft: MappingDraft = { kind: 'value', mappingId: null, rows: [[3, 'Three'], [1, 'One'], [2, 'Two']], startDate: '2030-02-01', endDate: '2030-03-01', savedSids: [2] }

  it('orders rows like the draft and marks segments that no longer exist', () => {
    const rows = orderRowsLikeDraft(draft, [row(1), row(2)])
    expect(rows.map((r) => [r.sid, r.refusedReason])).toEqual([[3, SEGMENT_GONE_REASON], [1, ''], [2, '']])
    expect(rows[0].name).toBe('Segment 3')
  })

  it('puts typed values and dates on the rows, keeps saved ones and marks rows the server already holds', () => {
    const pristine: EditMappingValues = { rows: [row(1), row(2), row(4, { locked: true, traitAlias: '4' })], startDate: '2030-01-01', endDate: '' }
    const server = [{ mappingId: 5, sid: 1, traitAlias: 'One', startDate: '2030-01-15', endDate: null }] as Mapping[]
    const { values, alreadyMapped, valuesRestored } = applyMappingDraft('value', pristine, { ...draft, rows: [...draft.rows, [4, 'typed?']] }, server)
    expect(values.rows.map((r) => r.traitAlias)).toEqual(['One', 'Two', '4'])
    expect([values.startDate, values.endDate]).toEqual(['2030-02-01', '2030-03-01'])
    expect(values.savedSids?.sort()).toEqual([1, 2])
    expect(alreadyMapped).toEqual([1])
    expect(valuesRestored).toBe(true)
  })

  it('does not put typed values into another kind of inputs', () => {
    const pristine: EditMappingValues = { rows: [row(1)], startDate: '2030-01-01', endDate: '' }
    const result = applyMappingDraft('url', pristine, draft, null)
    expect(result.valuesRestored).toBe(false)
    expect(result.values.rows[0].url).toBe('')
  })

  it('lists only this user and destination, newest first', () => {
    window.localStorage.clear()
    const put = (key: string, savedAt: number) => writeFormDraft(key, { values: draft, base: null, baseVersion: null, savedAt })
    put(mappingDraftKey(1, 1002, null), 10)
    put(mappingDraftKey(1, 1002, 55), 20)
    put(mappingDraftKey(1, 10020, null), 30)
    put(mappingDraftKey(2, 1002, null), 40)
    expect(listMappingDrafts(1, 1002).map((d) => d.key)).toEqual([mappingDraftKey(1, 1002, 55), mappingDraftKey(1, 1002, null)])
    window.localStorage.clear()
  })
})

describe('readSegmentsBySid', () => {
  it('reads a few at a time, lists 404s as missing and rethrows any other failure', async () => {
    let running = 0
    let most = 0
    const fetchOne = async (sid: number) => {
      running++
      most = Math.max(most, running)
      await Promise.resolve()
      running--
      if (sid === 4) throw new ApiError({ status: 404, code: 'NOT_FOUND', message: 'gone' })
      return { sid, name: `S${sid}` } as Segment
    }
    const progress: number[] = []
    const { segments, missing } = await readSegmentsBySid([1, 2, 3, 4, 5, 6, 7, 8], fetchOne, { concurrency: 3, onProgress: (d) => progress.push(d) })
    expect([...segments.keys()].sort()).toEqual([1, 2, 3, 5, 6, 7, 8])
    expect(missing).toEqual([4])
    expect(most).toBe(3)
    expect(progress.at(-1)).toBe(8)
    const down = new ApiError({ status: 500, code: 'SERVER_ERROR', message: 'down' })
    await expect(readSegmentsBySid([1, 2], async () => { throw down })).rejects.toBe(down)
  })
})

describe('mapping review', () => {
  const opened: MappingVersion = { traitAlias: 'Old', valueAlias: '', url: '', secureUrl: '', startDate: '2030-01-01', endDate: '' }
  it('labels rows as the dialog does and merges the user\'s changed fields on top of theirs', () => {
    const theirs = { ...opened, traitAlias: 'Theirs', endDate: '2030-12-31' }
    const mine = { ...opened, traitAlias: 'Mine ', startDate: '2030-02-01' }
    expect(diffMappingVersions('value', opened, theirs, mine)).toEqual([
      { key: 'traitAlias', label: 'Destination Value', theirs: 'Theirs', mine: 'Mine ', youChanged: true },
      { key: 'endDate', label: 'End Date', theirs: '12/31/2030', mine: 'No end date', youChanged: false },
    ])
    expect(mergeMappingVersions('value', opened, theirs, mine)).toEqual({ ...theirs, traitAlias: 'Mine ', startDate: '2030-02-01' })
    expect(diffMappingVersions('cookie-key-value', opened, { ...opened, valueAlias: 'v' }, opened)[0]).toMatchObject({ label: 'Value', theirs: 'v', mine: '(empty)' })
  })
})
