import { createLazyRoute } from '@tanstack/react-router'
import { DestinationListPage } from '../../features/destinations/destination-list-page'

/** `/destinations`: wires the URL search to the list page. Typing replaces history; other changes push. */
export function DestinationsRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <DestinationListPage
      search={search}
      onSearchChange={(patch, options) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: options?.replace })}
      onCreate={() => void navigate({ to: '/destinations/new' })}
    />
  )
}

export const Route = createLazyRoute('/destinations')({ component: DestinationsRoute })
