import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { destinationQueries } from '../../api/destinations'
import type { DataSource, Mapping } from '../../api/schemas'
import { segmentQueries } from '../../api/segments'
import { userQueries } from '../../api/users'
import { hasPermission, missingPermissionReason } from '../../domain/permissions'

const EMPTY = new Map<number, DataSource>()
const byId = (sources: DataSource[]) => new Map(sources.map((s) => [s.dataSourceId, s]))

/**
 * Data sources keyed by `dataSourceId` (for Data Export Controls and the "Data Source" column).
 * An empty map while loading or after an error; `isError` tells which.
 */
export function useDataSourcesById() {
  const query = useQuery({ ...segmentQueries.dataSources(), select: byId })
  return { dataSourcesById: query.data ?? EMPTY, isError: query.isError }
}

/** Data sources keyed by `dataSourceId`, read from the cache or fetched (`GET /v1/datasources/`). @throws ApiError */
export async function ensureDataSourcesById(queryClient: QueryClient): Promise<ReadonlyMap<number, DataSource>> {
  return byId(await queryClient.ensureQueryData(segmentQueries.dataSources()))
}

/**
 * Whether the signed-in user may map segments (`MAP_ALL_TO_DESTINATIONS`, admins always).
 * `reason` is the sentence to show beside disabled controls; null while the user loads or when allowed.
 */
export function useMappingPermission(): { canMap: boolean; reason: string | null } {
  const { data: user, isPending } = useQuery(userQueries.self())
  if (isPending) return { canMap: false, reason: null }
  return { canMap: hasPermission(user, 'MAP_ALL_TO_DESTINATIONS'), reason: missingPermissionReason(user, 'MAP_ALL_TO_DESTINATIONS') }
}

/**
 * Every mapping of destination `destinationId` (`destinationQueries.mappings`, the full list in one
 * `GET /v1/destinations/{id}/mappings/`), for a decision that must not be made on a missing or
 * outdated list: the cached answer when it is loaded and no mapping write has invalidated it since;
 * otherwise the request on its way (a first load, or the refetch after a write) or a new one.
 * @throws ApiError of the failed request (nothing is decided then)
 */
export function ensureDestinationMappings(queryClient: QueryClient, destinationId: number): Promise<Mapping[]> {
  const options = destinationQueries.mappings(destinationId)
  const state = queryClient.getQueryState(options.queryKey)
  if (state?.data !== undefined && !state.isInvalidated && state.fetchStatus === 'idle') return Promise.resolve(state.data)
  // staleTime 0: whatever is cached here is missing, invalidated or being replaced (a request on its way is joined).
  return queryClient.fetchQuery({ ...options, staleTime: 0 })
}

/** The destination's full mapping list, fetched on demand (`useDestinationMappings`). */
export interface DestinationMappings {
  /** Every mapping of the destination; undefined until loaded (also before anything asked for it). */
  mappings: Mapping[] | undefined
  /** Why loading failed, when there is no earlier answer to show; null otherwise. */
  error: Error | null
  /** A request for the list is on its way (first load, refetch after a write, or Retry). */
  isFetching: boolean
  /** Starts loading the list in the background; from then on mapping writes refresh it. */
  want: () => void
  /** Waits for a current list (`ensureDestinationMappings`), loading it when needed. @throws ApiError */
  ensure: () => Promise<Mapping[]>
  /** Asks for the list again (Retry after a failure). */
  retry: () => void
}

/**
 * The full mapping list of destination `destinationId`, which only adding segments needs ("Mapped"
 * marks, duplicate checks): nothing is requested until `want()` or `ensure()` is called, so opening
 * a destination does not download thousands of mappings. An answer already cached (e.g. by a
 * restored draft) is used at once. Once wanted, the query stays observed: mapping writes invalidate
 * and refetch it as before.
 */
export function useDestinationMappings(destinationId: number): DestinationMappings {
  const queryClient = useQueryClient()
  const [asked, setAsked] = useState(false)
  const query = useQuery({ ...destinationQueries.mappings(destinationId), enabled: asked })
  const want = useCallback(() => setAsked(true), [])
  const ensure = useCallback(() => {
    setAsked(true)
    return ensureDestinationMappings(queryClient, destinationId)
  }, [queryClient, destinationId])
  const { refetch } = query
  const retry = useCallback(() => {
    setAsked(true)
    void refetch()
  }, [refetch])
  return {
    mappings: query.data,
    error: query.data === undefined && query.isError ? query.error : null,
    isFetching: query.isFetching,
    want,
    ensure,
    retry,
  }
}
