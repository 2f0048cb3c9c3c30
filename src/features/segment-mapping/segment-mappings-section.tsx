import { Button, DialogContainer, Flex, Heading, Text, ToastQueue, View } from '@adobe/react-spectrum'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { readsAllMappingsUpFront } from '../../api/destinations'
import { useDeleteMapping } from '../../api/mappings'
import type { Destination, Mapping, Segment } from '../../api/schemas'
import { EditMappingDialog, type EditMappingTarget } from './edit-mapping-dialog'
import { mappingDraftKey } from './mapping-draft'
import type { MappingDraftToOpen } from './mapping-draft-restore'
import { MappingDraftOffers } from './mapping-draft-offer'
import { MappingListAlert } from './mapping-list-alert'
import { MappingTable } from './mapping-table'
import { RemoveMappingDialog } from './remove-mapping-dialog'
import { segmentAvailability, type MappedMarks } from './segment-availability'
import { SegmentPickerDialog } from './segment-picker-dialog'
import { SegmentSearchComboBox } from './segment-search-combo-box'
import { whenIdle } from '../../lib/when-idle'
import { useCurrentUser } from '../session/use-current-user'
import { ensureDataSourcesById, useDataSourcesById, useDestinationMappings, useMappingPermission } from './use-mapping-lookups'
import { useUndoRemoveMapping } from './use-undo-remove-mapping'

type OpenDialog =
  | { kind: 'none' }
  | { kind: 'picker' }
  | { kind: 'remove'; mapping: Mapping }
  | { kind: 'mapping'; target: EditMappingTarget; restored?: MappingDraftToOpen }

/** How long the picker is open before it asks for a large mapping list (ms; then at the next idle moment). */
const LARGE_LIST_PICKER_DELAY_MS = 2000

const NO_MAPPINGS: Mapping[] = []

/**
 * The "Segment Mappings" section of a destination's details page (product spec 2.2-2.4): the
 * combobox "Search and Add Segments", the button "Browse All Segments" (dialog of the same name),
 * and the table "Segments Mapped to {destination name}" with edit and remove per row. Adding opens
 * "Edit Mapping"; removing asks first ("Remove mapping"). Users without MAP_ALL_TO_DESTINATIONS see
 * the controls disabled with the reason. Reads the signed-in user, the mappings and the data sources
 * through the `src/api` query factories. Unsaved Edit Mapping drafts of the signed-in user on this
 * destination are offered above the controls (`MappingDraftOffers`: "Restore" reopens the dialog with
 * them, "Discard" deletes them); each dialog keeps its draft under `mappingDraftKey`.
 *
 * The destination's full mapping list (`useDestinationMappings`: "Mapped" marks, duplicate checks)
 * is not requested when the page opens, only when the user starts adding: the combobox takes focus,
 * "Browse All Segments" is hovered, focused or pressed, Edit Mapping opens, or a draft is restored.
 * Until it arrives the marks are unknown (`mapped: null`) and what decides on them waits for it; a
 * failed load is shown under the controls with "Retry".
 */
export function SegmentMappingsSection({ destination }: { destination: Destination }) {
  const [dialog, setDialog] = useState<OpenDialog>({ kind: 'none' })
  const { canMap, reason } = useMappingPermission()
  // Disabled controls cannot take focus; the reason is shown once as text below them (not as the
  // combobox's own description, which Spectrum greys out below readable contrast when disabled) and
  // wired as each one's aria-describedby.
  const reasonId = useId()
  const describedBy = reason ? reasonId : undefined
  const { dataSourcesById } = useDataSourcesById()
  const { data: user } = useCurrentUser()
  const queryClient = useQueryClient()
  const allMappings = useDestinationMappings(destination.destinationId)
  const { mappings, want: wantAllMappings, ensure: ensureAllMappings } = allMappings
  // Reaching for an add control starts loading the full list (only for users who may add); a small
  // list is read as soon as the page is idle, so its "Mapped" marks are there before the user types
  // (marks that arrive while the user picks an option re-render the options under the pointer).
  const startAdding = canMap ? wantAllMappings : undefined
  const upFront = canMap && readsAllMappingsUpFront(destination)
  useEffect(() => (upFront ? whenIdle(wantAllMappings, 1000) : undefined), [upFront, wantAllMappings])
  // A large list (thousands of rows) takes the main thread for a moment when it arrives: the picker
  // asks for it only once it has been open a while and the page is idle, so that it does not land
  // in the middle of the user's first search (its "Add Selected Segments" waits for it if need be).
  const [pickerWantsList, setPickerWantsList] = useState(false)
  useEffect(() => {
    if (!pickerWantsList) return
    let cancelIdle = () => {}
    const timer = window.setTimeout(() => (cancelIdle = whenIdle(wantAllMappings, 1000)), LARGE_LIST_PICKER_DELAY_MS)
    return () => {
      window.clearTimeout(timer)
      cancelIdle()
    }
  }, [pickerWantsList, wantAllMappings])
  const mappedSids = useMemo(() => (mappings ? new Set(mappings.map((m) => m.sid)) : null), [mappings])
  const availability = useCallback(
    (segment: Segment) => segmentAvailability(segment, destination, dataSourcesById, mappedSids),
    [destination, dataSourcesById, mappedSids],
  )
  const loadAvailability = useCallback(async () => {
    const [current, sources] = await Promise.all([ensureAllMappings(), ensureDataSourcesById(queryClient)])
    const sids = new Set(current.map((m) => m.sid))
    return (segment: Segment) => segmentAvailability(segment, destination, sources, sids)
  }, [ensureAllMappings, queryClient, destination])
  const marks = useMemo<MappedMarks>(() => ({
    known: mappedSids !== null, error: allMappings.error, isFetching: allMappings.isFetching, retry: allMappings.retry, load: loadAvailability,
  }), [mappedSids, allMappings.error, allMappings.isFetching, allMappings.retry, loadAvailability])
  const remove = useDeleteMapping(destination.destinationId)
  // After a removal: the toast with "Undo" (re-creates the mapping with the same values and dates).
  const announceRemoved = useUndoRemoveMapping(destination)
  const close = () => setDialog({ kind: 'none' })
  // The Edit Mapping dialog decides whether Escape may close it (it asks first when something was typed).
  const closeGuardRef = useRef<(() => boolean) | null>(null)
  const dismiss = () => { if (!closeGuardRef.current || closeGuardRef.current()) close() }
  /** Opens a dialog; adding or editing needs the full mapping list, so it starts loading too. */
  const open = (next: OpenDialog) => {
    if (next.kind === 'mapping' || (next.kind === 'picker' && upFront)) wantAllMappings()
    if (next.kind === 'picker' && !upFront) setPickerWantsList(true)
    setDialog(next)
  }
  const openMapping = (target: EditMappingTarget) => open({ kind: 'mapping', target })
  const draftKeyFor = (target: EditMappingTarget) =>
    user ? mappingDraftKey(user.uid, destination.destinationId, target.kind === 'edit' ? target.mapping.mappingId : null) : null

  const confirmRemove = (mapping: Mapping) => {
    const name = mapping.elementName ?? `Segment ${mapping.sid}`
    remove.mutate(mapping.mappingId, {
      onSuccess: () => announceRemoved(mapping),
      onError: (error) => ToastQueue.negative(`Could not remove ${name} from ${destination.name}: ${error.message} The mapping is unchanged; try again.`),
    })
  }

  return (
    <View>
      <Heading level={2}>Segment Mappings</Heading>
      <Flex direction="column" gap="size-200">
        <MappingDraftOffers destination={destination} isDialogOpen={dialog.kind === 'mapping'} canMap={canMap} mappings={mappings ?? NO_MAPPINGS}
          onRestore={(restored) => open({ kind: 'mapping', target: restored.target, restored })} />
        <Flex gap="size-200" alignItems="end" wrap>
          <div onFocusCapture={startAdding}>
            <SegmentSearchComboBox availability={availability} isDisabled={!canMap} aria-describedby={describedBy}
              onPick={(segment) => openMapping({ kind: 'create', segments: [segment] })} />
          </div>
          <div onPointerEnter={upFront ? startAdding : undefined} onFocusCapture={upFront ? startAdding : undefined}>
            <Button variant="secondary" isDisabled={!canMap} aria-describedby={describedBy} onPress={() => open({ kind: 'picker' })}>Browse All Segments</Button>
          </div>
        </Flex>
        {allMappings.error && dialog.kind === 'none' ? (
          <MappingListAlert error={allMappings.error} onRetry={allMappings.retry} isRetrying={allMappings.isFetching}
            consequence='The "Mapped" marks in "Search and Add Segments" are missing until it loads.' />
        ) : null}
        {reason ? <Text id={reasonId}>Adding, editing and removing mappings is disabled: {reason}</Text> : null}
        <MappingTable destination={destination} canMap={canMap} disabledReasonId={describedBy}
          onEdit={(mapping) => openMapping({ kind: 'edit', mapping })}
          onRemove={(mapping) => setDialog({ kind: 'remove', mapping })} />
      </Flex>
      <DialogContainer onDismiss={close} type="fullscreen">
        {dialog.kind === 'picker' ? (
          <SegmentPickerDialog availability={availability} marks={marks} onCancel={close}
            onConfirm={(segments) => openMapping({ kind: 'create', segments })} />
        ) : null}
      </DialogContainer>
      <DialogContainer onDismiss={dismiss}>
        {dialog.kind === 'mapping' ? (
          <EditMappingDialog destination={destination} target={dialog.target} onClose={close} closeGuardRef={closeGuardRef}
            draftKey={dialog.restored ? dialog.restored.draftKey : draftKeyFor(dialog.target)} restored={dialog.restored?.restored} />
        ) : dialog.kind === 'remove' ? (
          <RemoveMappingDialog destination={destination} mapping={dialog.mapping} onConfirm={() => confirmRemove(dialog.mapping)} />
        ) : null}
      </DialogContainer>
    </View>
  )
}
