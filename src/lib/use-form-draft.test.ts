import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { formDraftKey, readFormDraft, useFormDraft, writeFormDraft, type UseFormDraftOptions } from './use-form-draft'

const schema = z.object({ name: z.string(), count: z.number() })
type Values = z.output<typeof schema>
const KEY = formDraftKey('test-form', 2102, 7)
const OPENED: Values = { name: 'opened', count: 1 }

function stored() {
  const text = localStorage.getItem(KEY)
  return text === null ? null : (JSON.parse(text) as Record<string, unknown>)
}

function renderDraft(initial: Partial<UseFormDraftOptions<Values>> = {}) {
  return renderHook((props: UseFormDraftOptions<Values>) => useFormDraft(props), {
    initialProps: { key: KEY, values: OPENED, isDirty: false, schema, base: OPENED, baseVersion: 1000, ...initial },
  })
}

beforeEach(() => {
  localStorage.clear()
  vi.useFakeTimers({ now: Date.UTC(2026, 2, 15, 12) })
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('formDraftKey', () => {
  it('scopes a draft by form, user and record', () => {
    expect(formDraftKey('destination', 2102, 'new')).toBe('destination-editor.draft.destination.2102.new')
    expect(formDraftKey('destination', 2101, 1001)).not.toBe(formDraftKey('destination', 2102, 1001))
  })
})

describe('useFormDraft', () => {
  it('writes the values, base and version after the delay, only while dirty', () => {
    const hook = renderDraft()
    act(() => vi.advanceTimersByTime(1000))
    expect(stored()).toBeNull()
    hook.rerender({ key: KEY, values: { name: 'typed', count: 1 }, isDirty: true, schema, base: OPENED, baseVersion: 1000 })
    act(() => vi.advanceTimersByTime(499))
    expect(stored()).toBeNull()
    act(() => vi.advanceTimersByTime(1))
    expect(stored()).toEqual({ format: 1, values: { name: 'typed', count: 1 }, base: OPENED, baseVersion: 1000, savedAt: Date.UTC(2026, 2, 15, 12) + 1000 })
  })

  it('writes at once when the page is hidden (reload, tab closed)', () => {
    const hook = renderDraft()
    hook.rerender({ key: KEY, values: { name: 'typed', count: 2 }, isDirty: true, schema, base: OPENED, baseVersion: 1000 })
    act(() => void window.dispatchEvent(new Event('pagehide')))
    expect(stored()?.values).toEqual({ name: 'typed', count: 2 })
  })

  it('removes its draft when the input is back to unchanged', () => {
    const hook = renderDraft()
    hook.rerender({ key: KEY, values: { name: 'typed', count: 1 }, isDirty: true, schema, base: OPENED, baseVersion: 1000 })
    act(() => vi.advanceTimersByTime(500))
    expect(stored()).not.toBeNull()
    hook.rerender({ key: KEY, values: OPENED, isDirty: false, schema, base: OPENED, baseVersion: 1000 })
    expect(stored()).toBeNull()
  })

  it('offers a stored draft without applying or deleting it; restore returns it, discard deletes it', () => {
    writeFormDraft(KEY, { values: { name: 'from before', count: 3 }, base: OPENED, baseVersion: 900, savedAt: 5 })
    const hook = renderDraft()
    act(() => vi.advanceTimersByTime(1000))
    expect(hook.result.current.offered).toEqual({ values: { name: 'from before', count: 3 }, base: OPENED, baseVersion: 900, savedAt: 5 })
    expect(stored()).not.toBeNull()

    let restored: ReturnType<typeof hook.result.current.restore> = null
    act(() => void (restored = hook.result.current.restore()))
    expect(restored).toMatchObject({ values: { name: 'from before', count: 3 } })
    expect(hook.result.current.offered).toBeNull()

    const again = renderDraft()
    act(() => again.result.current.discard())
    expect(again.result.current.offered).toBeNull()
    expect(stored()).toBeNull()
  })

  it('discarding the offered draft keeps input typed since the page opened', () => {
    writeFormDraft(KEY, { values: { name: 'old draft', count: 3 }, base: OPENED, baseVersion: 900, savedAt: 5 })
    const hook = renderDraft({ values: { name: 'new input', count: 1 }, isDirty: true })
    act(() => hook.result.current.discard())
    act(() => vi.advanceTimersByTime(500))
    expect(stored()?.values).toEqual({ name: 'new input', count: 1 })
  })

  it('clear deletes the draft and the pending write (after a save or "Leave")', () => {
    const hook = renderDraft()
    hook.rerender({ key: KEY, values: { name: 'typed', count: 1 }, isDirty: true, schema, base: OPENED, baseVersion: 1000 })
    act(() => vi.advanceTimersByTime(500))
    hook.rerender({ key: KEY, values: { name: 'typed more', count: 1 }, isDirty: true, schema, base: OPENED, baseVersion: 1000 })
    act(() => hook.result.current.clear())
    act(() => vi.advanceTimersByTime(1000))
    hook.unmount()
    expect(stored()).toBeNull()
  })

  it('keeps no draft without a key', () => {
    const hook = renderDraft({ key: null, values: { name: 'typed', count: 1 }, isDirty: true })
    act(() => vi.advanceTimersByTime(1000))
    expect(hook.result.current.offered).toBeNull()
    expect(localStorage.length).toBe(0)
  })

  it('reads the new key when the user or record changes', () => {
    const other = formDraftKey('test-form', 2102, 8)
    writeFormDraft(other, { values: { name: 'record 8', count: 8 }, base: null, baseVersion: null, savedAt: 5 })
    const hook = renderDraft()
    expect(hook.result.current.offered).toBeNull()
    hook.rerender({ key: other, values: OPENED, isDirty: false, schema, base: null, baseVersion: null })
    expect(hook.result.current.offered?.values).toEqual({ name: 'record 8', count: 8 })
  })
})

describe('storage problems are ignored safely', () => {
  it('a full storage (quota exceeded) keeps the form working without a draft', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const hook = renderDraft()
    hook.rerender({ key: KEY, values: { name: 'typed', count: 1 }, isDirty: true, schema, base: OPENED, baseVersion: 1000 })
    expect(() => act(() => vi.advanceTimersByTime(500))).not.toThrow()
    expect(() => act(() => void window.dispatchEvent(new Event('pagehide')))).not.toThrow()
    expect(writeFormDraft(KEY, { values: OPENED, base: null, baseVersion: null, savedAt: 1 })).toBe(false)
    expect(stored()).toBeNull()
  })

  it('blocked storage reads as no draft', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access denied.', 'SecurityError')
    })
    expect(renderDraft().result.current.offered).toBeNull()
  })

  it('corrupt JSON is removed and reads as no draft', () => {
    localStorage.setItem(KEY, '{"format":1,"values":{')
    expect(renderDraft().result.current.offered).toBeNull()
    expect(localStorage.getItem(KEY)).toBeNull()
  })

  it('a draft in another shape (older app version) is removed', () => {
    localStorage.setItem(KEY, JSON.stringify({ format: 1, savedAt: 5, baseVersion: null, base: null, values: { name: 'x' } }))
    expect(readFormDraft(KEY, schema)).toBeNull()
    expect(localStorage.getItem(KEY)).toBeNull()
    localStorage.setItem(KEY, JSON.stringify({ format: 0, savedAt: 5, baseVersion: null, base: null, values: OPENED }))
    expect(readFormDraft(KEY, schema)).toBeNull()
  })

  it('a draft over the size limit is not stored, and the older one under its key is removed', () => {
    writeFormDraft(KEY, { values: OPENED, base: null, baseVersion: null, savedAt: 1 })
    const hook = renderDraft({ maxChars: 200 })
    hook.rerender({ key: KEY, values: { name: 'x'.repeat(300), count: 1 }, isDirty: true, schema, base: OPENED, baseVersion: 1000, maxChars: 200 })
    act(() => vi.advanceTimersByTime(500))
    expect(stored()).toBeNull()
  })
})
