import { Button, DialogContainer, Flex, Heading, Text, ToastQueue, View } from '@adobe/react-spectrum'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useId, useMemo, useRef, useState } from 'react'
import { destinationQueries } from '../../api/destinations'
import { useDeleteMapping } from '../../api/mappings'
import type { Destination, Mapping, Segment } from '../../api/schemas'
import { EditMappingDialog, type EditMappingTarget } from './edit-mapping-dialog'
import { mappingDraftKey, type MappingDraftToOpen } from './mapping-draft'
import { MappingDraftOffers } from './mapping-draft-offer'
import { MappingTable } from './mapping-table'
import { RemoveMappingDialog } from './remove-mapping-dialog'
import { segmentAvailability } from './segment-availability'
import { SegmentPickerDialog } from './segment-picker-dialog'
import { SegmentSearchComboBox } from './segment-search-combo-box'
import { useCurrentUser } from '../session/use-current-user'
import { useDataSourcesById, useMappingPermission } from './use-mapping-lookups'
import { useUndoRemoveMapping } from './use-undo-remove-mapping'

type OpenDialog =
  | { kind: 'none' }
  | { kind: 'picker' }
  | { kind: 'remove'; mapping: Mapping }
  | { kind: 'mapping'; target: EditMappingTarget; restored?: MappingDraftToOpen }

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
 */
export function SegmentMappingsSection({ destination }: { destination: Destination }) {
  const [dialog, setDialog] = useState<OpenDialog>({ kind: 'none' })
  const { canMap, reason } = useMappingPermission()
  // Disabled controls cannot take focus; the reason is wired as each one's description instead.
  const reasonId = useId()
  const describedBy = reason ? reasonId : undefined
  const { dataSourcesById } = useDataSourcesById()
  const { data: user } = useCurrentUser()
  // The full list ("already mapped" flags, duplicate checks in Edit Mapping) waits until the table's
  // first page is on screen, or until the user reaches for the combobox or a dialog.
  const [needsAllMappings, setNeedsAllMappings] = useState(false)
  const wantAllMappings = useCallback(() => setNeedsAllMappings(true), [])
  const mappings = useQuery({ ...destinationQueries.mappings(destination.destinationId), enabled: needsAllMappings || dialog.kind !== 'none' })
  const existing = mappings.data ?? NO_MAPPINGS
  const mappedSids = useMemo(() => new Set(existing.map((m) => m.sid)), [existing])
  const availability = useCallback(
    (segment: Segment) => segmentAvailability(segment, destination, dataSourcesById, mappedSids),
    [destination, dataSourcesById, mappedSids],
  )
  const remove = useDeleteMapping(destination.destinationId)
  // After a removal: the toast with "Undo" (re-creates the mapping with the same values and dates).
  const announceRemoved = useUndoRemoveMapping(destination)
  const close = () => setDialog({ kind: 'none' })
  // The Edit Mapping dialog decides whether Escape may close it (it asks first when something was typed).
  const closeGuardRef = useRef<(() => boolean) | null>(null)
  const dismiss = () => { if (!closeGuardRef.current || closeGuardRef.current()) close() }
  const openMapping = (target: EditMappingTarget) => setDialog({ kind: 'mapping', target })
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
        <MappingDraftOffers destination={destination} isDialogOpen={dialog.kind === 'mapping'} canMap={canMap} mappings={existing}
          onRestore={(open) => setDialog({ kind: 'mapping', target: open.target, restored: open })} />
        <Flex gap="size-200" alignItems="end" wrap>
          <div onFocusCapture={wantAllMappings}>
            <SegmentSearchComboBox availability={availability} isDisabled={!canMap} description={reason ?? undefined}
              onPick={(segment) => openMapping({ kind: 'create', segments: [segment] })} />
          </div>
          <Button variant="secondary" isDisabled={!canMap} aria-describedby={describedBy} onPress={() => setDialog({ kind: 'picker' })}>Browse All Segments</Button>
        </Flex>
        {reason ? <Text id={reasonId}>Adding, editing and removing mappings is disabled: {reason}</Text> : null}
        <MappingTable destination={destination} canMap={canMap} disabledReasonId={describedBy} onFirstPageShown={wantAllMappings}
          onEdit={(mapping) => openMapping({ kind: 'edit', mapping })}
          onRemove={(mapping) => setDialog({ kind: 'remove', mapping })} />
      </Flex>
      <DialogContainer onDismiss={close} type="fullscreen">
        {dialog.kind === 'picker' ? (
          <SegmentPickerDialog availability={availability} onCancel={close}
            onConfirm={(segments) => openMapping({ kind: 'create', segments })} />
        ) : null}
      </DialogContainer>
      <DialogContainer onDismiss={dismiss}>
        {dialog.kind === 'mapping' ? (
          <EditMappingDialog destination={destination} target={dialog.target} existing={existing} onClose={close} closeGuardRef={closeGuardRef}
            draftKey={dialog.restored ? dialog.restored.draftKey : draftKeyFor(dialog.target)} restored={dialog.restored?.restored} />
        ) : dialog.kind === 'remove' ? (
          <RemoveMappingDialog destination={destination} mapping={dialog.mapping} onConfirm={() => confirmRemove(dialog.mapping)} />
        ) : null}
      </DialogContainer>
    </View>
  )
}
