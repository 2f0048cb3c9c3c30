import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  redirect,
  stripSearchParams,
  type RouterHistory,
} from '@tanstack/react-router'
import { destinationQueries } from '../api/destinations'
import { userQueries } from '../api/users'
import { LoadingState } from '../components/loading-state'
import {
  DESTINATION_LIST_SEARCH_DEFAULTS,
  destinationListSearchSchema,
  toDestinationListParams,
} from '../features/destinations/destination-list-search'
import { isDestinationIdParam } from '../features/destinations/destination-rules'
import { RootLayout } from './root-layout'
import { RouteError, RouteNotFound } from './route-error'
import { DestinationsRoute } from './routes/destinations'

/** What every route's loader gets: the app's QueryClient, for prefetching. */
export interface RouterContext {
  queryClient: QueryClient
}

// Prefetches never throw: a failed request stays in the cache and the page shows its own error state.
const ignore = () => undefined

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  loader: ({ context }) => {
    void context.queryClient.ensureQueryData(userQueries.self()).catch(ignore)
  },
})

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/destinations', replace: true })
  },
})

const destinationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/destinations',
  validateSearch: destinationListSearchSchema,
  search: { middlewares: [stripSearchParams(DESTINATION_LIST_SEARCH_DEFAULTS)] },
  loaderDeps: ({ search }) => toDestinationListParams(search),
  // Not awaited: tab, sort and page switch at once while the table shows the previous rows.
  loader: ({ context, deps }) => {
    void context.queryClient.ensureQueryData(destinationQueries.list(deps)).catch(ignore)
  },
  // Not lazy, unlike the other pages: the list is the first screen of nearly every visit, and in the
  // app's first chunk it needs no second round trip (vite.config.ts, `codeSplitting`).
  component: DestinationsRoute,
})

type DestinationLoaderArgs = { context: { queryClient: QueryClient }; params: { destinationId: string } }

/** Loader of the details and edit routes: waits for the destination; a failure shows in the page. */
async function loadDestination({ context, params }: DestinationLoaderArgs) {
  if (!isDestinationIdParam(params.destinationId)) return
  await context.queryClient.ensureQueryData(destinationQueries.detail(Number(params.destinationId))).catch(ignore)
}

/**
 * Loader of the details route: starts the destination and the first page of its mapping table
 * together (no waterfall), and waits only for the destination.
 */
async function loadDestinationDetails(args: DestinationLoaderArgs) {
  const { context, params } = args
  if (isDestinationIdParam(params.destinationId)) {
    void context.queryClient.ensureInfiniteQueryData(destinationQueries.mappingPages(Number(params.destinationId))).catch(ignore)
  }
  await loadDestination(args)
}

const destinationDetailsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/destinations/$destinationId',
  loader: loadDestinationDetails,
}).lazy(() => import('./routes/destination-details.lazy').then((m) => m.Route))

const newDestinationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/destinations/new',
  loader: ({ context }) => {
    void context.queryClient.ensureQueryData(destinationQueries.platforms()).catch(ignore)
  },
}).lazy(() => import('./routes/destination-new.lazy').then((m) => m.Route))

const editDestinationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/destinations/$destinationId/edit',
  loader: loadDestination,
}).lazy(() => import('./routes/destination-edit.lazy').then((m) => m.Route))

const routeTree = rootRoute.addChildren([indexRoute, destinationsRoute, newDestinationRoute, destinationDetailsRoute, editDestinationRoute])

/**
 * The app's router: `/` -> `/destinations` (list, search params per `destinationListSearchSchema`),
 * `/destinations/new` (create form), `/destinations/$destinationId` (details; non-numeric IDs show
 * not-found), `/destinations/$destinationId/edit` (edit form), and a not-found view for anything else.
 * A page that throws while rendering shows `RouteError` (Retry, "Back to Destinations") in place of
 * the page, under the header. Pass a memory history in tests.
 */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient },
    defaultPreload: 'intent',
    // React Query decides freshness; the router always asks it.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: () => <LoadingState />,
    // Each route's page renders inside its own boundary with this view, under the app frame.
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: RouteNotFound,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
