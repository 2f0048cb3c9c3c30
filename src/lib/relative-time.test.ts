import { describe, expect, it } from 'vitest'
import { formatTimeAgo } from './relative-time'

const NOW = Date.UTC(2026, 2, 15, 12, 0, 0)

describe('formatTimeAgo', () => {
  it.each([
    [NOW, 'just now'],
    [NOW - 59_999, 'just now'],
    [NOW + 5_000, 'just now'],
    [NOW - 60_000, '1 minute ago'],
    [NOW - 5 * 60_000 - 30_000, '5 minutes ago'],
    [NOW - 2 * 3600_000, '2 hours ago'],
    [NOW - 24 * 3600_000, '1 day ago'],
    [NOW - 3 * 24 * 3600_000, '3 days ago'],
    [NOW - 14 * 24 * 3600_000, '14 days ago'],
    [NOW - 45 * 24 * 3600_000, '1 month ago'],
    [NOW - 400 * 24 * 3600_000, '1 year ago'],
  ])('%s -> %s', (then, expected) => {
    expect(formatTimeAgo(then, NOW)).toBe(expected)
  })

  it('says so when the time is unknown', () => {
    expect(formatTimeAgo(undefined, NOW)).toBe('at an unknown time')
    expect(formatTimeAgo(Number.NaN, NOW)).toBe('at an unknown time')
  })
})
