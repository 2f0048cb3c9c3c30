import {
  Button, ButtonGroup, Content, DatePicker, Dialog, Divider, Flex, Footer, Form, Heading, InlineAlert, LabeledValue, Text,
  ToastQueue,
} from '@adobe/react-spectrum'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { Controller, useFieldArray, useForm, useWatch, type Resolver } from 'react-hook-form'
import { isApiError } from '../../api/api-error'
import { fetchAllMappings, useInvalidateDestination } from '../../api/destinations'
import { BulkCreateError, isOutcomeUnknown, useCreateMappings, useUpdateMapping, type CreateProgress } from '../../api/mappings'
import { mappingSchema, type Destination, type Mapping, type Segment } from '../../api/schemas'
import { VersionConflictReview } from '../../components/version-conflict-review'
import { fromCalendarDate, todayUtcDate, toCalendarDate } from '../../lib/calendar-dates'
import { formatTimeAgo } from '../../lib/relative-time'
import { useFormDraft } from '../../lib/use-form-draft'
import {
  countOf, editMappingSchema, rowPayload, rowProblems, rowsAlreadyOnServer, saveFailureHint, serverFieldToFormField,
  toCreatePayload, type EditMappingValues,
} from './edit-mapping-form'
import {
  diffMappingVersions, mergeMappingVersions, versionOfDraft, versionOfMapping, versionOfValues, withVersion, type MappingVersion,
} from './mapping-diff'
import { mappingDraftSchema, toMappingDraft } from './mapping-draft'
import { applyMappingDraft, orderRowsLikeDraft, restoredDraftNotes, type RestoredMappingDraft } from './mapping-draft-restore'
import { MappingListAlert } from './mapping-list-alert'
import { MappingRowsTable } from './mapping-row-fields'
import { MappingRemovedAlert, RowProblemList, SaveErrorAlert, SaveNotice, type SaveError } from './save-error-alert'
import { useAutoFill } from './use-auto-fill'
import { ensureDestinationMappings, useDataSourcesById } from './use-mapping-lookups'
import type { MappingInputKind } from './mapping-rules'

/** What the dialog edits: new mappings for picked segments, or one existing mapping. */
export type EditMappingTarget = { kind: 'create'; segments: readonly Segment[] } | { kind: 'edit'; mapping: Mapping }

interface EditMappingDialogProps {
  destination: Destination
  target: EditMappingTarget
  onClose: () => void
  /**
   * Set by the dialog: called when the container wants to dismiss it (Escape). Returns true when it
   * may close now; with unsaved changes it asks first and returns false.
   */
  closeGuardRef?: RefObject<(() => boolean) | null>
  /**
   * Where the dialog keeps its unsaved input across reloads (`mappingDraftKey`: user, destination and,
   * when editing, mapping ID); null or omitted keeps no draft.
   */
  draftKey?: string | null
  /** Opened by "Restore" on a saved draft: the dialog starts with the draft on top of `target`. */
  restored?: RestoredMappingDraft
}

/** Someone else's version of the edited mapping, under review after a stale save (or a restored older draft). */
interface Conflict {
  theirs: MappingVersion
  /** Their `updateTime`, epoch ms: sent with the next Save after "Keep my changes on top of theirs". */
  updateTime: number | undefined
  /** The review came from restoring a draft made on an older version (not from a Save). */
  fromDraft: boolean
}

const NO_SIDS: ReadonlySet<number> = new Set()

/** The form's resolver and the destination's mappings its duplicate check runs against. */
interface DuplicateChecker {
  /** `editMappingSchema` against the mappings given to `checkAgainst` (none before). */
  resolver: Resolver<EditMappingValues>
  /** Whether the destination's mappings were given yet. */
  hasMappings: () => boolean
  /** The destination's mappings to check against from now on (the mapping being edited is left out). */
  checkAgainst: (mappings: readonly Mapping[]) => void
}

/** A `DuplicateChecker` for inputs `kind`, editing mapping `editedId` (null when adding), starting with `mappings` when known. */
function duplicateChecker(kind: MappingInputKind, editedId: number | null, mappings: readonly Mapping[] | null): DuplicateChecker {
  const build = (list: readonly Mapping[]) =>
    zodResolver(editMappingSchema(kind, list.filter((m) => m.mappingId !== editedId))) as Resolver<EditMappingValues>
  let known = mappings !== null
  let resolve = build(mappings ?? [])
  return {
    resolver: (values, context, options) => resolve(values, context, options),
    hasMappings: () => known,
    checkAgainst: (list) => {
      known = true
      resolve = build(list)
    },
  }
}

/**
 * The "Edit Mapping" dialog (AAM reference 3.2): the segments in one virtualized table
 * (`MappingRowsTable`: manual values typed per row, auto-filled ones read-only) and one "Start Date" /
 * "End Date" pair (UTC days, start defaults to today in UTC) for all rows. "Save" creates the
 * mappings in `bulk-create` requests of 500 (`useCreateMappings`), or sends one update with the
 * mapping's `updateTime`. On failure the dialog stays open with everything chosen and typed: server
 * `details[].field` errors land on their rows (listed above the table, each link scrolls to its row),
 * and after a partial save it names what was saved and what was not. Save again sends only the
 * missing rows; when the last failure's outcome is unknown (network, 5xx) or was a duplicate, it
 * first re-reads the destination's mappings so nothing is created twice.
 *
 * Duplicates (same segment, value and overlapping dates) are refused on the rows, checked against
 * the destination's full mapping list as the first Save finds it (`ensureDestinationMappings`:
 * loading starts when the dialog opens; a restored draft brings the list it was checked against). Save waits
 * for that list ("Checking…", Save pending) rather than deciding without it; when it cannot be
 * loaded, an alert beside Save says so with "Retry" and nothing typed is lost.
 *
 * Drafts (`useFormDraft` under `draftKey`): while something is typed or changed (or rows are left
 * after a partial save), the rows (segment IDs and typed values, `toMappingDraft`) and the dates are
 * kept in localStorage. The draft is deleted after a successful save, on "Discard changes" and when
 * the dialog closes with nothing typed; the Segment Mappings section offers it after a reload and
 * opens the dialog with `restored` (rows already mapped meanwhile are marked and not created again).
 *
 * Editing one mapping sends the `updateTime` of the version the dialog is based on. A 409
 * STALE_UPDATE with `current` shows `VersionConflictReview` (value, Start Date, End Date: theirs and
 * the user's): "Keep my changes on top of theirs" loads their version with the user's changed fields
 * on top and waits for Save; "Take their version" discards the user's changes. A 404 (the mapping
 * was removed meanwhile) says so and offers to add it again as a new mapping with the typed values.
 */
export function EditMappingDialog({ destination, target, onClose, closeGuardRef, draftKey = null, restored }: EditMappingDialogProps) {
  const { dataSourcesById } = useDataSourcesById()
  const autoFill = useAutoFill(destination, dataSourcesById)
  const { kind } = autoFill
  /** The mapping being edited; null when adding segments, also after "Add as a new mapping" (it was removed). */
  const [editing, setEditing] = useState(target.kind === 'edit' ? target.mapping : null)
  const [opening] = useState(() => {
    const today = todayUtcDate().toString()
    const mapping = target.kind === 'edit' ? target.mapping : null
    let initial: EditMappingValues = mapping
      ? { rows: [autoFill.rowForMapping(mapping)], startDate: mapping.startDate ?? today, endDate: mapping.endDate ?? '' }
      : { rows: autoFill.rowsForSegments(target.kind === 'create' ? target.segments : []), startDate: today, endDate: '' }
    if (!restored) return { initial, applied: null, opened: { version: versionOfValues(initial), updateTime: mapping?.updateTime }, conflict: null }
    const draft = restored.draft
    if (!mapping) initial = { ...initial, rows: orderRowsLikeDraft(draft.values, initial.rows) }
    const applied = applyMappingDraft(kind, initial, draft.values, mapping ? null : restored.mappings)
    // A draft made on an older version of the mapping: review what changed since, from the version it was made on.
    const outdated = Boolean(mapping && draft.baseVersion !== null && draft.baseVersion !== mapping.updateTime)
    const opened = outdated && draft.base
      ? { version: versionOfDraft(draft.base), updateTime: draft.baseVersion ?? undefined }
      : { version: versionOfValues(initial), updateTime: mapping?.updateTime }
    const conflict: Conflict | null = outdated && mapping
      ? { theirs: versionOfMapping(mapping, today), updateTime: mapping.updateTime, fromDraft: true }
      : null
    return { initial, applied, opened, conflict }
  })
  const { initial } = opening
  // The destination's mappings the duplicate check uses: read by the first Save (or with a restored
  // draft); loading starts when the dialog opens, unless they are cached already.
  const queryClient = useQueryClient()
  const { destinationId } = destination
  const ensureMappings = useCallback(() => ensureDestinationMappings(queryClient, destinationId), [queryClient, destinationId])
  useEffect(() => { ensureMappings().catch(() => {}) }, [ensureMappings]) // a failure is shown when Save needs the list
  const [duplicates] = useState(() => duplicateChecker(kind, target.kind === 'edit' ? target.mapping.mappingId : null, restored ? restored.mappings : null))
  const { resolver } = duplicates
  /** Save is waiting for the mapping list; or why it could not be read. */
  const [checking, setChecking] = useState(false)
  const [listError, setListError] = useState<unknown>(null)
  const form = useForm<EditMappingValues>({ defaultValues: initial, resolver, shouldFocusError: false })
  // A restored draft goes on top of the rows as they are now, so the dialog counts as changed.
  useEffect(() => {
    if (opening.applied) form.reset(opening.applied.values, { keepDefaultValues: true })
  }, [form, opening])
  /** The version the user's changes are based on (the opened one, until a review moves it) and its `updateTime`. */
  const [opened, setOpened] = useState(opening.opened)
  const [conflict, setConflict] = useState<Conflict | null>(opening.conflict)
  /** The PUT answered 404: the mapping was removed after the dialog opened. */
  const [removed, setRemoved] = useState(false)
  /** What the last review or "Add as a new mapping" did, shown next to Save until the next save. */
  const [notice, setNotice] = useState<{ title: string; message: string } | null>(null)
  const invalidate = useInvalidateDestination(destination.destinationId)
  // Segment IDs created by this dialog so far (a partial save), kept in the form values.
  const savedList = useWatch({ control: form.control, name: 'savedSids' })
  const savedSids = useMemo<ReadonlySet<number>>(() => (savedList?.length ? new Set(savedList) : NO_SIDS), [savedList])
  const markSaved = (next: ReadonlySet<number>) => form.setValue('savedSids', [...next])
  const { fields, remove } = useFieldArray({ control: form.control, name: 'rows' })
  const [saveError, setSaveError] = useState<SaveError | null>(null)
  // The last create failed in a way that may have created some rows after all: re-read before sending.
  const [checkServerFirst, setCheckServerFirst] = useState(false)
  const [progress, setProgress] = useState<CreateProgress | null>(null)
  const create = useCreateMappings(destination.destinationId)
  const update = useUpdateMapping(destination.destinationId)
  const pending = form.formState.isSubmitting || create.isPending || update.isPending
  const savable = fields.filter((f) => !f.refusedReason).length
  const unsaved = fields.filter((f) => !f.refusedReason && !savedSids.has(f.sid)).length
  const startDate = useWatch({ control: form.control, name: 'startDate' })
  const [confirmDiscard, setConfirmDiscard] = useState(false)
  const isDirty = form.formState.isDirty
  const partlySaved = savedSids.size > 0 && unsaved > 0
  const mappingId = editing?.mappingId ?? null
  const watched = useWatch({ control: form.control }) as EditMappingValues
  const draftValues = useMemo(() => toMappingDraft(kind, watched, mappingId), [kind, watched, mappingId])
  const draftBase = useMemo(
    () => (mappingId === null ? null : toMappingDraft(kind, withVersion(initial, opened.version), mappingId)),
    [kind, initial, opened, mappingId],
  )
  const draft = useFormDraft({
    key: draftKey, values: draftValues, isDirty: isDirty || partlySaved, schema: mappingDraftSchema,
    base: draftBase, baseVersion: mappingId === null ? null : (opened.updateTime ?? null),
  })
  // An older draft under the same key that this dialog was not opened from (the section offers it):
  // typing here replaces it, so say so, and closing untouched leaves it in place.
  const [olderDraft] = useState(() => (restored ? null : draft.offered))
  const revealRef = useRef<((index: number) => void) | null>(null)
  const alertRef = useRef<HTMLDivElement>(null)
  // A new failure message comes into view (it sits just above the buttons, below a long form).
  useEffect(() => { if (saveError || listError) alertRef.current?.scrollIntoView?.({ block: 'nearest' }) }, [saveError, listError])
  const rowErrors = form.formState.errors.rows
  const problems = rowProblems(fields, Array.isArray(rowErrors) ? rowErrors : undefined)
  // Rebuilt only when a message changes (the table re-renders its rows then), not on every render.
  const problemsKey = JSON.stringify(problems.map((p) => [p.index, p.message]))
  const problemByIndex = useMemo(() => new Map(JSON.parse(problemsKey) as [number, string][]), [problemsKey])

  // Nothing typed or chosen is lost silently: closing with changes (or with rows still unsaved after a
  // partial save) asks first, and so does leaving the page.
  const requestClose = () => {
    if (pending || checking) return false
    if (!isDirty && !partlySaved) {
      if (!olderDraft) draft.clear()
      return true
    }
    setConfirmDiscard(true)
    return false
  }
  /** Closes for good: the user discarded the input, or it was saved. */
  const closeDiscarding = () => {
    draft.clear()
    onClose()
  }
  useEffect(() => {
    if (!closeGuardRef) return
    closeGuardRef.current = requestClose
    return () => { closeGuardRef.current = null }
  })
  useEffect(() => {
    if (!isDirty && !partlySaved) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [isDirty, partlySaved])

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
    closeDiscarding()
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

  const save = form.handleSubmit(async (values) => {
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
      onSuccess: () => { ToastQueue.positive(`Mapping for ${editing.elementName ?? editing.sid} updated`, { timeout: 5000 }); closeDiscarding() },
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

  /**
   * Save: first the destination's mapping list for the duplicate check (read once per dialog; Save
   * shows as pending meanwhile), then `save`. A failed read is shown with Retry; nothing is sent.
   */
  const saveChecked = async () => {
    if (pending || checking) return
    if (!duplicates.hasMappings()) {
      setListError(null)
      setSaveError(null)
      setChecking(true)
      try {
        duplicates.checkAgainst(await ensureMappings())
      } catch (error) {
        setListError(error)
        return
      } finally {
        setChecking(false)
      }
    }
    setListError(null)
    await save()
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
    draft.clear()
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

  const refused = fields.length - savable
  const mappedBefore = useMemo<ReadonlySet<number>>(() => new Set(opening.applied?.alreadyMapped), [opening])
  const restoredNotes = opening.applied && restored ? restoredDraftNotes(restored, opening.applied) : null
  const status = checking
    ? 'Checking the mappings this destination already has…'
    : progress
    ? `Saving… ${progress.created.toLocaleString('en-US')} of ${countOf(progress.total, 'segment')} saved.`
    : partlySaved
      ? `${countOf(savedSids.size, 'segment')} saved, ${unsaved.toLocaleString('en-US')} not saved yet.`
      : ''
  return (
    // Wider than "L" (640 px) when there is room: the rows table has four to six columns.
    <Dialog size="L" width="min(1040px, calc(100vw - 64px))" maxWidth="calc(100vw - 64px)">
      <Heading>Edit Mapping</Heading>
      <Divider />
      <Content>
        <Form aria-label="Edit Mapping" validationBehavior="aria" onSubmit={(e) => { e.preventDefault(); void saveChecked() }}>
          <Flex direction="column" gap="size-100">
            <LabeledValue label="Destination ID" labelPosition="side" value={String(destination.destinationId)} />
            <LabeledValue label="Name" labelPosition="side" value={destination.name} />
            {restoredNotes ? <SaveNotice title="Restored from your draft" message={restoredNotes} /> : null}
            {olderDraft && !isDirty ? (
              <SaveNotice title="You have an older unsaved draft"
                message={`Your unsaved ${mappingId === null ? 'mapping' : 'change to this mapping'} from ${formatTimeAgo(olderDraft.savedAt)} (${countOf(olderDraft.values.rows.length, 'segment')}) is kept until you type here: then this dialog replaces it. To restore it instead, close this dialog and select Restore.`} />
            ) : null}
            {refused > 0 ? (
              <Text>{refused === 1 ? '1 segment cannot be mapped and is left out.' : `${countOf(refused, 'segment')} cannot be mapped and are left out.`} Save maps the others.</Text>
            ) : null}
            {problems.length > 0 && fields.length > 1 ? <RowProblemList problems={problems} onGoTo={(index) => revealRef.current?.(index)} /> : null}
            <MappingRowsTable control={form.control} rows={fields} kind={kind} problems={problemByIndex} savedSids={savedSids} mappedBefore={mappedBefore}
              isSaving={pending} revealRef={revealRef} onRemove={fields.length > 1 ? remove : undefined} />
            <Flex gap="size-200" wrap alignItems="start" marginTop="size-100">
              <Controller control={form.control} name="startDate" render={({ field, fieldState }) => (
                <DatePicker label="Start Date" isRequired value={toCalendarDate(field.value)}
                  onChange={(v) => field.onChange(fromCalendarDate(v) ?? '')} onBlur={field.onBlur} isReadOnly={pending}
                  description={fields.length > 1 ? `UTC day the segments may start being sent. Applies to all ${countOf(fields.length, 'row')}.` : 'UTC day the segment may start being sent.'}
                  validationState={fieldState.invalid ? 'invalid' : undefined} errorMessage={fieldState.error?.message} />
              )} />
              <Controller control={form.control} name="endDate" render={({ field, fieldState }) => (
                <DatePicker label="End Date" value={toCalendarDate(field.value)} minValue={toCalendarDate(startDate) ?? undefined}
                  onChange={(v) => field.onChange(fromCalendarDate(v) ?? '')} onBlur={field.onBlur} isReadOnly={pending}
                  description={fields.length > 1 ? 'Optional, for all rows. Empty means no end date.' : 'Optional. Empty means no end date.'}
                  validationState={fieldState.invalid ? 'invalid' : undefined} errorMessage={fieldState.error?.message} />
              )} />
            </Flex>
          </Flex>
        </Form>
        <div ref={alertRef}>
          {saveError ? <SaveErrorAlert error={saveError} /> : null}
          {listError ? (
            <MappingListAlert error={listError} onRetry={() => void saveChecked()} isRetrying={checking}
              consequence="Nothing was saved, and everything you chose and typed is kept. Retry checks again and then saves." />
          ) : null}
        </div>
        {removed && editing ? (
          <MappingRemovedAlert name={editing.elementName ?? `Segment ${editing.sid}`} onAddAsNew={addAsNew} />
        ) : null}
        {notice ? <SaveNotice title={notice.title} message={notice.message} /> : null}
        {conflict ? (
          <VersionConflictReview
            title={conflict.fromDraft ? 'This mapping changed after your draft' : 'Someone else changed this mapping'}
            message={`${conflict.fromDraft ? 'Your restored changes were made to an older version.' : 'It was saved by someone else after you opened it, so your changes were not saved.'} Keep your changes on top of their version (fields you did not change take their values; then select Save), or take their version and discard your changes.`}
            theirsHeading={`Their version (saved ${formatTimeAgo(conflict.updateTime)})`}
            rows={diffMappingVersions(kind, opened.version, conflict.theirs, versionOfValues(watched))}
            emptyText="None of the values or dates differ (only the saving time changed): keeping your changes is safe."
            onKeepMine={keepMine}
            onTakeTheirs={takeTheirs} />
        ) : null}
        {confirmDiscard ? (
          <InlineAlert variant="notice" marginTop="size-200">
            <Heading level={3}>Discard your changes?</Heading>
            <Content>
              <Flex direction="column" gap="size-100" alignItems="start">
                <Text>
                  {partlySaved
                    ? `${countOf(savedSids.size, 'segment')} are already mapped. The other ${countOf(unsaved, 'segment')} will not be mapped, and what you typed for them will be lost.`
                    : 'What you typed in this dialog has not been saved and will be lost.'}
                </Text>
                <Flex gap="size-100">
                  <Button variant="secondary" onPress={() => setConfirmDiscard(false)}>Keep editing</Button>
                  <Button variant="negative" onPress={closeDiscarding}>Discard changes</Button>
                </Flex>
              </Flex>
            </Content>
          </InlineAlert>
        ) : null}
      </Content>
      <Footer>
        <Text aria-live="polite">{status}</Text>
      </Footer>
      <ButtonGroup>
        <Button variant="secondary" onPress={() => { if (requestClose()) onClose() }} isDisabled={pending || checking}>Cancel</Button>
        <Button variant="accent" onPress={() => void saveChecked()} isPending={pending || checking} isDisabled={savable === 0}>Save</Button>
      </ButtonGroup>
    </Dialog>
  )
}
