import { AlertDialog, Flex, Text } from '@adobe/react-spectrum'
import type { SelectedDestination } from './bulk-delete-button'

// The DialogContainer to render this dialog in: taken from this module (fetched on demand), so
// Spectrum's DialogContainer and Modal, and their CSS, stay out of the first screen's chunk.
export { DialogContainer } from '@adobe/react-spectrum'

interface BulkDeleteDialogProps {
  /** The destinations to delete, listed by name and ID. */
  selected: SelectedDestination[]
  /** Called when the user confirms with "Delete". */
  onConfirm: () => void
}

/**
 * The alert dialog "Delete destinations" of "Delete Selected" (`bulk-delete-button.tsx`): lists the
 * selected destinations ("Name (ID 1010)") and asks to confirm; "Cancel" closes it. Render it in the
 * `DialogContainer` this module exports. Its own module, fetched on demand, so the destination list
 * (the first screen) does not load `AlertDialog`.
 */
export function BulkDeleteDialog({ selected, onConfirm }: BulkDeleteDialogProps) {
  const count = selected.length
  const noun = count === 1 ? 'destination' : 'destinations'
  return (
    <AlertDialog title="Delete destinations" variant="destructive" primaryActionLabel="Delete" cancelLabel="Cancel" onPrimaryAction={onConfirm}>
      <Flex direction="column" gap="size-100">
        <Text>Delete these {count} {noun}? This cannot be undone.</Text>
        <ul aria-label="Destinations to delete" style={{ margin: 0, maxHeight: '12rem', overflowY: 'auto' }}>
          {selected.map((d) => (
            <li key={d.destinationId}>
              {d.name} (ID {d.destinationId})
            </li>
          ))}
        </ul>
      </Flex>
    </AlertDialog>
  )
}
