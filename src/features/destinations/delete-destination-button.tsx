import { AlertDialog, DialogContainer, ToastQueue } from '@adobe/react-spectrum'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { destinationQueries, useDeleteDestination } from '../../api/destinations'
import type { CurrentUser, Destination } from '../../api/schemas'
import { describeError } from '../../components/error-message'
import { GuardedButton } from '../../components/guarded-button'
import { deleteDestinationReason } from './destination-rules'
import { GuidedDeleteButton } from './guided-delete-button'

interface DeleteDestinationButtonProps {
  destination: Destination
  user: CurrentUser | undefined
}

/**
 * "Delete" for a destination. Enabled only with DELETE_ALL_DESTINATIONS and no mappings (AAM
 * refuses with 409 DESTINATION_HAS_MAPPINGS), otherwise disabled with the reason shown. Confirms in
 * the alert dialog "Delete destination", then deletes, toasts and opens the list. With mappings,
 * "Remove All Mappings" beside it offers the guided way (`GuidedDeleteButton`).
 */
export function DeleteDestinationButton({ destination, user }: DeleteDestinationButtonProps) {
  const [isOpen, setOpen] = useState(false)
  const navigate = useNavigate()
  const remove = useDeleteDestination()
  // The count comes with the destination; fall back to the mapping list when the server omits it.
  const mappings = useQuery({
    ...destinationQueries.mappings(destination.destinationId),
    enabled: destination.mappingCount === undefined,
  })
  const mappingCount = destination.mappingCount ?? mappings.data?.length
  const { destinationId, name } = destination

  function confirm() {
    remove.mutate(destinationId, {
      onSuccess: () => {
        ToastQueue.positive(`Destination "${name}" was deleted.`, { timeout: 5000 })
        void navigate({ to: '/destinations' })
      },
      onError: (error) => {
        const { message, hint } = describeError(error)
        ToastQueue.negative(`Could not delete destination "${name}". ${message} ${hint}`, { timeout: 10000 })
      },
    })
  }

  return (
    <>
      <GuardedButton
        variant="negative"
        style="outline"
        reason={deleteDestinationReason(user, mappingCount)}
        isPending={remove.isPending}
        onPress={() => setOpen(true)}
      >
        Delete
      </GuardedButton>
      <GuidedDeleteButton destination={destination} user={user} mappingCount={mappingCount} />
      <DialogContainer onDismiss={() => setOpen(false)}>
        {isOpen && (
          <AlertDialog
            title="Delete destination"
            variant="destructive"
            primaryActionLabel="Delete"
            cancelLabel="Cancel"
            onPrimaryAction={confirm}
          >
            Delete destination "{name}" (ID {destinationId})? This cannot be undone.
          </AlertDialog>
        )}
      </DialogContainer>
    </>
  )
}
