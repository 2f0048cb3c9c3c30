import type { Mapping } from '../../api/schemas'
import { formatDay } from '../../lib/dates'
import { diffVersions, EMPTY_VALUE_TEXT, mergeOnTop, type DiffField, type DiffRow } from '../../lib/version-diff'
import { ROW_FIELD_LABELS, ROW_FIELDS, type EditMappingValues, type RowField } from './edit-mapping-form'
import type { MappingDraft } from './mapping-draft'
import type { MappingInputKind } from './mapping-rules'

/**
 * The stale-update review of one edited mapping (409 `STALE_UPDATE`, `lib/version-diff.ts`): its
 * editable fields as a flat version, read from the dialog's values, a server mapping or a draft,
 * compared and merged field by field.
 */

/** One mapping's editable fields, flat, for the stale-update review: values as typed, UTC days, '' when empty. */
export type MappingVersion = Record<RowField, string> & { startDate: string; endDate: string }

/** The version in the dialog's values (its first row and the dates). */
export function versionOfValues(values: EditMappingValues): MappingVersion {
  const row = values.rows[0]
  return {
    traitAlias: row?.traitAlias ?? '', valueAlias: row?.valueAlias ?? '', url: row?.url ?? '', secureUrl: row?.secureUrl ?? '',
    startDate: values.startDate, endDate: values.endDate,
  }
}

/** A server mapping as a version; a missing start day reads as `defaultStart` (the dialog's default). */
export function versionOfMapping(mapping: Mapping, defaultStart: string): MappingVersion {
  return {
    traitAlias: mapping.traitAlias ?? '', valueAlias: mapping.valueAlias ?? '', url: mapping.url ?? '', secureUrl: mapping.secureUrl ?? '',
    startDate: mapping.startDate ?? defaultStart, endDate: mapping.endDate ?? '',
  }
}

/** The dialog's values with `version` in the first row and the dates. */
export function withVersion(values: EditMappingValues, version: MappingVersion): EditMappingValues {
  const [first, ...rest] = values.rows
  const { startDate, endDate, ...fields } = version
  return { ...values, rows: first ? [{ ...first, ...fields }, ...rest] : rest, startDate, endDate }
}

/** A draft's first row and dates as a version (fields the draft did not keep read ''). */
export function versionOfDraft(draft: MappingDraft): MappingVersion {
  const [, ...typed] = draft.rows[0] ?? [0]
  const version: MappingVersion = { traitAlias: '', valueAlias: '', url: '', secureUrl: '', startDate: draft.startDate, endDate: draft.endDate }
  ROW_FIELDS[draft.kind].forEach((field, i) => { version[field] = typed[i] ?? '' })
  return version
}

const sameText = (a: string, b: string) => a.trim() === b.trim()

/**
 * The fields the review compares, labelled as in the dialog: the kind's value column(s)
 * ("Destination Value", "Key" / "Value", "URL" / "Secure URL"), "Start Date" and "End Date" (shown
 * `MM/DD/YYYY`; an empty end reads "No end date"). Values are compared without surrounding spaces.
 */
function mappingDiffFields(kind: MappingInputKind): DiffField<MappingVersion>[] {
  const labels = ROW_FIELD_LABELS[kind]
  return [
    ...ROW_FIELDS[kind].map((field, i): DiffField<MappingVersion> => ({ field, label: labels[i], equals: sameText })),
    { field: 'startDate', label: 'Start Date', format: (v) => formatDay(v) || v || EMPTY_VALUE_TEXT },
    { field: 'endDate', label: 'End Date', format: (v) => (v ? formatDay(v) || v : 'No end date') },
  ]
}

/** The fields someone else changed in a mapping since `opened`, with their and the user's value (`diffVersions`). */
export function diffMappingVersions(kind: MappingInputKind, opened: MappingVersion, theirs: MappingVersion, mine: MappingVersion): DiffRow[] {
  return diffVersions(opened, theirs, mine, mappingDiffFields(kind))
}

/** "Keep my changes on top of theirs": `theirs` with the user's value for every field the user changed since `opened`. */
export function mergeMappingVersions(kind: MappingInputKind, opened: MappingVersion, theirs: MappingVersion, mine: MappingVersion): MappingVersion {
  return mergeOnTop(opened, theirs, mine, mappingDiffFields(kind))
}
