import { getRouteApi } from '@tanstack/react-router'
import { DestinationListPage } from '../../features/destinations/destination-list-page'

const route = getRouteApi('/destinations')

/**
 * `/destinations`: wires the URL search to the list page. Typing replaces history; other changes push.
 * Part of the app's first chunk (not lazy): it is the first screen of nearly every visit.
 */
export function DestinationsRoute() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  return (
    <DestinationListPage
      search={search}
      onSearchChange={(patch, options) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: options?.replace })}
      onCreate={() => void navigate({ to: '/destinations/new' })}
    />
  )
}
