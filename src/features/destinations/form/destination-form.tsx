import { Button, ButtonGroup, Heading, InlineAlert, Content, Link, Text, View } from '@adobe/react-spectrum'
import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState, type ReactNode } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { Destination } from '../../../api/schemas'
import { DraftOffer } from '../../../components/draft-offer'
import { GuardedButton } from '../../../components/guarded-button'
import { VersionConflictReview } from '../../../components/version-conflict-review'
import { formatTimeAgo } from '../../../lib/relative-time'
import { useFormDraft } from '../../../lib/use-form-draft'
import { AutoFillField } from './auto-fill-field'
import { BasicInformationFields } from './basic-information-fields'
import { CookieConfiguration } from './cookie-configuration'
import { DataExportLabelsField } from './data-export-labels-field'
import { diffDestinationVersions, mergeDestinationVersions } from './destination-diff'
import { FIELD_LABELS } from './field-labels'
import {
  destinationCreateFormSchema,
  destinationEditFormSchema,
  destinationFormFieldsSchema,
  toFormValues,
  type DestinationFormValues,
  type DestinationWriteBody,
} from './destination-form-values'
import { FormSaveError, type FormSaveErrorState } from './form-save-error'
import { LiveRampConfiguration } from './liveramp-configuration'
import { save as saveText } from './save-text'
import { staleCurrentDestination, toFormSaveError } from './save-error'
import { UnsavedChangesGuard } from './unsaved-changes-guard'
import { UrlConfiguration } from './url-configuration'
import { useLeaveFlag } from './use-leave-flag'

interface DestinationFormProps {
  /** The saved destination when editing; undefined on create. */
  destination?: Destination
  /** Values to start from (create: `NEW_DESTINATION_VALUES`; edit: `toFormValues(destination)`). */
  initialValues: DestinationFormValues
  /** The user is a partner admin (customer care), who alone may create device-based (LiveRamp) destinations. */
  isPartnerAdmin: boolean
  /** Sends the body (create or update); resolves with the saved destination, rejects with an ApiError. */
  onSave: (body: DestinationWriteBody) => Promise<Destination>
  /** Called after a successful save, once leaving is allowed (the page navigates and toasts). */
  onSaved: (saved: Destination) => void
  /** "Cancel": the page navigates away (the unsaved-changes guard asks first). */
  onCancel: () => void
  /**
   * Where unsaved input is kept across reloads (`formDraftKey('destination', uid, destinationId or
   * 'new')`); null keeps no draft.
   */
  draftKey: string | null
}

/** Someone else's version after a stale save, under review. */
interface Conflict {
  /** The server's current version as form values. */
  theirs: DestinationFormValues
  /** Its `updateTime`, epoch ms. */
  savedAt: number | undefined
  /** The review came from restoring a draft made on an older version (not from a Save). */
  fromDraft: boolean
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <View elementType="section" aria-labelledby={id} marginBottom="size-400" borderTopWidth="thin" borderTopColor="default" paddingTop="size-150">
      <Heading level={2} id={id} marginTop={0}>{title}</Heading>
      {children}
    </View>
  )
}

/**
 * The destination configuration form (product spec 2.5), sections in AAM's order: "Basic
 * Information", "Data Export Labels", "Configuration" (LiveRamp, URL or cookie fields) and
 * "Segment Mappings". Validates with the shared write schemas (react-hook-form + zodResolver), maps
 * server `details` onto the inputs, keeps everything typed on a failed save and shows the error
 * next to "Save"; asks before leaving with unsaved changes.
 *
 * Unsaved input is kept as a draft under `draftKey` (`useFormDraft`) and offered back when the form
 * opens ("Restore changes" / "Discard changes"), never applied unasked; a draft made on an older
 * version says so and, restored, opens the review below. The draft is deleted on a successful save,
 * on "Discard changes" and when the user confirms "Leave". A stale save (409 STALE_UPDATE with
 * `current`) opens `VersionConflictReview`: the fields someone else changed since the form was
 * opened, theirs and the user's side by side; "Keep my changes on top of theirs" loads their version
 * with the user's changed fields on top (the user saves again), "Take their version" discards the
 * user's changes.
 */
export function DestinationForm({ destination, initialValues, isPartnerAdmin, onSave, onSaved, onCancel, draftKey }: DestinationFormProps) {
  const isEdit = destination !== undefined
  const { control, handleSubmit, setValue, getValues, setError, reset, setFocus, formState } = useForm<DestinationFormValues, unknown, DestinationWriteBody>({
    resolver: zodResolver(isEdit ? destinationEditFormSchema : destinationCreateFormSchema) as never,
    defaultValues: initialValues,
  })
  const [saveError, setSaveError] = useState<FormSaveErrorState | null>(null)
  /** The values of the version the user's changes are based on (the opened one, until a review moves it). */
  const [opened, setOpened] = useState(initialValues)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  /** What the last review choice did, shown next to Save until the next save. */
  const [notice, setNotice] = useState<{ title: string; message: string } | null>(null)
  const leaving = useLeaveFlag()
  // Read during render so react-hook-form tracks it (its formState proxy only updates what render reads).
  const isDirty = formState.isDirty
  const values = useWatch({ control }) as DestinationFormValues
  const draft = useFormDraft({
    key: draftKey, values, isDirty, schema: destinationFormFieldsSchema, base: opened, baseVersion: isEdit ? opened.updateTime : null,
  })
  const offered = draft.offered
  const draftOutdated = Boolean(isEdit && offered && offered.baseVersion !== destination.updateTime)
  const type = useWatch({ control, name: 'destinationType' })
  const partner = useWatch({ control, name: 'partner' })
  const autoFill = useWatch({ control, name: 'autoFillMapping' })
  const autoFillChanged = isEdit && autoFill !== destination.autoFillMapping && autoFill !== 'NONE'
  const createS2sRefused = !isEdit && type === 'S2S' && !isPartnerAdmin
  const notCreatable = !isEdit && (type === 'PEOPLE_BASED' || type === 'ANALYTICS')

  const submit = handleSubmit(async (body) => {
    setSaveError(null)
    setNotice(null)
    setConflict(null)
    try {
      const saved = await onSave(body)
      draft.clear()
      leaving.allow()
      onSaved(saved)
    } catch (error) {
      const current = staleCurrentDestination(error)
      if (current) setConflict({ theirs: toFormValues(current), savedAt: current.updateTime, fromDraft: false })
      else setSaveError(toFormSaveError(error, setError))
    }
  })

  function restoreDraft() {
    const restored = draft.restore()
    if (!restored) return
    if (draftOutdated && destination) {
      // Made on an older version: put the draft on top of that version and review what changed since.
      const base = restored.base ?? initialValues
      reset(base)
      reset(restored.values, { keepDefaultValues: true })
      setOpened(base)
      setConflict({ theirs: toFormValues(destination), savedAt: destination.updateTime, fromDraft: true })
      return
    }
    reset(restored.values, { keepDefaultValues: true })
    setFocus('name')
  }

  function discardDraft() {
    draft.discard()
    setFocus('name')
  }

  function keepMine() {
    if (!conflict) return
    const merged = mergeDestinationVersions(opened, conflict.theirs, getValues())
    reset(conflict.theirs)
    reset(merged, { keepDefaultValues: true })
    setOpened(conflict.theirs)
    setConflict(null)
    setNotice({ title: 'Not saved yet', message: 'Their version is loaded with your changes on top. Check the form, then select Save.' })
  }

  function takeTheirs() {
    if (!conflict) return
    reset(conflict.theirs)
    setOpened(conflict.theirs)
    setConflict(null)
    draft.clear()
    setNotice({ title: 'Their version is loaded', message: 'Your changes were discarded. The form shows what is saved now.' })
  }

  const theirsAgo = conflict ? formatTimeAgo(conflict.savedAt) : ''
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={isEdit ? `Edit ${destination.name}` : 'Create New Destination'}>
      <UnsavedChangesGuard when={() => isDirty && !leaving.isAllowed()} onLeave={draft.clear} />
      {offered && (
        <DraftOffer savedAt={offered.savedAt} onRestore={restoreDraft} onDiscard={discardDraft}
          note={draftOutdated && destination
            ? `They were made to an older version of this destination (saved ${formatTimeAgo(offered.baseVersion)}); it has changed since (saved ${formatTimeAgo(destination.updateTime)}). Restoring shows what changed so you can choose.`
            : undefined} />
      )}
      <Section title="Basic Information">
        <BasicInformationFields control={control} setValue={setValue} getValues={getValues} isEdit={isEdit} isPartnerAdmin={isPartnerAdmin} />
      </Section>
      <Section title={FIELD_LABELS.dataExportLabels}>
        <DataExportLabelsField control={control} />
      </Section>
      <Section title="Configuration">
        {type === 'S2S' && partner === 'LIVERAMP' && <LiveRampConfiguration control={control} />}
        {type === 'S2S' && partner !== 'LIVERAMP' && <AutoFillField control={control} />}
        {type === 'PUSH' && <UrlConfiguration control={control} />}
        {type === 'ADS' && <CookieConfiguration control={control} />}
        {autoFillChanged && (
          <Text UNSAFE_style={{ display: 'block', marginTop: 'var(--spectrum-global-dimension-size-150)' }}>
            Existing mappings keep their values. After saving, &quot;Re-apply auto-fill&quot; on the destination&apos;s page shows the
            mappings whose value differs and rewrites them only when you confirm.
          </Text>
        )}
        {(type === 'PEOPLE_BASED' || type === 'ANALYTICS') && (
          <InlineAlert variant="info" maxWidth="size-6000">
            <Heading level={3}>Configured in Audience Manager</Heading>
            <Content>{saveText.notCreatable}</Content>
          </InlineAlert>
        )}
      </Section>
      <Section title="Segment Mappings">
        {isEdit ? (
          <Text>
            Map segments on the destination&apos;s page: <Link href={`/destinations/${destination.destinationId}`}>Open {destination.name}</Link>
          </Text>
        ) : (
          <Text>Segment mappings are available once the destination is saved.</Text>
        )}
      </Section>
      <ButtonGroup>
        <GuardedButton type="submit" variant="accent" isPending={formState.isSubmitting}
          reason={createS2sRefused ? saveText.s2sRefused : notCreatable ? saveText.notCreatable : null}>
          Save
        </GuardedButton>
        <Button variant="secondary" onPress={onCancel}>Cancel</Button>
      </ButtonGroup>
      {saveError && <FormSaveError error={saveError} />}
      {notice && (
        <InlineAlert variant="info" marginTop="size-200" maxWidth="size-6000">
          <Heading level={3}>{notice.title}</Heading>
          <Content>{notice.message}</Content>
        </InlineAlert>
      )}
      {conflict && (
        <VersionConflictReview
          title={conflict.fromDraft ? 'This destination changed after your draft' : 'Someone else changed this destination'}
          message={`${conflict.fromDraft ? 'Your restored changes were made to an older version.' : 'It was saved by someone else after you opened it, so your changes were not saved.'} Keep your changes on top of their version (fields you did not change take their values; then select Save), or take their version and discard your changes.`}
          theirsHeading={`Their version (saved ${theirsAgo})`}
          rows={diffDestinationVersions(opened, conflict.theirs, values)}
          emptyText="None of the fields in this form differ (only its mappings or saving time changed): keeping your changes is safe."
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs} />
      )}
    </form>
  )
}
