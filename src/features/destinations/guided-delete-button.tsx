import { AlertDialog, DialogContainer, Flex, Text, TextField, ToastQueue } from '@adobe/react-spectrum'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { useRemoveMappingsThenDelete } from '../../api/destination-workflows'
import type { CurrentUser, Destination } from '../../api/schemas'
import { describeError } from '../../components/error-message'
import { GuardedButton } from '../../components/guarded-button'
import { hasPermission, missingPermissionReason } from '../../domain/permissions'

interface GuidedDeleteButtonProps {
  destination: Destination
  user: CurrentUser | undefined
  /** Mappings the destination has now; the button shows only when there are some. */
  mappingCount: number | undefined
}

/**
 * "Remove All Mappings": the guided way to delete a destination that still has mappings
 * (AAM deletes only destinations without mappings). Shown to users with DELETE_ALL_DESTINATIONS
 * when mappings exist; needs MAP_ALL_TO_DESTINATIONS too (else disabled, saying why). The alert
 * dialog "Remove all mappings, then delete" says how many mappings go and asks to type the
 * destination ID; progress is announced; on success it toasts and opens the list.
 */
export function GuidedDeleteButton({ destination, user, mappingCount }: GuidedDeleteButtonProps) {
  const [isOpen, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [progress, setProgress] = useState<{ removed: number; total: number } | null>(null)
  const navigate = useNavigate()
  const { destinationId, name } = destination
  const run = useRemoveMappingsThenDelete(destinationId, (removed, total) => setProgress({ removed, total }))
  if (!mappingCount || !hasPermission(user, 'DELETE_ALL_DESTINATIONS')) return null
  const count = `${mappingCount} segment ${mappingCount === 1 ? 'mapping' : 'mappings'}`

  function confirm() {
    setProgress({ removed: 0, total: mappingCount ?? 0 })
    run.mutate(undefined, {
      onSuccess: () => {
        ToastQueue.positive(`Removed ${count} and deleted destination "${name}".`, { timeout: 5000 })
        void navigate({ to: '/destinations' })
      },
      onError: (error) => {
        const { message, hint } = describeError(error)
        ToastQueue.negative(`Could not finish deleting destination "${name}". ${message} ${hint}`, { timeout: 10000 })
      },
      onSettled: () => setProgress(null),
    })
  }

  return (
    <Flex direction="column" gap="size-50">
      <GuardedButton variant="negative" style="outline" isPending={run.isPending}
        reason={missingPermissionReason(user, 'MAP_ALL_TO_DESTINATIONS')}
        onPress={() => { setTyped(''); setOpen(true) }}>
        Remove All Mappings
      </GuardedButton>
      <Text aria-live="polite">
        {progress ? `Removing segment mappings: ${progress.removed} of ${progress.total}…` : ''}
      </Text>
      <DialogContainer onDismiss={() => setOpen(false)}>
        {isOpen && (
          <AlertDialog title="Remove all mappings, then delete" variant="destructive" cancelLabel="Cancel"
            primaryActionLabel={`Remove ${count} and delete`} isPrimaryActionDisabled={typed.trim() !== String(destinationId)}
            onPrimaryAction={confirm}>
            <Text>
              Destination &quot;{name}&quot; (ID {destinationId}) has {count}. Audience Manager deletes a destination only after its
              mappings are removed. This removes all {count} (those segments stop being sent to it) and then deletes the
              destination. This cannot be undone.
            </Text>
            <TextField label={`Type the destination ID (${destinationId}) to confirm`} value={typed} onChange={setTyped} marginTop="size-200" width="100%" />
          </AlertDialog>
        )}
      </DialogContainer>
    </Flex>
  )
}
