import type { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../../api/api-error'
import { destinationQueries } from '../../api/destinations'
import type { Mapping, Segment } from '../../api/schemas'
import { fetchSegment, segmentQueries } from '../../api/segments'
import { formatTimeAgo } from '../../lib/relative-time'
import type { FormDraft } from '../../lib/use-form-draft'
import { countOf, ROW_FIELDS, rowsAlreadyOnServer, type EditMappingValues, type MappingRow } from './edit-mapping-form'
import type { EditMappingTarget } from './edit-mapping-dialog'
import { draftSids, type MappingDraft, type StoredMappingDraft } from './mapping-draft'
import type { MappingInputKind } from './mapping-rules'

/**
 * Restoring an Edit Mapping draft (`mapping-draft.ts`): re-reading what the draft does not keep (the
 * segments by ID, the data sources, the destination's mappings), putting the draft on top of the
 * rows built from them, skipping segments mapped meanwhile, and the note the dialog shows after.
 */

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
interface AppliedMappingDraft {
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
