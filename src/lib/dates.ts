import { parseDate, today, type CalendarDate } from '@internationalized/date'

/**
 * Mapping dates are UTC calendar days: `yyyy-mm-dd` on the wire, `MM/DD/YYYY` on screen
 * (AAM user guide: "all dates are UTC"). Nothing here reads the browser's time zone.
 */

/** Today as a UTC calendar day, `yyyy-mm-dd`. `now` (epoch ms) is for tests. */
export function todayUtc(now: number = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10)
}

/** Today as a CalendarDate in UTC, for DatePicker defaults. */
export function todayUtcDate(): CalendarDate {
  return today('UTC')
}

/** True when `value` is a real calendar day in `yyyy-mm-dd` form. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  try {
    return parseDate(value).toString() === value
  } catch {
    return false
  }
}

/** `yyyy-mm-dd` -> CalendarDate (no time zone involved); null for empty or invalid input. */
export function toCalendarDate(value: string | null | undefined): CalendarDate | null {
  return value && isIsoDay(value) ? parseDate(value) : null
}

/** CalendarDate -> `yyyy-mm-dd`; null stays null. */
export function fromCalendarDate(value: CalendarDate | null | undefined): string | null {
  return value ? value.toString() : null
}

/** `yyyy-mm-dd` -> `MM/DD/YYYY` as AAM shows dates; empty input gives an empty string. */
export function formatDay(value: string | null | undefined): string {
  if (!value || !isIsoDay(value)) return ''
  const [y, m, d] = value.split('-')
  return `${m}/${d}/${y}`
}

/** Compares two `yyyy-mm-dd` days: negative, 0 or positive (string order is calendar order). */
export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Epoch milliseconds (AAM's `createTime` / `updateTime`) -> `MM/DD/YYYY` of that instant's UTC day;
 * undefined, null or a non-finite number gives an empty string.
 */
export function formatEpochDay(epochMs: number | null | undefined): string {
  if (epochMs === undefined || epochMs === null || !Number.isFinite(epochMs)) return ''
  const date = new Date(epochMs)
  if (Number.isNaN(date.getTime())) return ''
  return formatDay(date.toISOString().slice(0, 10))
}
