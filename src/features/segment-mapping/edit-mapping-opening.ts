import type { Mapping, Segment } from '../../api/schemas'
import type { EditMappingValues, MappingRow } from './edit-mapping-form'
import type { EditMappingTarget } from './edit-mapping-dialog'
import { versionOfDraft, versionOfMapping, versionOfValues, type MappingVersion } from './mapping-diff'
import { applyMappingDraft, orderRowsLikeDraft, type RestoredMappingDraft } from './mapping-draft-restore'
import type { MappingInputKind } from './mapping-rules'

/**
 * What the Edit Mapping dialog starts with: its values built from the target (and a restored draft
 * on top), the version the user's changes are based on, and a review to show at once when a
 * restored draft was made on an older version of the edited mapping. Pure: the dialog computes it
 * once, when it opens.
 */

/** The version the user's changes are based on (the review compares against it) and its `updateTime`, epoch ms (sent with Save). */
export interface OpenedVersion {
  version: MappingVersion
  /** `updateTime` of that version; undefined when adding segments. */
  updateTime: number | undefined
}

/** Someone else's version of the edited mapping, under review after a stale save (or a restored older draft). */
export interface MappingConflict {
  theirs: MappingVersion
  /** Their `updateTime`, epoch ms: sent with the next Save after "Keep my changes on top of theirs". */
  updateTime: number | undefined
  /** The review came from restoring a draft made on an older version (not from a Save). */
  fromDraft: boolean
}

/** The dialog's starting point (see the top of this file). */
export interface EditMappingOpening {
  /** The form's default values: the rows of the target (in a restored draft's order), dates UTC days `yyyy-mm-dd`. */
  initial: EditMappingValues
  /** The restored draft put on top of `initial` (the form is reset to its values, so it counts as changed); null without a draft. */
  applied: ReturnType<typeof applyMappingDraft> | null
  opened: OpenedVersion
  /** Set when a restored draft edited an older version of the mapping (`baseVersion` is not its `updateTime`). */
  conflict: MappingConflict | null
}

/** How rows are built for the target (`useAutoFill`): inputs `kind`, one row per segment, or the row of an existing mapping. */
export interface OpeningRows {
  kind: MappingInputKind
  rowsForSegments: (segments: readonly Segment[]) => MappingRow[]
  rowForMapping: (mapping: Mapping) => MappingRow
}

/**
 * The Edit Mapping dialog's opening state for `target`, with `restored` (a draft being restored) on
 * top when given. Adding segments starts on `today` (UTC day `yyyy-mm-dd`) with no end date; editing
 * starts with the mapping's days (a missing start reads as `today`). A restored draft orders the rows
 * like the draft (gone segments refused), puts its typed values and dates on them and, when adding,
 * marks rows `restored.mappings` already holds (`applyMappingDraft`). A draft of the edited mapping
 * whose `baseVersion` differs from the mapping's `updateTime` opens the review: the user's changes are
 * based on the draft's `base` (when kept) and "theirs" is the mapping as it is now.
 */
export function editMappingOpening(
  rows: OpeningRows,
  target: EditMappingTarget,
  restored: RestoredMappingDraft | undefined,
  today: string,
): EditMappingOpening {
  const mapping = target.kind === 'edit' ? target.mapping : null
  let initial: EditMappingValues = mapping
    ? { rows: [rows.rowForMapping(mapping)], startDate: mapping.startDate ?? today, endDate: mapping.endDate ?? '' }
    : { rows: rows.rowsForSegments(target.kind === 'create' ? target.segments : []), startDate: today, endDate: '' }
  if (!restored) return { initial, applied: null, opened: { version: versionOfValues(initial), updateTime: mapping?.updateTime }, conflict: null }
  const draft = restored.draft
  if (!mapping) initial = { ...initial, rows: orderRowsLikeDraft(draft.values, initial.rows) }
  const applied = applyMappingDraft(rows.kind, initial, draft.values, mapping ? null : restored.mappings)
  // A draft made on an older version of the mapping: review what changed since, from the version it was made on.
  const outdated = Boolean(mapping && draft.baseVersion !== null && draft.baseVersion !== mapping.updateTime)
  const opened = outdated && draft.base
    ? { version: versionOfDraft(draft.base), updateTime: draft.baseVersion ?? undefined }
    : { version: versionOfValues(initial), updateTime: mapping?.updateTime }
  const conflict: MappingConflict | null = outdated && mapping
    ? { theirs: versionOfMapping(mapping, today), updateTime: mapping.updateTime, fromDraft: true }
    : null
  return { initial, applied, opened, conflict }
}
