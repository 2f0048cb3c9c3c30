import { z } from 'zod'
import { formDraftKey, readFormDraft, type FormDraft } from '../../lib/use-form-draft'
import { ROW_FIELDS, type EditMappingValues } from './edit-mapping-form'
import type { MappingInputKind } from './mapping-rules'

/**
 * Drafts of the Edit Mapping dialog (`useFormDraft`, form "mapping"), so an unsaved dialog survives a
 * reload: their stored shape, storage keys and listing. Restoring one is `mapping-draft-restore.ts`.
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
