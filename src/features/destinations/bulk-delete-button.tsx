import { useEffect, useState } from 'react'
import { useBulkDeleteDestinations } from '../../api/destinations'
import { describeError } from '../../components/error-message'
import { GuardedButton } from '../../components/guarded-button'
import { ToastQueue } from '../../components/toast-queue'
import { bulkDeleteDialog } from './bulk-delete-dialog-loader'

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
 *
 * The dialog (`bulk-delete-dialog.tsx`) is fetched on demand, starting with the first selection, so
 * it is there by the time the button is pressed. When it cannot be fetched, a toast says "Could not
 * open Delete destinations. {reason} Check the connection, or reload the page." and nothing is
 * deleted; the selection stays.
 */
export function BulkDeleteButton({ selected, onDeleted }: BulkDeleteButtonProps) {
  const [isOpen, setOpen] = useState(false)
  const remove = useBulkDeleteDestinations()
  const count = selected.length
  const noun = count === 1 ? 'destination' : 'destinations'

  useEffect(() => {
    // Errors wait for the press, which tries again and says what went wrong.
    if (count > 0) bulkDeleteDialog.load().catch(() => undefined)
  }, [count])

  function open() {
    bulkDeleteDialog.load().then(
      () => setOpen(true),
      (error: unknown) => {
        ToastQueue.negative(`Could not open Delete destinations. ${describeError(error).message} Check the connection, or reload the page.`, {
          timeout: 8000,
        })
      },
    )
  }

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

  const dialog = bulkDeleteDialog.loaded()
  return (
    <>
      <GuardedButton
        variant="negative"
        style="outline"
        reason={count === 0 ? 'Select destinations without segment mappings to delete them together.' : null}
        isPending={remove.isPending}
        onPress={open}
      >
        Delete Selected
      </GuardedButton>
      {dialog && (
        <dialog.DialogContainer onDismiss={() => setOpen(false)}>
          {isOpen && <dialog.BulkDeleteDialog selected={selected} onConfirm={confirm} />}
        </dialog.DialogContainer>
      )}
    </>
  )
}
