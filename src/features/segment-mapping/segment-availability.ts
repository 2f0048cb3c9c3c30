import type { DataSource, Destination, Segment } from '../../api/schemas'
import { autoFillValue } from '../../domain/auto-fill'
import { findExportConflicts } from '../../domain/export-controls'

/** Whether a segment can be added to a destination, and why not (segment picker markers). */
export interface SegmentAvailability {
  /** Already mapped to this destination (still addable: AAM allows several mappings per segment). */
  mapped: boolean
  /** Data Export Controls conflict, naming the control and the label; null when none. */
  blockedReason: string | null
  /** The auto-fill rule refuses the segment (no integration code); null when it does not. */
  refusedReason: string | null
}

/**
 * Availability of `segment` for `destination`: export-control conflicts (`findExportConflicts`
 * with the trait data sources of the segment) and the auto-fill rule's refusal. Pure.
 */
export function segmentAvailability(
  segment: Segment,
  destination: Pick<Destination, 'autoFillMapping' | 'dataExportLabels'>,
  dataSourcesById: ReadonlyMap<number, DataSource>,
  mappedSids: ReadonlySet<number>,
): SegmentAvailability {
  const conflicts = findExportConflicts(segment, destination.dataExportLabels, dataSourcesById)
  const rule = autoFillValue(destination.autoFillMapping, segment)
  return {
    mapped: mappedSids.has(segment.sid),
    blockedReason: conflicts.length > 0 ? conflicts.map((c) => c.message).join(' ') : null,
    refusedReason: rule.kind === 'refused' ? rule.reason : null,
  }
}
