import { parseDate, today, type CalendarDate } from '@internationalized/date'
import { FIRST_MAPPING_DAY, isIsoDay, LAST_MAPPING_DAY } from './dates'

/**
 * `CalendarDate` (from `@internationalized/date`, what Spectrum's `DatePicker` takes) for the UTC
 * calendar days of `dates.ts` (`yyyy-mm-dd` on the wire). Kept apart from `dates.ts` so only the
 * screens with date pickers (the mapping editor) load `@internationalized/date`; the first screen
 * (the destination list) does not.
 */

/** Today as a CalendarDate in UTC, for DatePicker defaults. */
export function todayUtcDate(): CalendarDate {
  return today('UTC')
}

/** `yyyy-mm-dd` -> CalendarDate (no time zone involved); null for empty or invalid input (see `isIsoDay`). */
export function toCalendarDate(value: string | null | undefined): CalendarDate | null {
  return value && isIsoDay(value) ? parseDate(value) : null
}

/** CalendarDate -> `yyyy-mm-dd`; null stays null. */
export function fromCalendarDate(value: CalendarDate | null | undefined): string | null {
  return value ? value.toString() : null
}

/** `FIRST_MAPPING_DAY` / `LAST_MAPPING_DAY` as CalendarDates: a mapping date picker's `minValue` / `maxValue`. */
export const FIRST_MAPPING_DATE: CalendarDate = parseDate(FIRST_MAPPING_DAY)
export const LAST_MAPPING_DATE: CalendarDate = parseDate(LAST_MAPPING_DAY)
