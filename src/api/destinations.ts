import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { apiRequest } from './http'
import {
  destinationSchema,
  mappingSchema,
  pageOrArraySchema,
  type Category,
  type DestinationType,
  type MappingCreate,
  type MappingUpdate,
} from './schemas'

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
  mappings: (destinationId: number) =>
    queryOptions({
      queryKey: [...destinationQueries.all(), 'mappings', destinationId] as const,
      queryFn: ({ signal }) => fetchAllMappings(destinationId, signal),
    }),
}

const createdMappingsSchema = z.array(mappingSchema)

/** `POST /v1/destinations/{id}/bulk-create`: creates all mappings in one request, or none. @throws ApiError */
export function bulkCreateMappings(destinationId: number, mappings: MappingCreate[]) {
  return apiRequest(`/v1/destinations/${destinationId}/bulk-create`, {
    method: 'POST',
    body: mappings,
    schema: createdMappingsSchema,
  })
}

/** `PUT /v1/destinations/mappings/{mappingId}` (no destination ID in AAM's path). @throws ApiError */
export function updateMapping(mappingId: number, mapping: MappingUpdate) {
  return apiRequest(`/v1/destinations/mappings/${mappingId}`, { method: 'PUT', body: mapping, schema: mappingSchema })
}

/** `DELETE /v1/destinations/{id}/mappings/{mappingId}` (204). @throws ApiError */
export function deleteMapping(destinationId: number, mappingId: number) {
  return apiRequest(`/v1/destinations/${destinationId}/mappings/${mappingId}`, { method: 'DELETE' })
}

/** `DELETE /v1/destinations/{id}` (204); refused with 409 DESTINATION_HAS_MAPPINGS while mappings exist. */
export function deleteDestination(destinationId: number) {
  return apiRequest(`/v1/destinations/${destinationId}`, { method: 'DELETE' })
}

function useInvalidateDestination(destinationId: number) {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: destinationQueries.mappings(destinationId).queryKey }),
      queryClient.invalidateQueries({ queryKey: destinationQueries.detail(destinationId).queryKey }),
      queryClient.invalidateQueries({ queryKey: destinationQueries.lists() }),
    ])
}

/** Creates mappings on one destination (one `bulk-create` request) and refreshes its views. */
export function useCreateMappings(destinationId: number) {
  const invalidate = useInvalidateDestination(destinationId)
  return useMutation({
    mutationFn: (mappings: MappingCreate[]) => bulkCreateMappings(destinationId, mappings),
    onSuccess: invalidate,
  })
}

/** Updates one mapping of `destinationId` and refreshes its views. */
export function useUpdateMapping(destinationId: number) {
  const invalidate = useInvalidateDestination(destinationId)
  return useMutation({
    mutationFn: ({ mappingId, mapping }: { mappingId: number; mapping: MappingUpdate }) => updateMapping(mappingId, mapping),
    onSuccess: invalidate,
  })
}

/** Removes one mapping of `destinationId` and refreshes its views. */
export function useDeleteMapping(destinationId: number) {
  const invalidate = useInvalidateDestination(destinationId)
  return useMutation({
    mutationFn: (mappingId: number) => deleteMapping(destinationId, mappingId),
    onSuccess: invalidate,
  })
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
