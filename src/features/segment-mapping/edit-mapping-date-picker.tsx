import { DatePicker } from '@adobe/react-spectrum'
import type { CalendarDate } from '@internationalized/date'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { FIRST_MAPPING_DATE, fromCalendarDate, LAST_MAPPING_DATE, toCalendarDate } from '../../lib/calendar-dates'
import { INCOMPLETE_DAY } from '../../lib/dates'

/** How much of a date field is filled in: every segment, none, or some. */
type DateFieldFill = 'complete' | 'empty' | 'incomplete'

/**
 * How much of the date field inside `root` is filled in, read from its segments (react-aria marks an
 * empty segment with `data-placeholder`). Only which segments are empty is read, never their text.
 */
function dateFieldFill(root: Element): DateFieldFill {
  const segments = root.querySelectorAll('[role="spinbutton"]')
  const empty = root.querySelectorAll('[role="spinbutton"][data-placeholder]').length
  if (empty === 0) return 'complete'
  return empty === segments.length ? 'empty' : 'incomplete'
}

interface MappingDatePickerProps {
  label: string
  /** UTC day `yyyy-mm-dd`, '' (no date) or `INCOMPLETE_DAY` (what this field reported). */
  value: string
  /** Called with a UTC day, '' when every segment is empty, or `INCOMPLETE_DAY` when only some are. */
  onChange: (value: string) => void
  onBlur?: () => void
  isRequired?: boolean
  isReadOnly?: boolean
  /** Earliest day the calendar and the field accept, `yyyy-mm-dd`; never before `FIRST_MAPPING_DAY`. */
  minDay?: string
  description?: string
  /** The form's message for this field; the field is marked invalid while there is one. */
  errorMessage?: string
}

/**
 * A Spectrum `DatePicker` for a mapping date (UTC day, AAM reference 3.3), bounded by
 * `FIRST_MAPPING_DATE` .. `LAST_MAPPING_DATE` (`minValue` / `maxValue`, so the calendar and
 * Spectrum's own range check agree with the form). Spectrum reports only complete days and keeps
 * the last one while a segment is being cleared (Backspace on the year of 11/30/2026 reports 0202,
 * 0020, 0002, then nothing); this field also reports `INCOMPLETE_DAY` as soon as some segments are
 * empty, and '' once all are, so the form saves exactly what the field shows. While incomplete, the
 * typed segments stay as they are (the picker keeps its last value), whatever else re-renders.
 */
export function MappingDatePicker({
  label, value, onChange, onBlur, isRequired, isReadOnly, minDay, description, errorMessage,
}: MappingDatePickerProps) {
  const rootRef = useRef<HTMLDivElement>(null)
  // The picker's value: the day last reported or set from outside, one object per change so Spectrum
  // keeps the segments typed meanwhile (a new object, even of the same day, resets them).
  const [shown, setShown] = useState<CalendarDate | null>(() => toCalendarDate(value))
  const [prevValue, setPrevValue] = useState(value)
  if (value !== prevValue) {
    setPrevValue(value)
    if (value !== INCOMPLETE_DAY) setShown(toCalendarDate(value))
  }
  const latest = useRef({ value, shown, onChange })
  useLayoutEffect(() => {
    latest.current = { value, shown, onChange }
  })
  // Spectrum calls onChange only for complete days and for "all empty"; compare what the segments show
  // with what was reported after every change of them, and report the difference.
  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    const sync = () => {
      const { value: reported, shown: day, onChange: report } = latest.current
      const fill = dateFieldFill(root)
      if (fill === 'incomplete' && reported !== INCOMPLETE_DAY) report(INCOMPLETE_DAY)
      else if (fill === 'empty' && reported !== '') report('')
      // Completed again with the day it had (Spectrum reports no change then).
      else if (fill === 'complete' && reported === INCOMPLETE_DAY) report(fromCalendarDate(day) ?? '')
    }
    sync()
    const observer = new MutationObserver(sync)
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-placeholder'] })
    return () => observer.disconnect()
  }, [])
  const min = toCalendarDate(minDay)
  return (
    <div ref={rootRef}>
      <DatePicker label={label} isRequired={isRequired} isReadOnly={isReadOnly} value={shown}
        minValue={min && min.compare(FIRST_MAPPING_DATE) > 0 ? min : FIRST_MAPPING_DATE} maxValue={LAST_MAPPING_DATE}
        onChange={(v) => onChange(fromCalendarDate(v) ?? '')} onBlur={onBlur}
        description={description} validationState={errorMessage ? 'invalid' : undefined} errorMessage={errorMessage} />
    </div>
  )
}
