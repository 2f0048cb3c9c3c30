/**
 * Comparing three versions of one record after a stale save (409 `STALE_UPDATE`): the version the
 * user opened ("opened"), the one saved by someone else since ("theirs", the server's `current`)
 * and the user's input ("mine"). Pure functions; the screens show the rows and apply the merge.
 */

/** How one field is compared and shown. */
export interface DiffField<T, K extends keyof T = keyof T> {
  field: K
  /** The form's own label of the field. */
  label: string
  /** The value as the user reads it (plain text). Default: `String(value)`, "(empty)" for '' / null. */
  format?(value: T[K]): string
  /** Whether two values are the same. Default: equal JSON (arrays in the same order). */
  equals?(a: T[K], b: T[K]): boolean
}

/** One field that someone else changed since the user opened the record. */
export interface DiffRow {
  /** The field's name (a stable key). */
  key: string
  label: string
  /** Their value, formatted. */
  theirs: string
  /** The user's value, formatted (equal to the opened value when the user did not change it). */
  mine: string
  /** The user changed this field too: "Keep my changes on top of theirs" keeps the user's value. */
  youChanged: boolean
}

/** Text shown for an empty value. */
export const EMPTY_VALUE_TEXT = '(empty)'

function defaultFormat(value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE_TEXT
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : EMPTY_VALUE_TEXT
  return String(value)
}

function same<T, K extends keyof T>(spec: DiffField<T, K>, a: T[K], b: T[K]): boolean {
  return spec.equals ? spec.equals(a, b) : JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The rows of a conflict review, in the order of `fields`: every field whose value differs between
 * `opened` and `theirs`, with both sides formatted and whether the user changed it too. Fields not
 * listed in `fields` (such as `updateTime`) are never compared.
 */
export function diffVersions<T>(opened: T, theirs: T, mine: T, fields: readonly DiffField<T>[]): DiffRow[] {
  return fields.flatMap((spec) => {
    const f = spec.field
    if (same(spec, opened[f], theirs[f])) return []
    const format = (value: T[keyof T]) => (spec.format ? spec.format(value) : defaultFormat(value))
    return [{ key: String(f), label: spec.label, theirs: format(theirs[f]), mine: format(mine[f]), youChanged: !same(spec, opened[f], mine[f]) }]
  })
}

/**
 * "Keep my changes on top of theirs": their version, with the user's value for every listed field
 * the user changed (differs between `opened` and `mine`). Unlisted fields (such as `updateTime`)
 * come from `theirs`, so the next save is no longer stale.
 */
export function mergeOnTop<T>(opened: T, theirs: T, mine: T, fields: readonly DiffField<T>[]): T {
  const merged = { ...theirs }
  for (const spec of fields) {
    if (!same(spec, opened[spec.field], mine[spec.field])) merged[spec.field] = mine[spec.field]
  }
  return merged
}
