import { createLazyRoute } from '@tanstack/react-router'
import { NewDestinationPage } from '../../features/destinations/new-destination-page'

/** `/destinations/new`: the configuration form for a new destination. */
export function DestinationNewRoute() {
  return <NewDestinationPage />
}

export const Route = createLazyRoute('/destinations/new')({ component: DestinationNewRoute })
