/**
 * Mapping dates are UTC calendar days: `yyyy-mm-dd` on the wire, `MM/DD/YYYY` on screen
 * (AAM user guide: "all dates are UTC"). Nothing here reads the browser's time zone.
 *
 * Plain strings and numbers only: the destination list imports this module, so it must not pull in
 * `@internationalized/date`. The `CalendarDate` conversions for date pickers are in
 * `calendar-dates.ts`.
 */

/**
 * The first and last day a mapping date may take, `yyyy-mm-dd`. Neither AAM document states a range
 * (dates are plain `yyyy-mm-dd` strings), so the editor keeps to this century: earlier than AAM itself
 * and far enough ahead for any campaign, and a half-typed year (`0202`, `0002`) is refused instead of
 * stored. Date pickers use the same bounds as `minValue` / `maxValue` (`calendar-dates.ts`).
 */
export const FIRST_MAPPING_DAY = '2000-01-01'
export const LAST_MAPPING_DAY = '2099-12-31'

/**
 * What a date field reports while some, not all, of its segments (month, day, year) are empty: not a
 * day, so no check or request can mistake it for one (`isIsoDay` is false for it).
 */
export const INCOMPLETE_DAY = 'incomplete'

/** Today as a UTC calendar day, `yyyy-mm-dd`. `now` (epoch ms) is for tests. */
export function todayUtc(now: number = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10)
}

/**
 * True when `value` is a real calendar day in `yyyy-mm-dd` form: year 0001-9999, month 01-12, day
 * within that month of the (proleptic) Gregorian calendar, so `2028-02-29` is one and `2026-02-29`,
 * `2026-04-31` or `2026-01-00` are not.
 */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Days in `month` (1-12) of `year` in the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** `yyyy-mm-dd` -> `MM/DD/YYYY` as AAM shows dates; empty input gives an empty string. */
export function formatDay(value: string | null | undefined): string {
  if (!value || !isIsoDay(value)) return ''
  const [y, m, d] = value.split('-')
  return `${m}/${d}/${y}`
}

/**
 * The UTC day `days` days after `day` (negative: before), both `yyyy-mm-dd`, e.g.
 * `addDays('2028-02-28', 1)` is `'2028-02-29'`, `addDays('2026-01-01', -1)` is `'2025-12-31'`.
 * @throws RangeError when `day` is not a real day (see `isIsoDay`) or `days` is not an integer
 */
export function addDays(day: string, days: number): string {
  if (!isIsoDay(day) || !Number.isInteger(days)) throw new RangeError(`Cannot add ${days} days to ${JSON.stringify(day)}`)
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
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
