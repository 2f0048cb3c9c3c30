import { describe, expect, it } from 'vitest'
import type { Segment } from '../../api/schemas'
import type { KnownAvailability } from './segment-availability'
import { formatCount, planSelectAll, selectAllSummary, takenByBulkSelect } from './select-all-matching'

const segment = (sid: number): Segment => ({ sid, name: `S${sid}`, description: '', folderId: 1, dataSourceId: 1, status: 'ACTIVE' })
const ok: KnownAvailability = { mapped: false, blockedReason: null, refusedReason: null }

describe('select all matching', () => {
  it('adds only what a bulk selection may take and counts the rest by reason', () => {
    const availability = (s: Segment): KnownAvailability =>
      s.sid === 2 ? { ...ok, mapped: true }
        : s.sid === 3 ? { ...ok, blockedReason: 'Blocked.' }
          : s.sid === 4 ? { ...ok, refusedReason: 'No code.' }
            : ok
    const plan = planSelectAll([1, 2, 3, 4, 5, 6].map(segment), availability, new Set([5]))
    expect(plan.toAdd.map((s) => s.sid)).toEqual([1, 6])
    expect(plan).toMatchObject({ alreadySelected: 1, mapped: 1, blocked: 1, notAddable: 1 })
    expect(selectAllSummary(plan)).toBe(
      'Added 2 segments to the selection. Skipped 3: 1 already mapped to this destination, 1 blocked by Data Export Controls, 1 not addable (auto-fill refuses them). 1 was already selected.',
    )
    expect(takenByBulkSelect({ ...ok, mapped: true })).toBe(false)
    expect(takenByBulkSelect(ok)).toBe(true)
    // Unknown while the destination's mapping list loads: a bulk selection does not take it yet.
    expect(takenByBulkSelect({ ...ok, mapped: null })).toBe(false)
  })

  it('formats counts with thousands separators', () => {
    expect(formatCount(1024)).toBe('1,024')
    expect(selectAllSummary({ toAdd: Array.from({ length: 1200 }, (_, i) => segment(i)), alreadySelected: 0, mapped: 0, blocked: 0, notAddable: 0 }))
      .toBe('Added 1,200 segments to the selection.')
  })
})
