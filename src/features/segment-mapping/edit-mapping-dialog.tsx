import {
  Button, ButtonGroup, Content, DatePicker, Dialog, Divider, Flex, Form, Heading, InlineAlert, LabeledValue, Text, ToastQueue,
  View,
} from '@adobe/react-spectrum'
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useMemo, useState, type RefObject } from 'react'
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form'
import { isApiError } from '../../api/api-error'
import { useCreateMappings, useUpdateMapping } from '../../api/mappings'
import type { Destination, Mapping, Segment } from '../../api/schemas'
import { fromCalendarDate, todayUtcDate, toCalendarDate } from '../../lib/dates'
import {
  editMappingSchema, ROW_FIELD_LABELS, rowPayload, serverFieldToFormField, toCreatePayload, type EditMappingValues,
} from './edit-mapping-form'
import { MappingRowFields } from './mapping-row-fields'
import { SaveErrorAlert, type SaveError } from './save-error-alert'
import { useAutoFill } from './use-auto-fill'
import { useDataSourcesById } from './use-mapping-lookups'

/** What the dialog edits: new mappings for picked segments, or one existing mapping. */
export type EditMappingTarget = { kind: 'create'; segments: readonly Segment[] } | { kind: 'edit'; mapping: Mapping }

interface EditMappingDialogProps {
  destination: Destination
  target: EditMappingTarget
  /** All current mappings of the destination, for the duplicate check. */
  existing: readonly Mapping[]
  onClose: () => void
  /**
   * Set by the dialog: called when the container wants to dismiss it (Escape). Returns true when it
   * may close now; with unsaved changes it asks first and returns false.
   */
  closeGuardRef?: RefObject<(() => boolean) | null>
}

/**
 * The "Edit Mapping" dialog (AAM reference 3.2): one row per segment with the destination kind's
 * value input(s), auto-filled by `useAutoFill`, and one "Start Date" / "End Date" pair (UTC days,
 * start defaults to today in UTC) for all rows. "Save" sends ONE `bulk-create` request (or one
 * update with the mapping's `updateTime`); on a server error the dialog stays open with everything
 * typed, shows the message and puts `details[].field` errors on their rows.
 */
export function EditMappingDialog({ destination, target, existing, onClose, closeGuardRef }: EditMappingDialogProps) {
  const { dataSourcesById } = useDataSourcesById()
  const autoFill = useAutoFill(destination, dataSourcesById)
  const { kind } = autoFill
  const editing = target.kind === 'edit' ? target.mapping : null
  const [initial] = useState<EditMappingValues>(() =>
    editing
      ? { rows: [autoFill.rowForMapping(editing)], startDate: editing.startDate ?? todayUtcDate().toString(), endDate: editing.endDate ?? '' }
      : { rows: autoFill.rowsForSegments(target.kind === 'create' ? target.segments : []), startDate: todayUtcDate().toString(), endDate: '' },
  )
  const others = useMemo(() => existing.filter((m) => m.mappingId !== editing?.mappingId), [existing, editing])
  const [resolver] = useState(() => zodResolver(editMappingSchema(kind, others)))
  const form = useForm<EditMappingValues>({ defaultValues: initial, resolver })
  const { fields, remove } = useFieldArray({ control: form.control, name: 'rows' })
  const [saveError, setSaveError] = useState<SaveError | null>(null)
  const create = useCreateMappings(destination.destinationId)
  const update = useUpdateMapping(destination.destinationId)
  const pending = create.isPending || update.isPending
  const savable = fields.filter((f) => !f.refusedReason).length
  const startDate = useWatch({ control: form.control, name: 'startDate' })
  const [confirmDiscard, setConfirmDiscard] = useState(false)
  const isDirty = form.formState.isDirty
  // Nothing typed is lost silently: closing with changes asks first, and so does leaving the page.
  const requestClose = () => {
    if (!isDirty || pending) return !pending
    setConfirmDiscard(true)
    return false
  }
  useEffect(() => {
    if (!closeGuardRef) return
    closeGuardRef.current = requestClose
    return () => { closeGuardRef.current = null }
  })
  useEffect(() => {
    if (!isDirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [isDirty])

  const showServerError = (error: unknown, rowIndexes: readonly number[]) => {
    const unplaced: string[] = []
    if (isApiError(error)) {
      for (const detail of error.details) {
        const name = serverFieldToFormField(detail.field, kind, rowIndexes)
        if (name) form.setError(name, { type: 'server', message: detail.message })
        else unplaced.push(`${detail.field}: ${detail.message}`)
      }
    }
    setSaveError({ message: error instanceof Error ? error.message : 'The request failed.', details: unplaced })
  }

  const save = form.handleSubmit((values) => {
    setSaveError(null)
    if (editing) {
      const mapping = {
        sid: editing.sid, traitType: 'SEGMENT' as const, startDate: values.startDate, endDate: values.endDate || null,
        ...rowPayload(kind, values.rows[0]), updateTime: editing.updateTime,
      }
      update.mutate({ mappingId: editing.mappingId, mapping }, {
        onSuccess: () => { ToastQueue.positive(`Mapping for ${editing.elementName ?? editing.sid} updated`, { timeout: 5000 }); onClose() },
        onError: (error) => showServerError(error, [0]),
      })
      return
    }
    const { mappings, rowIndexes } = toCreatePayload(kind, values)
    create.mutate(mappings, {
      onSuccess: (created) => {
        const n = created.length || mappings.length
        ToastQueue.positive(`${n} ${n === 1 ? 'segment' : 'segments'} mapped to ${destination.name}`, { timeout: 5000 })
        onClose()
      },
      onError: (error) => showServerError(error, rowIndexes),
    })
  })

  const labels = ROW_FIELD_LABELS[kind]
  const refused = fields.length - savable
  const firstEditable = fields.findIndex((f) => !f.locked && !f.refusedReason)
  return (
    <Dialog size="L">
      <Heading>Edit Mapping</Heading>
      <Divider />
      <Content>
        <Form aria-label="Edit Mapping" validationBehavior="aria" onSubmit={(e) => { e.preventDefault(); void save() }}>
          <Flex direction="column" gap="size-100">
            <LabeledValue label="Destination ID" labelPosition="side" value={String(destination.destinationId)} />
            <LabeledValue label="Name" labelPosition="side" value={destination.name} />
            {refused > 0 ? (
              <Text>{refused === 1 ? '1 segment cannot be mapped and is left out.' : `${refused} segments cannot be mapped and are left out.`} Save maps the others.</Text>
            ) : null}
            <Flex gap="size-200" marginTop="size-100">
              <View width="size-3000"><Text UNSAFE_style={{ fontWeight: 700 }}>Segment</Text></View>
              {labels.map((label) => <View key={label} flex="1"><Text UNSAFE_style={{ fontWeight: 700 }}>{label}</Text></View>)}
            </Flex>
            {fields.map((field, index) => (
              <MappingRowFields key={field.id} control={form.control} index={index} row={field} kind={kind}
                autoFocus={index === firstEditable} onRemove={fields.length > 1 ? () => remove(index) : undefined} />
            ))}
            <Flex gap="size-200" wrap alignItems="start">
              <Controller control={form.control} name="startDate" render={({ field, fieldState }) => (
                <DatePicker label="Start Date" isRequired value={toCalendarDate(field.value)}
                  onChange={(v) => field.onChange(fromCalendarDate(v) ?? '')} onBlur={field.onBlur}
                  description="UTC day the segment may start being sent."
                  validationState={fieldState.invalid ? 'invalid' : undefined} errorMessage={fieldState.error?.message} />
              )} />
              <Controller control={form.control} name="endDate" render={({ field, fieldState }) => (
                <DatePicker label="End Date" value={toCalendarDate(field.value)} minValue={toCalendarDate(startDate) ?? undefined}
                  onChange={(v) => field.onChange(fromCalendarDate(v) ?? '')} onBlur={field.onBlur}
                  description="Optional. Empty means no end date."
                  validationState={fieldState.invalid ? 'invalid' : undefined} errorMessage={fieldState.error?.message} />
              )} />
            </Flex>
          </Flex>
        </Form>
        {saveError ? <SaveErrorAlert error={saveError} /> : null}
        {confirmDiscard ? (
          <InlineAlert variant="notice" marginTop="size-200">
            <Heading level={3}>Discard your changes?</Heading>
            <Content>
              <Flex direction="column" gap="size-100" alignItems="start">
                <Text>What you typed in this dialog has not been saved and will be lost.</Text>
                <Flex gap="size-100">
                  <Button variant="secondary" onPress={() => setConfirmDiscard(false)}>Keep editing</Button>
                  <Button variant="negative" onPress={onClose}>Discard changes</Button>
                </Flex>
              </Flex>
            </Content>
          </InlineAlert>
        ) : null}
      </Content>
      <ButtonGroup>
        <Button variant="secondary" onPress={() => { if (requestClose()) onClose() }}>Cancel</Button>
        <Button variant="accent" onPress={() => void save()} isPending={pending} isDisabled={savable === 0}>Save</Button>
      </ButtonGroup>
    </Dialog>
  )
}
