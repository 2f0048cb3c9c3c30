import type { QueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { isApiError } from '../../api/api-error'
import { destinationQueries } from '../../api/destinations'
import type { Mapping, Segment } from '../../api/schemas'
import { fetchSegment, segmentQueries } from '../../api/segments'
import { formatDay } from '../../lib/dates'
import { formatTimeAgo } from '../../lib/relative-time'
import { formDraftKey, readFormDraft, type FormDraft } from '../../lib/use-form-draft'
import { diffVersions, EMPTY_VALUE_TEXT, mergeOnTop, type DiffField, type DiffRow } from '../../lib/version-diff'
import { countOf, ROW_FIELD_LABELS, ROW_FIELDS, rowsAlreadyOnServer, type EditMappingValues, type MappingRow, type RowField } from './edit-mapping-form'
import type { EditMappingTarget } from './edit-mapping-dialog'
import type { MappingInputKind } from './mapping-rules'

/**
 * Drafts of the Edit Mapping dialog (`useFormDraft`, form "mapping"), so an unsaved dialog survives a
 * reload, and the stale-update review of one edited mapping.
 *
 * A draft is kept small: per row only the segment ID and the values the user can type (in
 * `ROW_FIELDS[kind]` order), never segment names or whole segment objects. Names, auto-filled values
 * and Data Export Controls are re-read when the draft is restored (`readSegmentsBySid`), so 1,000
 * rows with typical values (about 30 characters) stay around 40,000 characters of JSON, well under
 * `FORM_DRAFT_MAX_CHARS`.
 */

const INPUT_KINDS = ['url', 'cookie-value', 'cookie-key-value', 'value'] as const satisfies readonly MappingInputKind[]

/** Stored shape of an Edit Mapping draft (see the top of this file). */
export const mappingDraftSchema = z.object({
  /** Which inputs the destination had; typed values are restored only for the same kind. */
  kind: z.enum(INPUT_KINDS),
  /** The mapping being edited; null when adding segments. */
  mappingId: z.number().int().nullable(),
  /** One entry per row, in the dialog's order: `[sid, ...typed values]`; only `[sid]` for auto-filled or refused rows. */
  rows: z.array(z.tuple([z.number().int()], z.string())),
  /** UTC day `yyyy-mm-dd` as typed (may be incomplete). */
  startDate: z.string(),
  /** UTC day `yyyy-mm-dd`; '' means no end date. */
  endDate: z.string(),
  /** Segments the dialog had already created (a partial save) before the draft was written. */
  savedSids: z.array(z.number().int()),
})
export type MappingDraft = z.infer<typeof mappingDraftSchema>

/** A mapping draft found in storage, with its key. */
export interface StoredMappingDraft {
  key: string
  draft: FormDraft<MappingDraft>
}

/**
 * Storage key of an Edit Mapping draft: `formDraftKey('mapping', userId, '{destinationId}.new')` when
 * adding segments, `'{destinationId}.{mappingId}'` when editing one mapping.
 */
export function mappingDraftKey(userId: number, destinationId: number, mappingId: number | null): string {
  return formDraftKey('mapping', userId, `${destinationId}.${mappingId ?? 'new'}`)
}

/**
 * The draft of the dialog's `values`: `mappingId` null when adding. Typed values are kept for rows
 * the user can type in (not auto-filled, not refused); an edited mapping keeps its values always, so
 * a later review can compare them.
 */
export function toMappingDraft(kind: MappingInputKind, values: EditMappingValues, mappingId: number | null): MappingDraft {
  const fields = ROW_FIELDS[kind]
  return {
    kind,
    mappingId,
    rows: (values.rows ?? []).map((row): [number, ...string[]] =>
      row.refusedReason || (row.locked && mappingId === null) ? [row.sid] : [row.sid, ...fields.map((f) => row[f] ?? '')]),
    startDate: values.startDate ?? '',
    endDate: values.endDate ?? '',
    savedSids: values.savedSids ?? [],
  }
}

/** The segment IDs of a draft, in its order, each once. */
export function draftSids(draft: MappingDraft): number[] {
  return [...new Set(draft.rows.map(([sid]) => sid))]
}

/** Why a row of a restored draft is left out when its segment no longer exists. */
export const SEGMENT_GONE_REASON = 'The segment no longer exists in Audience Manager.'

/**
 * The rows of a restored draft in the draft's order: the row built for each segment (`rows`, from
 * the re-read segments or the mapping), and for a segment that no longer exists a refused row
 * named "Segment {sid}".
 */
export function orderRowsLikeDraft(draft: MappingDraft, rows: readonly MappingRow[]): MappingRow[] {
  const bySid = new Map(rows.map((r) => [r.sid, r]))
  return draftSids(draft).map((sid) => bySid.get(sid) ?? {
    sid, name: `Segment ${sid}`, traitAlias: '', valueAlias: '', url: '', secureUrl: '', locked: false, autoFilled: false, refusedReason: SEGMENT_GONE_REASON,
  })
}

/** What restoring a draft on top of freshly built rows gives. */
export interface AppliedMappingDraft {
  values: EditMappingValues
  /** Segments found already mapped with the draft's value and overlapping dates: marked saved, not created again. */
  alreadyMapped: number[]
  /** False when the destination's inputs changed since the draft (another kind): typed values were not restored. */
  valuesRestored: boolean
}

/**
 * Puts a draft on top of `pristine` (the dialog's values built from re-read segments or the current
 * mapping): the typed values on rows the user can type in, the dates, and the segments already
 * created. With `serverMappings` (adding segments), rows the destination already holds with the same
 * value and overlapping dates (`rowsAlreadyOnServer`) are marked saved, so Save does not create them
 * again.
 */
export function applyMappingDraft(
  kind: MappingInputKind,
  pristine: EditMappingValues,
  draft: MappingDraft,
  serverMappings: readonly Mapping[] | null,
): AppliedMappingDraft {
  const valuesRestored = draft.kind === kind
  const typed = new Map(draft.rows.map(([sid, ...typedValues]) => [sid, typedValues]))
  const rows = pristine.rows.map((row) => {
    const entry = typed.get(row.sid)
    if (!valuesRestored || !entry || entry.length === 0 || row.locked || row.refusedReason) return row
    const next = { ...row }
    ROW_FIELDS[kind].forEach((field, i) => { next[field] = entry[i] ?? '' })
    return next
  })
  const present = new Set(rows.map((r) => r.sid))
  const saved = new Set(draft.savedSids.filter((sid) => present.has(sid)))
  const values: EditMappingValues = { rows, startDate: draft.startDate, endDate: draft.endDate }
  const alreadyMapped: number[] = []
  if (serverMappings) {
    const pending = rows.flatMap((r, i) => (r.refusedReason || saved.has(r.sid) ? [] : [i]))
    for (const sid of rowsAlreadyOnServer(kind, values, pending, serverMappings).keys()) {
      saved.add(sid)
      alreadyMapped.push(sid)
    }
  }
  if (saved.size > 0) values.savedSids = [...saved]
  return { values, alreadyMapped, valuesRestored }
}

/**
 * Every readable Edit Mapping draft of `userId` on `destinationId` (adding and editing), newest
 * first. Drafts in another shape are removed by `readFormDraft`. Storage errors give an empty list.
 */
export function listMappingDrafts(userId: number, destinationId: number): StoredMappingDraft[] {
  const prefix = `${formDraftKey('mapping', userId, destinationId)}.`
  const keys: string[] = []
  try {
    const store = window.localStorage
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i)
      if (key?.startsWith(prefix)) keys.push(key)
    }
  } catch {
    return []
  }
  return keys
    .flatMap((key) => {
      const draft = readFormDraft(key, mappingDraftSchema)
      return draft && draft.values.rows.length > 0 ? [{ key, draft }] : []
    })
    .sort((a, b) => b.draft.savedAt - a.draft.savedAt)
}

/**
 * Reads segments one by one (`fetchOne`, e.g. `GET /v1/segments/{sid}`), at most `concurrency` (6)
 * at a time; `onProgress(done, total)` after each. A segment answered with 404 NOT_FOUND is listed in
 * `missing`.
 * @throws the first other error (the reads still running are awaited first)
 */
export async function readSegmentsBySid(
  sids: readonly number[],
  fetchOne: (sid: number) => Promise<Segment>,
  options: { concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ segments: Map<number, Segment>; missing: number[] }> {
  const segments = new Map<number, Segment>()
  const missing: number[] = []
  const failure: { error?: unknown } = {}
  let next = 0
  let done = 0
  const worker = async () => {
    while (!('error' in failure) && next < sids.length) {
      const sid = sids[next++]
      try {
        segments.set(sid, await fetchOne(sid))
      } catch (error) {
        if (isApiError(error, 'NOT_FOUND')) missing.push(sid)
        else if (!('error' in failure)) failure.error = error
      }
      options.onProgress?.(++done, sids.length)
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 6, sids.length) }, worker))
  if ('error' in failure) throw failure.error
  return { segments, missing }
}

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
export function mappingDiffFields(kind: MappingInputKind): DiffField<MappingVersion>[] {
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

/** A saved draft being restored, with what was re-read for it ("Restore" in the Segment Mappings section). */
export interface RestoredMappingDraft {
  draft: FormDraft<MappingDraft>
  /** Segments of the draft that no longer exist (404 on re-read): shown as left out. */
  missingSids: readonly number[]
  /** The destination's mappings, read just before: rows already mapped are marked and not created again. */
  mappings: readonly Mapping[]
  /** The draft edited a mapping that has been removed since: the dialog adds it again as a new mapping. */
  mappingRemoved: boolean
}

/** What the dialog says after restoring a draft: when it was made, and what changed on the server since (plain text). */
export function restoredDraftNotes(restored: RestoredMappingDraft, applied: AppliedMappingDraft, now = Date.now()): string {
  const notes = [`Your unsaved mapping from ${formatTimeAgo(restored.draft.savedAt, now)} is back.`]
  if (restored.mappingRemoved) {
    notes.push('The mapping you were editing was removed after you opened it: Save adds it again as a new mapping, with your values.')
  }
  const mapped = applied.alreadyMapped.length
  if (mapped > 0) {
    notes.push(`${countOf(mapped, 'segment')} ${mapped === 1 ? 'is' : 'are'} already mapped to this destination with these values (saved before, or by someone else): marked "Already mapped" and not created again.`)
  }
  const missing = restored.missingSids.length
  if (missing > 0) notes.push(`${countOf(missing, 'segment')} no longer ${missing === 1 ? 'exists' : 'exist'} and ${missing === 1 ? 'is' : 'are'} left out.`)
  if (!applied.valuesRestored) notes.push("The destination's mapping fields changed since, so your typed values could not be restored.")
  return notes.join(' ')
}

/** A restored draft, ready for the Edit Mapping dialog: its storage key (the dialog keeps writing there), target and draft. */
export interface MappingDraftToOpen {
  draftKey: string
  target: EditMappingTarget
  restored: RestoredMappingDraft
}

/**
 * Re-reads what a draft needs before the dialog opens with it: the data sources (Data Export
 * Controls), the destination's mappings (fresh: rows mapped meanwhile are not created again) and,
 * unless the edited mapping still exists, every segment of the draft by ID (`GET /v1/segments/{sid}`,
 * 6 at a time; names and auto-filled values come from there, a 404 marks the segment as gone). A draft
 * that edited a mapping removed since becomes an add of that segment.
 * @throws ApiError of the first failed read (the draft is left untouched)
 */
export async function prepareDraftRestore(
  queryClient: QueryClient,
  destinationId: number,
  entry: StoredMappingDraft,
  onProgress?: (done: number, total: number) => void,
): Promise<MappingDraftToOpen> {
  const { values } = entry.draft
  const [, mappings] = await Promise.all([
    queryClient.fetchQuery(segmentQueries.dataSources()),
    queryClient.fetchQuery({ ...destinationQueries.mappings(destinationId), staleTime: 0 }),
  ])
  const mapping = values.mappingId === null ? undefined : mappings.find((m) => m.mappingId === values.mappingId)
  if (mapping) {
    return { draftKey: entry.key, target: { kind: 'edit', mapping }, restored: { draft: entry.draft, missingSids: [], mappings, mappingRemoved: false } }
  }
  const sids = draftSids(values)
  const { segments, missing } = await readSegmentsBySid(sids, (sid) => fetchSegment(sid), { onProgress })
  return {
    draftKey: entry.key,
    target: { kind: 'create', segments: sids.flatMap((sid) => segments.get(sid) ?? []) },
    restored: { draft: entry.draft, missingSids: missing, mappings, mappingRemoved: values.mappingId !== null },
  }
}
