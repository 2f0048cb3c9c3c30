import {
  Button, ButtonGroup, Content, Dialog, Divider, Flex, Footer, Form, Heading, InlineAlert, LabeledValue, Text,
} from '@adobe/react-spectrum'
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form'
import type { Destination, Mapping, Segment } from '../../api/schemas'
import { VersionConflictReview } from '../../components/version-conflict-review'
import { todayUtcDate } from '../../lib/calendar-dates'
import { formatTimeAgo } from '../../lib/relative-time'
import { useFormDraft } from '../../lib/use-form-draft'
import { countOf, rowProblems, type EditMappingValues } from './edit-mapping-form'
import { MappingDatePicker } from './edit-mapping-date-picker'
import { editMappingOpening } from './edit-mapping-opening'
import { diffMappingVersions, versionOfValues, withVersion } from './mapping-diff'
import { mappingDraftSchema, toMappingDraft } from './mapping-draft'
import { restoredDraftNotes, type RestoredMappingDraft } from './mapping-draft-restore'
import { MappingListAlert } from './mapping-list-alert'
import { MappingRowsTable } from './mapping-row-fields'
import { MappingRemovedAlert, RowProblemList, SaveErrorAlert, SaveNotice } from './save-error-alert'
import { useAutoFill } from './use-auto-fill'
import { useDuplicateCheck } from './use-duplicate-check'
import { useEditMappingCloseGuard } from './use-edit-mapping-close-guard'
import { useEditMappingSave } from './use-edit-mapping-save'
import { useDataSourcesById } from './use-mapping-lookups'

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

const NO_SIDS: ReadonlySet<number> = new Set()

/**
 * The "Edit Mapping" dialog (AAM reference 3.2): the segments in one virtualized table
 * (`MappingRowsTable`: manual values typed per row, auto-filled ones read-only) and one "Start Date" /
 * "End Date" pair (UTC days, start defaults to today in UTC; `MappingDatePicker`: a date with an empty
 * segment or outside 2000-2099 is refused next to its field, never saved as a guess) for all rows. "Save" creates the
 * mappings in `bulk-create` requests of 500 (`useCreateMappings`), or sends one update with the
 * mapping's `updateTime`. On failure the dialog stays open with everything chosen and typed: server
 * `details[].field` errors land on their rows (listed above the table, each link scrolls to its row),
 * and after a partial save it names what was saved and what was not. Save again sends only the
 * missing rows; when the last failure's outcome is unknown (network, 5xx) or was a duplicate, it
 * first re-reads the destination's mappings so nothing is created twice (`useEditMappingSave`).
 *
 * Duplicates (same segment, value and overlapping dates) are refused on the rows, checked against
 * the destination's full mapping list as the first Save finds it (`useDuplicateCheck`:
 * loading starts when the dialog opens; a restored draft brings the list it was checked against). Save waits
 * for that list ("Checking…", Save pending) rather than deciding without it; when it cannot be
 * loaded, an alert beside Save says so with "Retry" and nothing typed is lost.
 *
 * Drafts (`useFormDraft` under `draftKey`): while something is typed or changed (or rows are left
 * after a partial save), the rows (segment IDs and typed values, `toMappingDraft`) and the dates are
 * kept in localStorage. The draft is deleted after a successful save, on "Discard changes" and when
 * the dialog closes with nothing typed; the Segment Mappings section offers it after a reload and
 * opens the dialog with `restored` (`editMappingOpening`: rows already mapped meanwhile are marked
 * and not created again). Closing with something unsaved, or leaving the page, asks first
 * (`useEditMappingCloseGuard`).
 *
 * Editing one mapping sends the `updateTime` of the version the dialog is based on. A 409
 * STALE_UPDATE with `current` shows `VersionConflictReview` (value, Start Date, End Date: theirs and
 * the user's): "Keep my changes on top of theirs" loads their version with the user's changed fields
 * on top and waits for Save; "Take their version" discards the user's changes. A restored draft made
 * on an older version opens the same review at once. A 404 (the mapping
 * was removed meanwhile) says so and offers to add it again as a new mapping with the typed values.
 */
export function EditMappingDialog({ destination, target, onClose, closeGuardRef, draftKey = null, restored }: EditMappingDialogProps) {
  const { dataSourcesById } = useDataSourcesById()
  const autoFill = useAutoFill(destination, dataSourcesById)
  const { kind } = autoFill
  /** The mapping being edited; null when adding segments, also after "Add as a new mapping" (it was removed). */
  const [editing, setEditing] = useState(target.kind === 'edit' ? target.mapping : null)
  const [opening] = useState(() => editMappingOpening(autoFill, target, restored, todayUtcDate().toString()))
  const { initial } = opening
  const duplicates = useDuplicateCheck(destination.destinationId, kind, target.kind === 'edit' ? target.mapping.mappingId : null, restored ? restored.mappings : null)
  const form = useForm<EditMappingValues>({ defaultValues: initial, resolver: duplicates.resolver, shouldFocusError: false })
  // A restored draft goes on top of the rows as they are now, so the dialog counts as changed.
  useEffect(() => {
    if (opening.applied) form.reset(opening.applied.values, { keepDefaultValues: true })
  }, [form, opening])
  /** The version the user's changes are based on (the opened one, until a review moves it) and its `updateTime`. */
  const [opened, setOpened] = useState(opening.opened)
  // Segment IDs created by this dialog so far (a partial save), kept in the form values.
  const savedList = useWatch({ control: form.control, name: 'savedSids' })
  const savedSids = useMemo<ReadonlySet<number>>(() => (savedList?.length ? new Set(savedList) : NO_SIDS), [savedList])
  const { fields, remove } = useFieldArray({ control: form.control, name: 'rows' })
  const savable = fields.filter((f) => !f.refusedReason).length
  const unsaved = fields.filter((f) => !f.refusedReason && !savedSids.has(f.sid)).length
  const startDate = useWatch({ control: form.control, name: 'startDate' })
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
  /** Closes for good: the user discarded the input, or it was saved. */
  const closeDiscarding = () => {
    draft.clear()
    onClose()
  }
  const saving = useEditMappingSave({
    destination, form, kind, editing, setEditing, opened, setOpened, initialConflict: opening.conflict, duplicates,
    onSaved: closeDiscarding, onTheirsTaken: draft.clear,
  })
  const { pending, saveError, progress, conflict, notice } = saving
  const { checking, listError } = duplicates
  // Nothing typed or chosen is lost silently: closing with changes (or with rows still unsaved after a
  // partial save) asks first, and so does leaving the page.
  const guard = useEditMappingCloseGuard({
    closeGuardRef, busy: pending || checking, hasUnsaved: isDirty || partlySaved, keepsOlderDraft: Boolean(olderDraft), clearDraft: draft.clear,
  })
  const revealRef = useRef<((index: number) => void) | null>(null)
  const alertRef = useRef<HTMLDivElement>(null)
  // A new failure message comes into view (it sits just above the buttons, below a long form).
  useEffect(() => { if (saveError || listError) alertRef.current?.scrollIntoView?.({ block: 'nearest' }) }, [saveError, listError])
  const rowErrors = form.formState.errors.rows
  const problems = rowProblems(fields, Array.isArray(rowErrors) ? rowErrors : undefined)
  // Rebuilt only when a message changes (the table re-renders its rows then), not on every render.
  const problemsKey = JSON.stringify(problems.map((p) => [p.index, p.message]))
  const problemByIndex = useMemo(() => new Map(JSON.parse(problemsKey) as [number, string][]), [problemsKey])

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
        <Form aria-label="Edit Mapping" validationBehavior="aria" onSubmit={(e) => { e.preventDefault(); void saving.save() }}>
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
                <MappingDatePicker label="Start Date" isRequired value={field.value} onChange={field.onChange} onBlur={field.onBlur} isReadOnly={pending}
                  description={fields.length > 1 ? `UTC day the segments may start being sent. Applies to all ${countOf(fields.length, 'row')}.` : 'UTC day the segment may start being sent.'}
                  errorMessage={fieldState.error?.message} />
              )} />
              <Controller control={form.control} name="endDate" render={({ field, fieldState }) => (
                <MappingDatePicker label="End Date" value={field.value} minDay={startDate} onChange={field.onChange} onBlur={field.onBlur} isReadOnly={pending}
                  description={fields.length > 1 ? 'Optional, for all rows. Empty means no end date.' : 'Optional. Empty means no end date.'}
                  errorMessage={fieldState.error?.message} />
              )} />
            </Flex>
          </Flex>
        </Form>
        <div ref={alertRef}>
          {saveError ? <SaveErrorAlert error={saveError} /> : null}
          {listError ? (
            <MappingListAlert error={listError} onRetry={() => void saving.save()} isRetrying={checking}
              consequence="Nothing was saved, and everything you chose and typed is kept. Retry checks again and then saves." />
          ) : null}
        </div>
        {saving.removed && editing ? (
          <MappingRemovedAlert name={editing.elementName ?? `Segment ${editing.sid}`} onAddAsNew={saving.addAsNew} />
        ) : null}
        {notice ? <SaveNotice title={notice.title} message={notice.message} /> : null}
        {conflict ? (
          <VersionConflictReview
            title={conflict.fromDraft ? 'This mapping changed after your draft' : 'Someone else changed this mapping'}
            message={`${conflict.fromDraft ? 'Your restored changes were made to an older version.' : 'It was saved by someone else after you opened it, so your changes were not saved.'} Keep your changes on top of their version (fields you did not change take their values; then select Save), or take their version and discard your changes.`}
            theirsHeading={`Their version (saved ${formatTimeAgo(conflict.updateTime)})`}
            rows={diffMappingVersions(kind, opened.version, conflict.theirs, versionOfValues(watched))}
            emptyText="None of the values or dates differ (only the saving time changed): keeping your changes is safe."
            onKeepMine={saving.keepMine}
            onTakeTheirs={saving.takeTheirs} />
        ) : null}
        {guard.confirmDiscard ? (
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
                  <Button variant="secondary" onPress={guard.keepEditing}>Keep editing</Button>
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
        <Button variant="secondary" onPress={() => { if (guard.requestClose()) onClose() }} isDisabled={pending || checking}>Cancel</Button>
        <Button variant="accent" onPress={() => void saving.save()} isPending={pending || checking} isDisabled={savable === 0}>Save</Button>
      </ButtonGroup>
    </Dialog>
  )
}
