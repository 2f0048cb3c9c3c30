import { infiniteQueryOptions, keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from './http'
// Straight from the schema modules, not the `./schemas` barrel: this module is part of the first
// screen, and the barrel would bring the write schemas along (see schemas/index.ts).
import {
  availablePlatformsSchema,
  destinationLimitsSchema,
  destinationSchema,
  type Category,
  type DestinationType,
} from './schemas/destination'
import type { DestinationCreate, DestinationUpdate } from './schemas/destination-write'
import { mappingSchema, type Mapping } from './schemas/mapping'
import { pageOrArraySchema, type Page } from './schemas/paging'

/** Parameters of the destination list; `page` is 0-based as in AAM. */
export interface DestinationListParams {
  page: number
  pageSize: number
  sortBy?: 'destinationId' | 'name'
  descending?: boolean
  search?: string
  category?: Category
  destinationType?: DestinationType
  containsSegment?: number
}

const destinationPageSchema = pageOrArraySchema(destinationSchema)
const mappingListSchema = pageOrArraySchema(mappingSchema)

/** `GET /v1/destinations/` with paging: always answers with the paging envelope. */
export function fetchDestinations(params: DestinationListParams, signal?: AbortSignal) {
  return apiRequest('/v1/destinations/', { query: { ...params }, schema: destinationPageSchema, signal })
}

/** `GET /v1/destinations/{id}`; `mappings` stays null unless `includeMappings`. @throws ApiError 404 NOT_FOUND */
export function fetchDestination(destinationId: number, options: { includeMappings?: boolean; signal?: AbortSignal } = {}) {
  return apiRequest(`/v1/destinations/${destinationId}`, {
    query: { includeMappings: options.includeMappings || undefined },
    schema: destinationSchema,
    signal: options.signal,
  })
}

/** `GET /v1/destinations/{id}/mappings/` without paging: every mapping of the destination. */
export async function fetchAllMappings(destinationId: number, signal?: AbortSignal) {
  const page = await apiRequest(`/v1/destinations/${destinationId}/mappings/`, { schema: mappingListSchema, signal })
  return page.list
}

/** Mapping properties the mapping table sorts by (AAM `sortBy` names a JSON property). */
export type MappingSortBy = 'sid' | 'elementName' | 'elementStatus' | 'startDate' | 'endDate' | 'traitAlias' | 'valueAlias' | 'url'

/**
 * What the mapping table asks the server for: `search` (segment name, segment ID, mapping value),
 * `sortBy` + `descending`. Without `sortBy` the server keeps its default (mapping ID, creation order).
 */
export interface MappingListParams {
  search?: string
  sortBy?: MappingSortBy
  descending?: boolean
}

/** Rows of the mapping table's first request (small, so the first rows show fast). */
export const MAPPING_PAGE_SIZE = 100
/** Most rows of one later request of the mapping table (see `nextMappingPage`). */
export const MAPPING_PAGE_SIZE_MAX = 800

/** One request of the mapping table: AAM's 0-based `page` of `pageSize` rows (rows `page * pageSize` on). */
export interface MappingPageParam {
  page: number
  pageSize: number
}

/** The view a destination's mapping table opens with (what the route loader and prefetches ask for). */
export const DEFAULT_MAPPING_LIST: MappingListParams = {}

/** Same params, same query key: blank search and `descending: false` are left out. */
function normalizeMappingParams({ search, sortBy, descending }: MappingListParams): MappingListParams {
  const text = search?.trim()
  return { ...(text ? { search: text } : {}), ...(sortBy ? { sortBy } : {}), ...(sortBy && descending ? { descending: true } : {}) }
}

/**
 * `GET /v1/destinations/{id}/mappings/?page&pageSize&search&sortBy&descending`: one page (0-based) of
 * the mappings; always the paging envelope (a bare array from a server that ignores paging becomes
 * one page holding everything). @throws ApiError 404 NOT_FOUND, 400 VALIDATION_FAILED (bad `sortBy`)
 */
export function fetchMappingPage(destinationId: number, params: MappingListParams & { page: number; pageSize: number }, signal?: AbortSignal) {
  return apiRequest(`/v1/destinations/${destinationId}/mappings/`, { query: { ...params }, schema: mappingListSchema, signal })
}

/**
 * The request after `last`, or undefined once every matching row is loaded (or a page came back
 * empty). Requests grow so that a long list takes few round trips and few table updates: the next
 * one starts where the last ended (`end` rows in) and takes the largest multiple of
 * `MAPPING_PAGE_SIZE` up to `MAPPING_PAGE_SIZE_MAX` that divides `end` (AAM pages are aligned to
 * their size): 100 (rows 0-99), 100, 200, 400, 800, then 800 at a time.
 */
export function nextMappingPage(last: Page<Mapping>, pages: Page<Mapping>[], lastParam: MappingPageParam): MappingPageParam | undefined {
  const loaded = pages.reduce((sum, p) => sum + p.list.length, 0)
  const end = (lastParam.page + 1) * lastParam.pageSize
  if (last.list.length === 0 || loaded >= last.total || end >= last.total) return undefined
  let pageSize = Math.min(MAPPING_PAGE_SIZE_MAX, end)
  while (end % pageSize !== 0) pageSize -= MAPPING_PAGE_SIZE
  return { page: end / pageSize, pageSize }
}

/**
 * Most mappings a destination may have for screens to read its full mapping list up front (once
 * the page shows): below it the list is small, above it (thousands of rows, megabytes) it is read
 * only when the user needs it (adding segments, the Re-apply auto-fill preview).
 */
export const FULL_MAPPING_LIST_EAGER_LIMIT = 1000

/** Whether `destination`'s full mapping list is small enough to read up front (`FULL_MAPPING_LIST_EAGER_LIMIT`). */
export const readsAllMappingsUpFront = (destination: { mappingCount?: number | null }) =>
  (destination.mappingCount ?? 0) <= FULL_MAPPING_LIST_EAGER_LIMIT

/** Query keys and fetchers for destinations and their mappings (TanStack Query factories). */
export const destinationQueries = {
  all: () => ['destinations'] as const,
  lists: () => [...destinationQueries.all(), 'list'] as const,
  list: (params: DestinationListParams) =>
    queryOptions({
      queryKey: [...destinationQueries.lists(), params] as const,
      queryFn: ({ signal }) => fetchDestinations(params, signal),
      placeholderData: keepPreviousData,
    }),
  details: () => [...destinationQueries.all(), 'detail'] as const,
  detail: (destinationId: number) =>
    queryOptions({
      queryKey: [...destinationQueries.details(), destinationId] as const,
      queryFn: ({ signal }) => fetchDestination(destinationId, { signal }),
    }),
  /**
   * Every mapping of a destination in one request (for "already mapped" checks and bulk work): up to
   * thousands of rows, so opening a page does not ask for it: the Segment Mappings section reads it
   * once the page is idle when it is small (`readsAllMappingsUpFront`), else when the user starts
   * adding (`useDestinationMappings`). Its key is also the prefix of
   * `mappingPages` and `mappingTotal`: invalidating it refreshes them all.
   */
  mappings: (destinationId: number) =>
    queryOptions({
      queryKey: [...destinationQueries.all(), 'mappings', destinationId] as const,
      queryFn: ({ signal }) => fetchAllMappings(destinationId, signal),
    }),
  /**
   * The mapping table's rows, searched and sorted by the server: a first page of
   * `MAPPING_PAGE_SIZE` rows, then ever larger ones (`nextMappingPage`; `pageParam` is the
   * `MappingPageParam`). Superseded requests are aborted (the signal reaches `fetch`) and the
   * previous rows stay as placeholder while another search or sort loads.
   */
  mappingPages: (destinationId: number, params: MappingListParams = DEFAULT_MAPPING_LIST) => {
    const normalized = normalizeMappingParams(params)
    return infiniteQueryOptions({
      queryKey: [...destinationQueries.mappings(destinationId).queryKey, 'pages', normalized] as const,
      queryFn: ({ signal, pageParam }) => fetchMappingPage(destinationId, { ...normalized, ...pageParam }, signal),
      initialPageParam: { page: 0, pageSize: MAPPING_PAGE_SIZE } as MappingPageParam,
      getNextPageParam: nextMappingPage,
      placeholderData: keepPreviousData,
    })
  },
  /** How many mappings the destination has, from a one-row page (`total` of the envelope). */
  mappingTotal: (destinationId: number) =>
    queryOptions({
      queryKey: [...destinationQueries.mappings(destinationId).queryKey, 'total'] as const,
      queryFn: async ({ signal }) => (await fetchMappingPage(destinationId, { page: 0, pageSize: 1 }, signal)).total,
    }),
  /** `GET /v1/destinations/limits`: usage against AAM's limits. */
  limits: () =>
    queryOptions({
      queryKey: [...destinationQueries.all(), 'limits'] as const,
      queryFn: ({ signal }) => apiRequest('/v1/destinations/limits', { schema: destinationLimitsSchema, signal }),
    }),
  /** `GET /v1/destinations/configurations/available-platforms/`: AAM's device platforms; they never change. */
  platforms: () =>
    queryOptions({
      queryKey: ['destination-platforms'] as const,
      queryFn: ({ signal }) => apiRequest('/v1/destinations/configurations/available-platforms/', { schema: availablePlatformsSchema, signal }),
      staleTime: Infinity,
    }),
}

/**
 * `POST /v1/destinations/` (AAM "Create a destination"): 201 with the new destination.
 * @throws ApiError 400 VALIDATION_FAILED (field `details`), 403 FORBIDDEN (missing permission, or S2S
 *   by someone who is not a partner admin), 409 LIMIT_REACHED
 */
export function createDestination(body: DestinationCreate) {
  return apiRequest('/v1/destinations/', { method: 'POST', body, schema: destinationSchema })
}

/**
 * `PUT /v1/destinations/{id}` with the `updateTime` the edit started from: 200 with the saved object.
 * @throws ApiError 400 VALIDATION_FAILED, 403 FORBIDDEN, 404 NOT_FOUND, 409 STALE_UPDATE (`current`
 *   holds the server's version), 409 EXPORT_CONTROL_CONFLICT (details name the blocked segments)
 */
export function updateDestination(destinationId: number, body: DestinationUpdate) {
  return apiRequest(`/v1/destinations/${destinationId}`, { method: 'PUT', body, schema: destinationSchema })
}

/** `DELETE /v1/destinations/{id}` (204); refused with 409 DESTINATION_HAS_MAPPINGS while mappings exist. */
export function deleteDestination(destinationId: number) {
  return apiRequest(`/v1/destinations/${destinationId}`, { method: 'DELETE' })
}

/**
 * `POST /v1/destinations/bulk-delete/` with the IDs (204): deletes all of them or none.
 * @throws ApiError 403 FORBIDDEN (DELETE_ALL_DESTINATIONS), 404 NOT_FOUND (unknown IDs),
 *   409 DESTINATION_HAS_MAPPINGS (names the destinations that still have mappings)
 */
export function bulkDeleteDestinations(destinationIds: number[]) {
  return apiRequest('/v1/destinations/bulk-delete/', { method: 'POST', body: destinationIds })
}

/**
 * Invalidates everything cached about one destination: its mappings (the full list and, by key
 * prefix, every `mappingPages` view and `mappingTotal`), its detail and every list.
 */
export function useInvalidateDestination(destinationId: number) {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: destinationQueries.mappings(destinationId).queryKey }),
      queryClient.invalidateQueries({ queryKey: destinationQueries.detail(destinationId).queryKey }),
      queryClient.invalidateQueries({ queryKey: destinationQueries.lists() }),
    ])
}

/** Deletes a destination without mappings and drops it from the cache. */
export function useDeleteDestination() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (destinationId: number) => deleteDestination(destinationId),
    onSuccess: (_data, destinationId) => {
      queryClient.removeQueries({ queryKey: destinationQueries.detail(destinationId).queryKey })
      return queryClient.invalidateQueries({ queryKey: destinationQueries.lists() })
    },
  })
}

/** Deletes several destinations without mappings in one request; drops them from the cache and refreshes lists and limits. */
export function useBulkDeleteDestinations() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (destinationIds: number[]) => bulkDeleteDestinations(destinationIds),
    onSuccess: (_data, destinationIds) => {
      for (const id of destinationIds) queryClient.removeQueries({ queryKey: destinationQueries.detail(id).queryKey })
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: destinationQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: destinationQueries.limits().queryKey }),
      ])
    },
  })
}

/** Creates a destination; refreshes the lists and limits and seeds the new destination's detail query. */
export function useCreateDestination() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: DestinationCreate) => createDestination(body),
    onSuccess: (created) => {
      queryClient.setQueryData(destinationQueries.detail(created.destinationId).queryKey, created)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: destinationQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: destinationQueries.limits().queryKey }),
      ])
    },
  })
}

/** Updates destination `destinationId`; stores the saved object and refreshes the lists. */
export function useUpdateDestination(destinationId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: DestinationUpdate) => updateDestination(destinationId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(destinationQueries.detail(destinationId).queryKey, saved)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: destinationQueries.detail(destinationId).queryKey }),
        queryClient.invalidateQueries({ queryKey: destinationQueries.lists() }),
      ])
    },
  })
}
