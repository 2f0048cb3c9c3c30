import type { AutoFill } from '../api/schemas'

/** What the auto-fill rule says about a new mapping's value (product spec 3). */
export type AutoFillResult =
  | { kind: 'filled'; value: string }
  | { kind: 'manual' }
  | { kind: 'refused'; reason: string }

/**
 * The auto-fill rule (AAM "Auto-fill Destination Mapping"): `SEGMENT_ID` fills the segment's `sid`,
 * `INTEGRATION_CODE` fills its `integrationCode` (and refuses a segment without one), `NONE` leaves
 * the value to the user. Pure: no I/O, no dates.
 */
export function autoFillValue(mode: AutoFill, segment: { sid: number; integrationCode?: string | null }): AutoFillResult {
  switch (mode) {
    case 'SEGMENT_ID':
      return { kind: 'filled', value: String(segment.sid) }
    case 'INTEGRATION_CODE': {
      const code = segment.integrationCode?.trim()
      return code
        ? { kind: 'filled', value: code }
        : { kind: 'refused', reason: 'This segment has no integration code, and this destination fills mapping values from integration codes. Add an integration code to the segment first.' }
    }
    case 'NONE':
      return { kind: 'manual' }
  }
}

/**
 * The value a mapping row should hold after auto-fill runs: a value the user typed is kept as it
 * is; otherwise the rule's value, or the current value when the rule leaves it to the user.
 */
export function resolveMappingValue(
  mode: AutoFill,
  segment: { sid: number; integrationCode?: string | null },
  current: { value: string; typedByUser: boolean },
): string {
  if (current.typedByUser) return current.value
  const result = autoFillValue(mode, segment)
  return result.kind === 'filled' ? result.value : current.value
}

/** True when a stored mapping value differs from what the rule would give now (for flagging rows). */
export function differsFromAutoFill(mode: AutoFill, segment: { sid: number; integrationCode?: string | null }, value: string | null | undefined): boolean {
  const result = autoFillValue(mode, segment)
  return result.kind === 'filled' && result.value !== (value ?? '')
}
