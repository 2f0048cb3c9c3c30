import { useNavigate } from '@tanstack/react-router'
import type { CurrentUser, Destination } from '../../api/schemas'
import { GuardedButton } from '../../components/guarded-button'
import { editDestinationReason } from './destination-rules'

/**
 * "Edit" on the details page: opens `/destinations/{id}/edit` for users with EDIT_ALL_DESTINATIONS
 * (device-based: partner admins only); for anyone else it is disabled and says why.
 */
export function EditDestinationButton({ destination, user }: { destination: Destination; user: CurrentUser | undefined }) {
  const navigate = useNavigate()
  return (
    <GuardedButton variant="primary" reason={editDestinationReason(user, destination)}
      onPress={() => void navigate({ to: '/destinations/$destinationId/edit', params: { destinationId: String(destination.destinationId) } })}>
      Edit
    </GuardedButton>
  )
}
