import { ToastQueue } from '@adobe/react-spectrum'
import { useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { isApiError } from '../../api/api-error'
import { fetchAllMappings, useInvalidateDestination } from '../../api/destinations'
import { BulkCreateError, isOutcomeUnknown, useCreateMappings, useUpdateMapping, type CreateProgress } from '../../api/mappings'
import { mappingSchema, type Destination, type Mapping } from '../../api/schemas'
import {
  countOf, rowPayload, rowsAlreadyOnServer, saveFailureHint, serverFieldToFormField, toCreatePayload, type EditMappingValues,
} from './edit-mapping-form'
import type { MappingConflict, OpenedVersion } from './edit-mapping-opening'
import { mergeMappingVersions, versionOfMapping, versionOfValues, withVersion } from './mapping-diff'
import type { MappingInputKind } from './mapping-rules'
import type { SaveError } from './save-error-alert'
import type { DuplicateCheck } from './use-duplicate-check'

/** What a review or "Add as a new mapping" did, shown next to Save (`SaveNotice`). */
export interface SaveNoticeText {
  title: string
  message: string
}

/** What `useEditMappingSave` works on; the dialog owns `editing` and `opened` (its draft is kept against them). */
export interface EditMappingSaveOptions {
  destination: Destination
  form: UseFormReturn<EditMappingValues>
  kind: MappingInputKind
  /** The mapping being edited; null when adding segments. */
  editing: Mapping | null
  /** Called with null by "Add as a new mapping" (the edited mapping was removed). */
  setEditing: (mapping: Mapping | null) => void
  /** The version the user's changes are based on and its `updateTime` (sent with an update). */
  opened: OpenedVersion
  /** Called when a review moves the base to their version. */
  setOpened: (opened: OpenedVersion) => void
  /** The review to show at once (a restored draft of an older version), or null. */
  initialConflict: MappingConflict | null
  /** The duplicate check Save waits for. */
  duplicates: Pick<DuplicateCheck, 'checking' | 'ready'>
  /** After a successful save (the toast is shown): delete the draft and close. */
  onSaved: () => void
  /** After "Take their version": delete the draft. */
  onTheirsTaken: () => void
}

/**
 * The Save flows of the Edit Mapping dialog and what it renders of them.
 *
 * `save()`: first the destination's mapping list for the duplicate check (`duplicates.ready`; nothing
 * is sent when it fails), then the form's validation, then:
 * - adding: the savable rows in `bulk-create` requests of 500 (`useCreateMappings`), with `progress`
 *   ({ created, total }) meanwhile. After a `BulkCreateError`, the chunks before the failed one count
 *   as saved (`savedSids` in the form values) and `saveError.partial` names what was saved and what
 *   was not; the next Save sends only the rest. When the outcome is unknown (network, 5xx) or the
 *   server answered DUPLICATE_MAPPING, the next Save first re-reads the destination's mappings
 *   (`fetchAllMappings`, `rowsAlreadyOnServer`) so nothing is created twice; if that read fails,
 *   nothing is sent and `saveError` says so.
 * - editing: one update with `opened.updateTime`. A 409 STALE_UPDATE with `current` sets `conflict`
 *   (their version, for `VersionConflictReview`); a 404 NOT_FOUND sets `removed`; both refresh the
 *   destination's cached views.
 * Server `details[].field` errors are put on their form fields (`serverFieldToFormField`); the others
 * are listed in `saveError.details`, with a hint of what to do (`saveFailureHint`). On success a toast
 * says what was saved, then `onSaved`.
 *
 * `keepMine` / `takeTheirs` resolve `conflict`; `addAsNew` turns a removed mapping into a new one;
 * each leaves a `notice`. `pending`: a save request is on its way (not the list read: `duplicates.checking`).
 */
export function useEditMappingSave({
  destination, form, kind, editing, setEditing, opened, setOpened, initialConflict, duplicates, onSaved, onTheirsTaken,
}: EditMappingSaveOptions) {
  const [conflict, setConflict] = useState(initialConflict)
  /** The PUT answered 404: the mapping was removed after the dialog opened. */
  const [removed, setRemoved] = useState(false)
  /** What the last review or "Add as a new mapping" did, shown next to Save until the next save. */
  const [notice, setNotice] = useState<SaveNoticeText | null>(null)
  const [saveError, setSaveError] = useState<SaveError | null>(null)
  // The last create failed in a way that may have created some rows after all: re-read before sending.
  const [checkServerFirst, setCheckServerFirst] = useState(false)
  const [progress, setProgress] = useState<CreateProgress | null>(null)
  const invalidate = useInvalidateDestination(destination.destinationId)
  const create = useCreateMappings(destination.destinationId)
  const update = useUpdateMapping(destination.destinationId)
  const pending = form.formState.isSubmitting || create.isPending || update.isPending
  const markSaved = (next: ReadonlySet<number>) => form.setValue('savedSids', [...next])

  /** Puts `details` on their rows (indexes count from `rowIndexes[0]`) and shows the alert. */
  const showServerError = (error: unknown, rowIndexes: readonly number[], outcomeUnknown: boolean, partial?: SaveError['partial']) => {
    const unplaced: string[] = []
    let placed = 0
    if (isApiError(error)) {
      for (const detail of error.details) {
        const name = serverFieldToFormField(detail.field, kind, rowIndexes)
        if (name) {
          form.setError(name, { type: 'server', message: detail.message })
          placed++
        } else unplaced.push(`${detail.field}: ${detail.message}`)
      }
    }
    setSaveError({
      message: error instanceof Error ? error.message : 'The request failed.',
      hint: saveFailureHint(error, outcomeUnknown, placed > 0),
      details: unplaced,
      partial,
    })
  }

  const finish = (count: number) => {
    ToastQueue.positive(`${countOf(count, 'segment')} mapped to ${destination.name}`, { timeout: 5000 })
    onSaved()
  }

  const saveNew = async (values: EditMappingValues) => {
    let saved: ReadonlySet<number> = new Set(values.savedSids ?? [])
    if (checkServerFirst) {
      // The last request may have been applied: see what the destination holds before sending again.
      const pendingIndexes = toCreatePayload(kind, values).rowIndexes
      try {
        const onServer = rowsAlreadyOnServer(kind, values, pendingIndexes, await fetchAllMappings(destination.destinationId))
        if (onServer.size > 0) {
          saved = new Set([...saved, ...onServer.keys()])
          markSaved(saved)
        }
        setCheckServerFirst(false)
      } catch (error) {
        setSaveError({
          message: `Could not check which segments the destination already has: ${error instanceof Error ? error.message : 'the request failed.'}`,
          hint: 'Nothing was sent. Check your connection, then select Save again.',
          details: [],
        })
        return
      }
    }
    const { mappings, rowIndexes } = toCreatePayload(kind, { ...values, savedSids: [...saved] })
    if (mappings.length === 0) {
      finish(saved.size)
      return
    }
    setProgress({ created: 0, total: mappings.length })
    try {
      const created = await create.mutateAsync({ mappings, onProgress: setProgress })
      finish(saved.size + (created.length || mappings.length))
    } catch (error) {
      if (!(error instanceof BulkCreateError)) {
        showServerError(error, rowIndexes, isOutcomeUnknown(error))
        setCheckServerFirst(isOutcomeUnknown(error))
        return
      }
      // Every chunk before the failed one was created (bulk-create is all or nothing per request).
      const next = new Set(saved)
      for (const index of rowIndexes.slice(0, error.failedFrom)) next.add(values.rows[index].sid)
      markSaved(next)
      setCheckServerFirst(error.outcomeUnknown || isApiError(error.error, 'DUPLICATE_MAPPING'))
      const savableRows = values.rows.filter((r) => !r.refusedReason)
      const partial = next.size > 0
        ? { saved: savableRows.filter((r) => next.has(r.sid)).map((r) => r.name), notSaved: savableRows.filter((r) => !next.has(r.sid)).map((r) => r.name) }
        : undefined
      showServerError(error.error, rowIndexes.slice(error.failedFrom, error.failedFrom + error.failedCount), error.outcomeUnknown, partial)
    } finally {
      setProgress(null)
    }
  }

  const submit = form.handleSubmit(async (values) => {
    setSaveError(null)
    setNotice(null)
    if (!editing) {
      await saveNew(values)
      return
    }
    setConflict(null)
    const mapping = {
      sid: editing.sid, traitType: 'SEGMENT' as const, startDate: values.startDate, endDate: values.endDate || null,
      ...rowPayload(kind, values.rows[0]), updateTime: opened.updateTime,
    }
    update.mutate({ mappingId: editing.mappingId, mapping }, {
      onSuccess: () => { ToastQueue.positive(`Mapping for ${editing.elementName ?? editing.sid} updated`, { timeout: 5000 }); onSaved() },
      onError: (error) => {
        const current = isApiError(error, 'STALE_UPDATE') ? mappingSchema.safeParse(error.current).data : undefined
        if (current) {
          setConflict({ theirs: versionOfMapping(current, values.startDate), updateTime: current.updateTime, fromDraft: false })
          void invalidate()
        } else if (isApiError(error, 'NOT_FOUND')) {
          setRemoved(true)
          void invalidate()
        } else showServerError(error, [0], isOutcomeUnknown(error))
      },
    })
  })

  /** Save (see the hook's docstring); ignored while a save or the list read is on its way. */
  const save = async () => {
    if (pending || duplicates.checking) return
    if (await duplicates.ready()) await submit()
  }

  /** "Keep my changes on top of theirs": their version (and `updateTime`) with the fields the user changed; waits for Save. */
  const keepMine = () => {
    if (!conflict) return
    const current = form.getValues()
    const merged = mergeMappingVersions(kind, opened.version, conflict.theirs, versionOfValues(current))
    const theirs = withVersion(current, conflict.theirs)
    form.reset(theirs)
    form.reset(withVersion(theirs, merged), { keepDefaultValues: true })
    setOpened({ version: conflict.theirs, updateTime: conflict.updateTime })
    setConflict(null)
    setNotice({ title: 'Not saved yet', message: 'Their version is loaded with your changes on top. Check the values, then select Save.' })
  }

  /** "Take their version": the dialog shows what is saved now; the user's changes and the draft are dropped. */
  const takeTheirs = () => {
    if (!conflict) return
    form.reset(withVersion(form.getValues(), conflict.theirs))
    setOpened({ version: conflict.theirs, updateTime: conflict.updateTime })
    setConflict(null)
    onTheirsTaken()
    setNotice({ title: 'Their version is loaded', message: 'Your changes were discarded. The dialog shows what is saved now.' })
  }

  /** After a 404: the same segment, values and dates become a new mapping (sent with the next Save). */
  const addAsNew = () => {
    const name = editing?.elementName ?? `Segment ${editing?.sid ?? ''}`
    setEditing(null)
    setRemoved(false)
    form.clearErrors()
    setNotice({ title: 'Not saved yet', message: `Select Save to add ${name} to ${destination.name} again as a new mapping, with your values and dates.` })
  }

  return { pending, saveError, progress, conflict, removed, notice, save, keepMine, takeTheirs, addAsNew }
}
