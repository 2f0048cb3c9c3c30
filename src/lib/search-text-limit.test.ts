import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SEARCH_MAX_LENGTH, pagingQuerySchema } from '../api/schemas/paging'
import { searchTextToSend, useSearchTextLimit } from './search-text-limit'

const fits = 'x'.repeat(SEARCH_MAX_LENGTH)
const tooLong = 'x'.repeat(SEARCH_MAX_LENGTH + 1)

describe('search text limit', () => {
  it('is the server schema limit: the longest text it lets through is the longest the server accepts', () => {
    expect(pagingQuerySchema.safeParse({ search: searchTextToSend(fits) }).success).toBe(true)
    expect(pagingQuerySchema.safeParse({ search: tooLong }).success).toBe(false)
    expect(searchTextToSend(tooLong)).toBeNull()
  })

  it('trims before counting and sending', () => {
    expect(searchTextToSend(`  ${fits}  `)).toBe(fits)
    expect(searchTextToSend('  pixel ')).toBe('pixel')
  })

  it('flags the field while over the limit and keeps the last text that fitted as the one to search', () => {
    const { result, rerender } = renderHook(({ text }) => useSearchTextLimit(text), { initialProps: { text: 'pixel ' } })
    expect(result.current).toEqual({ search: 'pixel', lastSearch: 'pixel', fieldProps: { validationState: undefined, errorMessage: undefined } })

    rerender({ text: `${tooLong}z` })
    expect(result.current.search).toBeNull()
    expect(result.current.lastSearch).toBe('pixel')
    expect(result.current.fieldProps).toEqual({ validationState: 'invalid', errorMessage: 'Use at most 1,000 characters to search (this text has 1,002).' })

    rerender({ text: 'acme' })
    expect(result.current).toMatchObject({ search: 'acme', lastSearch: 'acme', fieldProps: { validationState: undefined } })
  })

  it('has nothing to keep when the first text is already too long', () => {
    const { result } = renderHook(() => useSearchTextLimit(tooLong))
    expect(result.current.search).toBeNull()
    expect(result.current.lastSearch).toBe('')
  })
})
