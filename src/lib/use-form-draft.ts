import { useCallback, useEffect, useRef, useState } from 'react'
import { z } from 'zod'

/**
 * Unsaved-form drafts in localStorage, so a reload or a closed tab does not lose what was typed.
 *
 * Key: `destination-editor.draft.{form}.{userId}.{recordId}` (see `formDraftKey`): one draft per
 * form, signed-in user (AAM `uid`) and record (e.g. a destination ID, or "new" on create), so users
 * sharing a browser never see each other's drafts.
 *
 * Stored value (JSON, `FORM_DRAFT_FORMAT` 1):
 * `{ format: 1, savedAt, baseVersion, values, base }` where `savedAt` is epoch ms of the write,
 * `values` the form's values, `base` the values of the version the form was opened on (null when
 * unknown) and `baseVersion` that version's `updateTime` (epoch ms; null on create). `values` and
 * `base` are checked with the caller's zod schema on read: a value that is not JSON or does not match
 * (an older app version, a hand-edited entry) is removed and treated as "no draft".
 *
 * Size limit: a draft longer than `FORM_DRAFT_MAX_CHARS` characters (JSON) is not stored, and the
 * older draft under that key is removed so it is never offered in place of newer input.
 *
 * Storage errors (localStorage blocked, private mode, quota exceeded) are caught and ignored: the form
 * keeps working, only without a draft.
 */

/** The longest draft kept, in characters of JSON (localStorage holds about 5 million per origin). */
export const FORM_DRAFT_MAX_CHARS = 100_000
/** Version of the stored shape; a draft in another shape is dropped. */
export const FORM_DRAFT_FORMAT = 1
const PREFIX = 'destination-editor.draft'

/** A form's saved draft as read back from storage. */
export interface FormDraft<T> {
  /** The form's values when the draft was written. */
  values: T
  /** The values of the version the form was opened on, or null when unknown. */
  base: T | null
  /** `updateTime` (epoch ms) of the version the form was opened on; null on create. */
  baseVersion: number | null
  /** When the draft was written, epoch ms. */
  savedAt: number
}

/** The storage key of one form's draft: `destination-editor.draft.{form}.{userId}.{recordId}`. */
export function formDraftKey(form: string, userId: number | string, recordId: number | string): string {
  return `${PREFIX}.${form}.${userId}.${recordId}`
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

/** Removes the draft under `key`. Never throws. */
export function removeFormDraft(key: string): void {
  try {
    storage()?.removeItem(key)
  } catch {
    // Storage blocked: there is nothing we could remove anyway.
  }
}

/**
 * Reads the draft under `key`, checking `values` and `base` with `schema`. Returns null when there is
 * none, when storage is blocked, or when the stored value is not JSON or not in the expected shape
 * (that value is removed). Never throws.
 */
export function readFormDraft<T>(key: string, schema: z.ZodType<T>): FormDraft<T> | null {
  let text: string | null
  try {
    text = storage()?.getItem(key) ?? null
  } catch {
    return null
  }
  if (text === null) return null
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    removeFormDraft(key)
    return null
  }
  const parsed = z
    .object({
      format: z.literal(FORM_DRAFT_FORMAT),
      savedAt: z.number().finite(),
      baseVersion: z.number().finite().nullable(),
      values: schema,
      base: schema.nullable(),
    })
    .safeParse(json)
  if (!parsed.success) {
    removeFormDraft(key)
    return null
  }
  const { values, base, baseVersion, savedAt } = parsed.data
  return { values: values as T, base: base as T | null, baseVersion, savedAt }
}

/**
 * Writes `draft` under `key`. Returns false (and removes any older draft under `key`) when the JSON
 * is longer than `maxChars`; false when storage refuses (blocked, quota exceeded). Never throws.
 */
export function writeFormDraft<T>(key: string, draft: FormDraft<T>, maxChars = FORM_DRAFT_MAX_CHARS): boolean {
  let text: string
  try {
    text = JSON.stringify({ format: FORM_DRAFT_FORMAT, ...draft })
  } catch {
    return false
  }
  if (text.length > maxChars) {
    removeFormDraft(key)
    return false
  }
  try {
    const store = storage()
    if (!store) return false
    store.setItem(key, text)
    return true
  } catch {
    return false
  }
}

export interface UseFormDraftOptions<T> {
  /** Storage key (`formDraftKey`); null keeps no draft (e.g. while the user is not known yet). */
  key: string | null
  /** The form's current values. Pass a stable reference (react-hook-form's `useWatch` result). */
  values: T
  /** True while the form differs from what it was opened with: only then is a draft written. */
  isDirty: boolean
  /** Checks stored `values` and `base` on read. */
  schema: z.ZodType<T>
  /** Values of the version the form was opened on, stored with the draft for a later review. */
  base?: T | null
  /** `updateTime` (epoch ms) of that version; null or omitted on create. */
  baseVersion?: number | null
  /** Wait after the last change before writing, in ms (default 500). Leaving the page writes at once. */
  delayMs?: number
  /** Longest draft kept, in characters of JSON (default `FORM_DRAFT_MAX_CHARS`). */
  maxChars?: number
}

export interface FormDraftControls<T> {
  /** The draft found when the form opened, offered until `restore` or `discard`; never applied by the hook. */
  offered: FormDraft<T> | null
  /** Stops offering the draft and returns it, for the form to apply. */
  restore: () => FormDraft<T> | null
  /** Stops offering the draft and deletes it (the form's current input is written again if dirty). */
  discard: () => void
  /** Deletes the stored draft and any pending write: after a successful save, or when the user leaves without saving. */
  clear: () => void
}

/**
 * Keeps a draft of a form's unsaved input in localStorage (see the top of this file for the key,
 * stored shape, size limit and error handling). While `isDirty`, writes `values` `delayMs` after the
 * last change, and at once when the page is hidden (reload, tab closed); when the form is no longer
 * dirty, removes the draft it wrote. A draft found on mount is only offered (`offered`): the form
 * asks the user and calls `restore` or `discard`. Call `clear` after a successful save and when the
 * user confirms leaving without saving.
 */
export function useFormDraft<T>({
  key, values, isDirty, schema, base = null, baseVersion = null, delayMs = 500, maxChars = FORM_DRAFT_MAX_CHARS,
}: UseFormDraftOptions<T>): FormDraftControls<T> {
  const [found, setFound] = useState(() => ({ key, draft: key ? readFormDraft(key, schema) : null }))
  // A new key (another user or record) reads that key's draft; React's "adjust state on prop change".
  if (found.key !== key) setFound({ key, draft: key ? readFormDraft(key, schema) : null })
  const offered = found.key === key ? found.draft : null
  /** The write waiting for its delay, flushed when the page is hidden or the form unmounts. */
  const pending = useRef<{ key: string; draft: FormDraft<T> } | null>(null)
  /** This form wrote the draft under the current key (so it may remove it when the input is back to unchanged). */
  const wrote = useRef(false)
  const [generation, setGeneration] = useState(0)

  const flush = useCallback(() => {
    const next = pending.current
    pending.current = null
    if (next && writeFormDraft(next.key, next.draft, maxChars)) wrote.current = true
  }, [maxChars])

  useEffect(() => {
    if (!key) return
    if (!isDirty) {
      pending.current = null
      if (wrote.current) removeFormDraft(key)
      wrote.current = false
      return
    }
    pending.current = { key, draft: { values, base, baseVersion, savedAt: Date.now() } }
    const timer = setTimeout(flush, delayMs)
    return () => clearTimeout(timer)
  }, [key, values, isDirty, base, baseVersion, delayMs, flush, generation])

  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush])

  const clear = useCallback(() => {
    pending.current = null
    wrote.current = false
    if (key) removeFormDraft(key)
  }, [key])

  const restore = useCallback(() => {
    setFound({ key, draft: null })
    return offered
  }, [key, offered])

  const discard = useCallback(() => {
    clear()
    setFound({ key, draft: null })
    // Input typed since the page opened is still unsaved: write it again.
    setGeneration((g) => g + 1)
  }, [clear, key])

  return { offered, restore, discard, clear }
}
