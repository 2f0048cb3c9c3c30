import { DATA_EXPORT_CONTROL_TEXT, DATA_EXPORT_LABEL_TEXT, type DataExportLabel, type DataSource } from '../api/schemas'

/** One Data Export Control on a data source that matches a label of the destination. */
export interface ExportConflict {
  dataSourceId: number
  dataSourceName: string
  label: DataExportLabel
  /** Plain-language reason naming the control and the label. */
  message: string
}

/**
 * Data Export Controls (AAM user guide, "Data Export Controls"): a mapping is blocked when a control
 * on a data source of the segment's traits, or on its merge rule's data source, matches a label of
 * the destination. The segment's own data source never counts. Returns every conflict, empty when
 * none (or when `traitDataSourceIds` was not requested).
 */
export function findExportConflicts(
  segment: { dataSourceId: number; traitDataSourceIds?: number[] | null; mergeRuleDataSourceId?: number | null },
  destinationLabels: readonly DataExportLabel[],
  dataSources: ReadonlyMap<number, DataSource>,
): ExportConflict[] {
  if (destinationLabels.length === 0) return []
  const ids = new Set<number>(segment.traitDataSourceIds ?? [])
  if (segment.mergeRuleDataSourceId != null) ids.add(segment.mergeRuleDataSourceId)
  const conflicts: ExportConflict[] = []
  for (const id of [...ids].sort((a, b) => a - b)) {
    const source = dataSources.get(id)
    if (!source) continue
    for (const label of destinationLabels) {
      if (!source.dataExportRestrictions.includes(label)) continue
      conflicts.push({
        dataSourceId: id,
        dataSourceName: source.name,
        label,
        message: `Data source "${source.name}" has the control "${DATA_EXPORT_CONTROL_TEXT[label]}", which conflicts with this destination's label "${DATA_EXPORT_LABEL_TEXT[label]}".`,
      })
    }
  }
  return conflicts
}
