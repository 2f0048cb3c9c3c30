import { describe, expect, it } from 'vitest'
import { diffVersions, mergeOnTop, type DiffField } from './version-diff'

interface Rec { name: string; tags: string[]; on: boolean; note: string | null; updateTime: number }
const FIELDS: DiffField<Rec>[] = [
  { field: 'name', label: 'Name' },
  { field: 'tags', label: 'Tags' },
  { field: 'on', label: 'Enabled', format: (v) => (v ? 'On' : 'Off') },
  { field: 'note', label: 'Note' },
]
const opened: Rec = { name: 'A', tags: ['x'], on: false, note: 'n', updateTime: 1 }

describe('diffVersions', () => {
  it('lists only the fields they changed, in field order, with both sides and whether the user changed them too', () => {
    const theirs: Rec = { name: 'B', tags: ['x'], on: true, note: null, updateTime: 2 }
    const mine: Rec = { name: 'C', tags: ['y'], on: false, note: 'n', updateTime: 1 }
    expect(diffVersions(opened, theirs, mine, FIELDS)).toEqual([
      { key: 'name', label: 'Name', theirs: 'B', mine: 'C', youChanged: true },
      { key: 'on', label: 'Enabled', theirs: 'On', mine: 'Off', youChanged: false },
      { key: 'note', label: 'Note', theirs: '(empty)', mine: 'n', youChanged: false },
    ])
  })

  it('is empty when only unlisted fields (updateTime) moved', () => {
    expect(diffVersions(opened, { ...opened, updateTime: 9 }, { ...opened, name: 'mine' }, FIELDS)).toEqual([])
  })

  it('uses a field\'s own equality (e.g. order-free lists)', () => {
    const tags: DiffField<Rec, 'tags'> = { field: 'tags', label: 'Tags', equals: (a, b) => [...a].sort().join() === [...b].sort().join() }
    const unordered: DiffField<Rec>[] = [tags]
    const o = { ...opened, tags: ['a', 'b'] }
    expect(diffVersions(o, { ...o, tags: ['b', 'a'] }, o, unordered)).toEqual([])
    expect(diffVersions(o, { ...o, tags: [] }, o, unordered)).toEqual([{ key: 'tags', label: 'Tags', theirs: '(empty)', mine: 'a, b', youChanged: false }])
  })
})

describe('mergeOnTop', () => {
  it('takes theirs (and their updateTime) except the fields the user changed', () => {
    const theirs: Rec = { name: 'B', tags: ['t'], on: true, note: null, updateTime: 2 }
    const mine: Rec = { name: 'A', tags: ['m'], on: false, note: 'mine', updateTime: 1 }
    expect(mergeOnTop(opened, theirs, mine, FIELDS)).toEqual({ name: 'B', tags: ['m'], on: true, note: 'mine', updateTime: 2 })
  })

  it('does not change its inputs', () => {
    const theirs: Rec = { ...opened, name: 'B', updateTime: 2 }
    const mine: Rec = { ...opened, note: 'x' }
    mergeOnTop(opened, theirs, mine, FIELDS)
    expect(theirs).toEqual({ ...opened, name: 'B', updateTime: 2 })
  })
})
