import { AlertDialog, Text } from '@adobe/react-spectrum'
import type { Destination, Mapping } from '../../api/schemas'
import { removalConsequence } from './mapping-rules'
import { UNDO_REMOVE_MS } from './use-undo-remove-mapping'

interface RemoveMappingDialogProps {
  destination: Destination
  mapping: Mapping
  /** Called when the user confirms; the dialog closes itself (AlertDialog) either way. */
  onConfirm: () => void
}

/**
 * AlertDialog "Remove mapping" (destructive; buttons "Remove" and "Cancel") saying which segment
 * leaves which destination, what that means at the partner, and that the removal can be undone from
 * the confirmation toast for a few seconds (`useUndoRemoveMapping`). Render inside a DialogContainer.
 */
export function RemoveMappingDialog({ destination, mapping, onConfirm }: RemoveMappingDialogProps) {
  const name = mapping.elementName ?? `Segment ${mapping.sid}`
  return (
    <AlertDialog title="Remove mapping" variant="destructive" primaryActionLabel="Remove" cancelLabel="Cancel" onPrimaryAction={onConfirm}>
      <Text>
        Remove {name} (segment ID {mapping.sid}) from {destination.name}? {removalConsequence(destination)} You can
        undo this for {UNDO_REMOVE_MS / 1000} seconds after removing.
      </Text>
    </AlertDialog>
  )
}
