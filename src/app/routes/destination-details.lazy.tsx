import { createLazyRoute } from '@tanstack/react-router'
import { DestinationDetailsPage } from '../../features/destinations/destination-details-page'

/** `/destinations/$destinationId`: the details page; the key remounts it per destination. */
export function DestinationDetailsRoute() {
  const { destinationId } = Route.useParams()
  return <DestinationDetailsPage key={destinationId} destinationIdParam={destinationId} />
}

export const Route = createLazyRoute('/destinations/$destinationId')({ component: DestinationDetailsRoute })
