import { useMutation } from '@tanstack/react-query'
import { z } from 'zod'
import { ApiError } from './api-error'
import { useInvalidateDestination } from './destinations'
import { apiRequest } from './http'
import { mappingSchema, type Mapping, type MappingCreate, type MappingUpdate } from './schemas'

// Mapping writes (AAM API guide, "Map segments to a destination"); reads live in destinationQueries.

const createdMappingsSchema = z.array(mappingSchema)

/** `POST /v1/destinations/{id}/bulk-create`: creates all mappings in one request, or none. @throws ApiError */
export function bulkCreateMappings(destinationId: number, mappings: MappingCreate[]) {
  return apiRequest(`/v1/destinations/${destinationId}/bulk-create`, {
    method: 'POST',
    body: mappings,
    schema: createdMappingsSchema,
  })
}

/**
 * Most mappings sent in one `bulk-create` request. AAM and the demo backend take up to 5,000
 * (`bulkCreateSchema`), but a request that large is slow to check (the demo compares every item with
 * every mapping of the destination, up to 5,000), may outlive the live proxy's `AAM_TIMEOUT_MS` (a 504
 * whose outcome is unknown) and, when it fails, loses the whole batch. 500 keeps a request to about
 * 100 KB and a few hundred milliseconds, a 1,000-segment save to two requests, and a failure to at
 * most 500 segments that the user saves again.
 */
export const BULK_CREATE_CHUNK_SIZE = 500

/** Progress of a chunked create: mappings the server confirmed so far, out of `total`. */
export interface CreateProgress {
  created: number
  total: number
}

/**
 * True when a failed write may still have been applied: no answer (`NETWORK_ERROR`), a server or
 * gateway failure (5xx: a 502/504 can come after AAM committed) or an unreadable success answer
 * (`BAD_RESPONSE`). A 4xx answer means the all-or-nothing `bulk-create` created nothing.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true
  return error.code === 'NETWORK_ERROR' || error.code === 'BAD_RESPONSE' || error.status === 0 || error.status >= 500
}

/**
 * A chunked create that stopped at a failed request. Chunks before it were created (`created`);
 * the failed chunk (`failedFrom`..`failedFrom + failedCount - 1` of the input) was not, unless
 * `outcomeUnknown`; later chunks were never sent. `error` is the failed request's error (its
 * `details[].field` indexes count from the failed chunk's first item).
 */
export class BulkCreateError extends Error {
  readonly created: Mapping[]
  readonly failedFrom: number
  readonly failedCount: number
  readonly total: number
  readonly error: unknown
  readonly outcomeUnknown: boolean

  constructor(init: { created: Mapping[]; failedFrom: number; failedCount: number; total: number; error: unknown }) {
    super(init.error instanceof Error ? init.error.message : 'The request failed.')
    this.name = 'BulkCreateError'
    this.created = init.created
    this.failedFrom = init.failedFrom
    this.failedCount = init.failedCount
    this.total = init.total
    this.error = init.error
    this.outcomeUnknown = isOutcomeUnknown(init.error)
  }
}

/**
 * Creates `mappings` on one destination in `bulk-create` requests of at most `chunkSize`
 * (`BULK_CREATE_CHUNK_SIZE`), sent one after the other in input order; `onProgress` runs after each
 * confirmed chunk. Never retries: a write is repeated only when the user asks.
 * @returns every created mapping, in input order
 * @throws BulkCreateError at the first failed request, with what was created before it
 */
export async function bulkCreateMappingsInChunks(
  destinationId: number,
  mappings: readonly MappingCreate[],
  options: { chunkSize?: number; onProgress?: (progress: CreateProgress) => void } = {},
): Promise<Mapping[]> {
  const chunkSize = options.chunkSize ?? BULK_CREATE_CHUNK_SIZE
  const created: Mapping[] = []
  for (let from = 0; from < mappings.length; from += chunkSize) {
    const chunk = mappings.slice(from, from + chunkSize)
    try {
      created.push(...(await bulkCreateMappings(destinationId, chunk)))
    } catch (error) {
      throw new BulkCreateError({ created, failedFrom: from, failedCount: chunk.length, total: mappings.length, error })
    }
    options.onProgress?.({ created: from + chunk.length, total: mappings.length })
  }
  return created
}

/** `PUT /v1/destinations/mappings/{mappingId}` (no destination ID in AAM's path). @throws ApiError */
export function updateMapping(mappingId: number, mapping: MappingUpdate) {
  return apiRequest(`/v1/destinations/mappings/${mappingId}`, { method: 'PUT', body: mapping, schema: mappingSchema })
}

/** `DELETE /v1/destinations/{id}/mappings/{mappingId}` (204). @throws ApiError */
export function deleteMapping(destinationId: number, mappingId: number) {
  return apiRequest(`/v1/destinations/${destinationId}/mappings/${mappingId}`, { method: 'DELETE' })
}

/**
 * Creates mappings on one destination (`bulkCreateMappingsInChunks`: one `bulk-create` per 500) and
 * refreshes its views afterwards, also after a failure (earlier chunks may have been created). Never
 * retried automatically. Fails with `BulkCreateError`.
 */
export function useCreateMappings(destinationId: number) {
  const invalidate = useInvalidateDestination(destinationId)
  return useMutation({
    mutationFn: ({ mappings, onProgress }: { mappings: readonly MappingCreate[]; onProgress?: (progress: CreateProgress) => void }) =>
      bulkCreateMappingsInChunks(destinationId, mappings, { onProgress }),
    retry: false,
    onSettled: invalidate,
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
