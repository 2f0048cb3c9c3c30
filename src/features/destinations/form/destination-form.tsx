import { Button, ButtonGroup, Heading, InlineAlert, Content, Link, Text, View } from '@adobe/react-spectrum'
import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState, type ReactNode } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { Destination } from '../../../api/schemas'
import { GuardedButton } from '../../../components/guarded-button'
import { AutoFillField } from './auto-fill-field'
import { BasicInformationFields } from './basic-information-fields'
import { CookieConfiguration } from './cookie-configuration'
import { DataExportLabelsField } from './data-export-labels-field'
import {
  destinationCreateFormSchema,
  destinationEditFormSchema,
  toFormValues,
  type DestinationFormValues,
  type DestinationWriteBody,
} from './destination-form-values'
import { FormSaveError, type FormSaveErrorState } from './form-save-error'
import { LiveRampConfiguration } from './liveramp-configuration'
import { save as saveText } from './save-text'
import { toFormSaveError } from './save-error'
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
 */
export function DestinationForm({ destination, initialValues, isPartnerAdmin, onSave, onSaved, onCancel }: DestinationFormProps) {
  const isEdit = destination !== undefined
  const { control, handleSubmit, setValue, getValues, setError, reset, formState } = useForm<DestinationFormValues, unknown, DestinationWriteBody>({
    resolver: zodResolver(isEdit ? destinationEditFormSchema : destinationCreateFormSchema) as never,
    defaultValues: initialValues,
  })
  const [saveError, setSaveError] = useState<FormSaveErrorState | null>(null)
  const leaving = useLeaveFlag()
  // Read during render so react-hook-form tracks it (its formState proxy only updates what render reads).
  const isDirty = formState.isDirty
  const type = useWatch({ control, name: 'destinationType' })
  const partner = useWatch({ control, name: 'partner' })
  const autoFill = useWatch({ control, name: 'autoFillMapping' })
  const autoFillChanged = isEdit && autoFill !== destination.autoFillMapping && autoFill !== 'NONE'
  const createS2sRefused = !isEdit && type === 'S2S' && !isPartnerAdmin
  const notCreatable = !isEdit && (type === 'PEOPLE_BASED' || type === 'ANALYTICS')

  const submit = handleSubmit(async (body) => {
    setSaveError(null)
    try {
      const saved = await onSave(body)
      leaving.allow()
      onSaved(saved)
    } catch (error) {
      setSaveError(toFormSaveError(error, setError, (current) => {
        reset(toFormValues(current))
        setSaveError(null)
      }))
    }
  })

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={isEdit ? `Edit ${destination.name}` : 'Create New Destination'}>
      <UnsavedChangesGuard when={() => isDirty && !leaving.isAllowed()} />
      <Section title="Basic Information">
        <BasicInformationFields control={control} setValue={setValue} getValues={getValues} isEdit={isEdit} isPartnerAdmin={isPartnerAdmin} />
      </Section>
      <Section title="Data Export Labels">
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
    </form>
  )
}
