import type { DataSource, Destination, Segment } from '../../api/schemas'
import { autoFillValue } from '../../domain/auto-fill'
import { findExportConflicts } from '../../domain/export-controls'

/** Whether a segment can be added to a destination, and why not (segment picker markers). */
export interface SegmentAvailability {
  /**
   * Already mapped to this destination (still addable: AAM allows several mappings per segment);
   * null while unknown, i.e. until the destination's full mapping list is loaded (it is fetched on
   * demand): nothing may be decided on it then.
   */
  mapped: boolean | null
  /** Data Export Controls conflict, naming the control and the label; null when none. */
  blockedReason: string | null
  /** The auto-fill rule refuses the segment (no integration code); null when it does not. */
  refusedReason: string | null
}

/** Availability whose "Mapped" mark is known (computed with the destination's full mapping list). */
export type KnownAvailability = SegmentAvailability & { mapped: boolean }

/**
 * The "Mapped" marks of a destination, which wait for its full mapping list (fetched on demand, when
 * the user starts adding segments), as the segment pickers see them.
 */
export interface MappedMarks {
  /** The list is loaded: `availability` answers `mapped` with true or false. */
  known: boolean
  /** Why loading the list failed (the marks are missing); null otherwise. */
  error: Error | null
  /** The list is being requested (first load, refresh or Retry). */
  isFetching: boolean
  /** Asks for the list again after a failure. */
  retry: () => void
  /**
   * Waits for a current list (and the data sources), then gives the availability with known marks:
   * what a decision on "Mapped" must use. @throws ApiError of the failed request
   */
  load: () => Promise<(segment: Segment) => KnownAvailability>
}

/**
 * Availability of `segment` for `destination`: "Mapped" (`mappedSids`, the segment IDs of the
 * destination's mappings; null while they are not loaded gives `mapped: null`), export-control
 * conflicts (`findExportConflicts` with the trait data sources of the segment) and the auto-fill
 * rule's refusal. Pure.
 */
export function segmentAvailability(
  segment: Segment,
  destination: Pick<Destination, 'autoFillMapping' | 'dataExportLabels'>,
  dataSourcesById: ReadonlyMap<number, DataSource>,
  mappedSids: ReadonlySet<number>,
): KnownAvailability
export function segmentAvailability(
  segment: Segment,
  destination: Pick<Destination, 'autoFillMapping' | 'dataExportLabels'>,
  dataSourcesById: ReadonlyMap<number, DataSource>,
  mappedSids: ReadonlySet<number> | null,
): SegmentAvailability
export function segmentAvailability(
  segment: Segment,
  destination: Pick<Destination, 'autoFillMapping' | 'dataExportLabels'>,
  dataSourcesById: ReadonlyMap<number, DataSource>,
  mappedSids: ReadonlySet<number> | null,
): SegmentAvailability {
  const conflicts = findExportConflicts(segment, destination.dataExportLabels, dataSourcesById)
  const rule = autoFillValue(destination.autoFillMapping, segment)
  return {
    mapped: mappedSids ? mappedSids.has(segment.sid) : null,
    blockedReason: conflicts.length > 0 ? conflicts.map((c) => c.message).join(' ') : null,
    refusedReason: rule.kind === 'refused' ? rule.reason : null,
  }
}
