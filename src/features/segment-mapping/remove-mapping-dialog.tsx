import { AlertDialog, Text } from '@adobe/react-spectrum'
import type { Destination, Mapping } from '../../api/schemas'
import { removalConsequence } from './mapping-rules'

interface RemoveMappingDialogProps {
  destination: Destination
  mapping: Mapping
  /** Called when the user confirms; the dialog closes itself (AlertDialog) either way. */
  onConfirm: () => void
}

/**
 * AlertDialog "Remove mapping" (destructive; buttons "Remove" and "Cancel") saying which segment
 * leaves which destination and what that means at the partner. Render inside a DialogContainer.
 */
export function RemoveMappingDialog({ destination, mapping, onConfirm }: RemoveMappingDialogProps) {
  const name = mapping.elementName ?? `Segment ${mapping.sid}`
  return (
    <AlertDialog title="Remove mapping" variant="destructive" primaryActionLabel="Remove" cancelLabel="Cancel" onPrimaryAction={onConfirm}>
      <Text>
        Remove {name} (segment ID {mapping.sid}) from {destination.name}? {removalConsequence(destination)}
      </Text>
    </AlertDialog>
  )
}
