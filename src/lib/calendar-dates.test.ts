import { CalendarDate } from '@internationalized/date'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FIRST_MAPPING_DATE, fromCalendarDate, LAST_MAPPING_DATE, toCalendarDate, todayUtcDate } from './calendar-dates'

describe('CalendarDate conversions', () => {
  it('round-trips yyyy-mm-dd without a time zone', () => {
    const day = toCalendarDate('2026-03-15')
    expect(day).toEqual(new CalendarDate(2026, 3, 15))
    expect(fromCalendarDate(day)).toBe('2026-03-15')
  })
  it('round-trips a leap day', () => {
    expect(fromCalendarDate(toCalendarDate('2028-02-29'))).toBe('2028-02-29')
  })
  it('gives null for empty or invalid input', () => {
    expect(toCalendarDate('')).toBeNull()
    expect(toCalendarDate(null)).toBeNull()
    expect(toCalendarDate(undefined)).toBeNull()
    expect(toCalendarDate('2026-02-30')).toBeNull()
    expect(toCalendarDate('2026-01-00')).toBeNull()
    expect(fromCalendarDate(null)).toBeNull()
  })
})

describe('todayUtcDate', () => {
  afterEach(() => {
    vi.useRealTimers()
  })
  it('is the UTC day, not the local one', () => {
    // 2026-03-14T20:00-10:00 (Honolulu) is already 2026-03-15 in UTC.
    vi.useFakeTimers({ now: Date.parse('2026-03-14T20:00:00-10:00') })
    expect(todayUtcDate()).toEqual(new CalendarDate(2026, 3, 15))
  })
})

describe('mapping date bounds', () => {
  it('are 2000-01-01 and 2099-12-31 as CalendarDates', () => {
    expect(FIRST_MAPPING_DATE).toEqual(new CalendarDate(2000, 1, 1))
    expect(LAST_MAPPING_DATE).toEqual(new CalendarDate(2099, 12, 31))
  })
})
