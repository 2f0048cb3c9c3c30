import { createLazyRoute } from '@tanstack/react-router'
import { EditDestinationPage } from '../../features/destinations/edit-destination-page'

/** `/destinations/$destinationId/edit`: the configuration form of a saved destination; remounts per destination. */
export function DestinationEditRoute() {
  const { destinationId } = Route.useParams()
  return <EditDestinationPage key={destinationId} destinationIdParam={destinationId} />
}

export const Route = createLazyRoute('/destinations/$destinationId/edit')({ component: DestinationEditRoute })
