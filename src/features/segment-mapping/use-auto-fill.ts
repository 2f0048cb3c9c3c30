import { useCallback, useMemo } from 'react'
import type { DataSource, Destination, Mapping, Segment } from '../../api/schemas'
import { autoFillValue, differsFromAutoFill, resolveMappingValue } from '../../domain/auto-fill'
import { findExportConflicts } from '../../domain/export-controls'
import type { MappingRow } from './edit-mapping-form'
import { autoFillField, mappingInputKind, type MappingInputKind } from './mapping-rules'

const EMPTY_ROW = { traitAlias: '', valueAlias: '', url: '', secureUrl: '' }

/**
 * Bridges the pure auto-fill rule (`domain/auto-fill.ts`, product spec 3) to the Edit Mapping form.
 * It runs only when rows are created (segments added, a mapping opened for editing), never from an
 * effect watching the form, so a value the user typed is never rewritten.
 *
 * - `rowsForSegments(segments)`: one row per segment. `SEGMENT_ID` / `INTEGRATION_CODE` fill the
 *   value (read-only, marked "Auto-filled"); a segment the rule refuses (no integration code) or that
 *   Data Export Controls block gets `refusedReason` and is left out of Save.
 * - `rowForMapping(mapping)`: the existing values, kept as they are (auto-fill never rewrites
 *   existing mappings); read-only under auto-fill, marked only when still equal to the rule's value.
 *
 * `dataSourcesById` may be empty while data sources load; export conflicts are then not checked here
 * (the server still refuses them with 409 EXPORT_CONTROL_CONFLICT).
 */
export function useAutoFill(destination: Destination, dataSourcesById: ReadonlyMap<number, DataSource>) {
  const mode = destination.autoFillMapping
  const kind: MappingInputKind = mappingInputKind(destination)
  const field = autoFillField(kind)
  const labels = destination.dataExportLabels

  const rowsForSegments = useCallback(
    (segments: readonly Segment[]): MappingRow[] =>
      segments.map((segment) => {
        const conflicts = findExportConflicts(segment, labels, dataSourcesById)
        const rule = field ? autoFillValue(mode, segment) : ({ kind: 'manual' } as const)
        const row: MappingRow = { sid: segment.sid, name: segment.name, ...EMPTY_ROW, locked: false, autoFilled: false, refusedReason: '' }
        if (conflicts.length > 0) row.refusedReason = `Blocked by Data Export Controls. ${conflicts.map((c) => c.message).join(' ')}`
        else if (rule.kind === 'refused') row.refusedReason = rule.reason
        if (field && rule.kind === 'filled') {
          row[field] = resolveMappingValue(mode, segment, { value: row[field], typedByUser: false })
          row.locked = true
          row.autoFilled = true
        }
        return row
      }),
    [mode, field, labels, dataSourcesById],
  )

  const rowForMapping = useCallback(
    (mapping: Mapping): MappingRow => {
      const locked = field !== null && mode !== 'NONE'
      const value = field ? (mapping[field] ?? '') : ''
      return {
        sid: mapping.sid,
        name: mapping.elementName ?? `Segment ${mapping.sid}`,
        traitAlias: mapping.traitAlias ?? '',
        valueAlias: mapping.valueAlias ?? '',
        url: mapping.url ?? '',
        secureUrl: mapping.secureUrl ?? '',
        locked,
        // Integration codes are not on the mapping; only a segment-ID value can be re-checked here.
        autoFilled: locked && (mode !== 'SEGMENT_ID' || !differsFromAutoFill(mode, mapping, value)),
        refusedReason: '',
      }
    },
    [mode, field],
  )

  return useMemo(() => ({ kind, mode, rowsForSegments, rowForMapping }), [kind, mode, rowsForSegments, rowForMapping])
}
