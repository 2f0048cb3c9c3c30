import { AlertDialog, DialogContainer, Flex, Text, ToastQueue } from '@adobe/react-spectrum'
import { useState } from 'react'
import { useBulkDeleteDestinations } from '../../api/destinations'
import { describeError } from '../../components/error-message'
import { GuardedButton } from '../../components/guarded-button'

/** A destination chosen in the list for deletion. */
export interface SelectedDestination {
  destinationId: number
  name: string
}

interface BulkDeleteButtonProps {
  /** The selected destinations (only ones without mappings can be selected). */
  selected: SelectedDestination[]
  /** Called after the destinations were deleted (to clear the selection). */
  onDeleted: () => void
}

/**
 * "Delete Selected" on the destination list (users with DELETE_ALL_DESTINATIONS): disabled with the
 * reason until destinations are selected; confirms in the alert dialog "Delete destinations", which
 * lists them, then deletes them in one `bulk-delete` request (all or nothing) and toasts the result.
 */
export function BulkDeleteButton({ selected, onDeleted }: BulkDeleteButtonProps) {
  const [isOpen, setOpen] = useState(false)
  const remove = useBulkDeleteDestinations()
  const count = selected.length
  const noun = count === 1 ? 'destination' : 'destinations'

  function confirm() {
    remove.mutate(selected.map((d) => d.destinationId), {
      onSuccess: () => {
        ToastQueue.positive(`${count} ${noun} deleted.`, { timeout: 5000 })
        onDeleted()
      },
      onError: (error) => {
        const { message, hint } = describeError(error)
        ToastQueue.negative(`Could not delete the selected destinations. ${message} ${hint}`, { timeout: 10000 })
      },
    })
  }

  return (
    <>
      <GuardedButton
        variant="negative"
        style="outline"
        reason={count === 0 ? 'Select destinations without segment mappings to delete them together.' : null}
        isPending={remove.isPending}
        onPress={() => setOpen(true)}
      >
        Delete Selected
      </GuardedButton>
      <DialogContainer onDismiss={() => setOpen(false)}>
        {isOpen && (
          <AlertDialog
            title="Delete destinations"
            variant="destructive"
            primaryActionLabel="Delete"
            cancelLabel="Cancel"
            onPrimaryAction={confirm}
          >
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
        )}
      </DialogContainer>
    </>
  )
}
