import { describe, expect, it } from 'vitest'
import type { Mapping } from '../../api/schemas'
import { canReapplyAutoFill, planReapply } from './reapply-auto-fill-plan'

const m = (sid: number, traitAlias: string | null): Mapping => ({ mappingId: sid * 10, sid, traitAlias, traitType: 'SEGMENT', elementStatus: 'active' })

describe('planReapply', () => {
  it('lists only rows whose value differs from the Segment ID rule', () => {
    const plan = planReapply('SEGMENT_ID', [m(1, '1'), m(2, 'Friendly'), m(3, null)], new Map())
    expect(plan.changes.map((c) => [c.mapping.sid, c.from, c.to])).toEqual([[2, 'Friendly', '2'], [3, '', '3']])
    expect(plan.skipped).toEqual([])
  })

  it('uses integration codes and skips segments without one', () => {
    const codes = new Map<number, string | null>([[1, 'ic_one'], [2, null], [3, 'ic_three']])
    const plan = planReapply('INTEGRATION_CODE', [m(1, '1'), m(2, '2'), m(3, 'ic_three')], codes)
    expect(plan.changes.map((c) => [c.mapping.sid, c.to])).toEqual([[1, 'ic_one']])
    expect(plan.skipped.map((s) => s.mapping.sid)).toEqual([2])
  })

  it('does nothing for manual mapping', () => {
    expect(planReapply('NONE', [m(1, 'x')], new Map())).toEqual({ changes: [], skipped: [] })
  })
})

describe('canReapplyAutoFill', () => {
  it.each([
    [{ destinationType: 'S2S', autoFillMapping: 'SEGMENT_ID' }, true],
    [{ destinationType: 'S2S', autoFillMapping: 'NONE' }, false],
    [{ destinationType: 'PUSH', autoFillMapping: 'SEGMENT_ID', serializationEnabled: true }, true],
    [{ destinationType: 'PUSH', autoFillMapping: 'SEGMENT_ID', serializationEnabled: false }, false],
    [{ destinationType: 'ADS', autoFillMapping: 'SEGMENT_ID' }, false],
  ] as const)('%o -> %s', (d, expected) => {
    expect(canReapplyAutoFill(d)).toBe(expected)
  })
})
