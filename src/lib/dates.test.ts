import { describe, expect, it } from 'vitest'
import { addDays, compareDays, formatDay, formatEpochDay, isIsoDay, todayUtc } from './dates'

describe('todayUtc', () => {
  it.each([
    ['2026-03-14T23:59:59.999Z', '2026-03-14'],
    ['2026-03-15T00:00:00.000Z', '2026-03-15'],
    ['2026-03-15T00:00:00.001Z', '2026-03-15'],
    ['2026-03-15T23:59:59.999Z', '2026-03-15'],
    ['2025-12-31T23:59:59.999Z', '2025-12-31'],
    ['2026-01-01T00:00:00.000Z', '2026-01-01'],
    ['2028-02-29T12:00:00.000Z', '2028-02-29'],
  ])('at %s is %s', (instant, expected) => {
    expect(todayUtc(Date.parse(instant))).toBe(expected)
  })

  it('does not depend on the local time zone offset of the instant', () => {
    // 2026-03-15T09:00+14:00 (Kiritimati) is still 2026-03-14 in UTC.
    expect(todayUtc(Date.parse('2026-03-15T09:00:00+14:00'))).toBe('2026-03-14')
    // 2026-03-14T20:00-10:00 (Honolulu) is already 2026-03-15 in UTC.
    expect(todayUtc(Date.parse('2026-03-14T20:00:00-10:00'))).toBe('2026-03-15')
  })
})

describe('isIsoDay', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-12-31', true],
    ['2026-02-30', false],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-04-30', true],
    ['2026-01-00', false],
    ['2026-01-32', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['0000-01-01', false],
    ['9999-12-31', true],
    ['2026-1-01', false],
    ['03/15/2026', false],
    ['2026-03-15T00:00:00Z', false],
    ['', false],
  ])('%s -> %s', (value, expected) => {
    expect(isIsoDay(value)).toBe(expected)
  })
})

describe('formatDay', () => {
  it.each([
    ['2026-03-05', '03/05/2026'],
    ['2025-12-31', '12/31/2025'],
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['2026-02-30', ''],
  ])('%s -> %s', (value, expected) => {
    expect(formatDay(value)).toBe(expected)
  })
})

describe('compareDays', () => {
  it('compares days in calendar order', () => {
    expect(compareDays('2026-03-14', '2026-03-15')).toBeLessThan(0)
    expect(compareDays('2026-03-15', '2026-03-15')).toBe(0)
    expect(compareDays('2027-01-01', '2026-12-31')).toBeGreaterThan(0)
  })
})

describe('formatEpochDay', () => {
  it.each([
    [Date.UTC(2026, 2, 15, 0, 0, 0), '03/15/2026'],
    [Date.UTC(2026, 2, 15, 23, 59, 59, 999), '03/15/2026'],
    [Date.UTC(2025, 0, 6, 9, 0, 0), '01/06/2025'],
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('%s -> %s', (value, expected) => {
    expect(formatEpochDay(value)).toBe(expected)
  })
})

describe('addDays', () => {
  it.each([
    ['2026-03-15', 0, '2026-03-15'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-15', 365, '2027-03-15'],
    ['2026-03-15', -500, '2024-10-31'],
  ])('%s + %i days -> %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected)
  })
  it('refuses a day that is not yyyy-mm-dd, or a fraction of a day', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError)
    expect(() => addDays('03/15/2026', 1)).toThrow(RangeError)
    expect(() => addDays('2026-03-15', 0.5)).toThrow(RangeError)
  })
})
