import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from './api-error'
import { deleteDestination, destinationQueries, fetchAllMappings, useInvalidateDestination } from './destinations'
import { deleteMapping, updateMapping } from './mappings'
import type { Mapping } from './schemas'

/*
 * Multi-request destination workflows: the guided delete and "Re-apply auto-fill". Each runs four
 * requests at a time and stops at the first failure, saying how far it got.
 */

/**
 * The guided delete (AAM refuses to delete a destination with mappings, 409
 * DESTINATION_HAS_MAPPINGS): removes every mapping of `destinationId` (`DELETE
 * /v1/destinations/{id}/mappings/{mappingId}`, four at a time), then deletes the destination.
 * `onProgress(removed, total)` runs after each removal. Stops at the first failure; mappings
 * removed so far stay removed and the destination stays.
 * @throws ApiError of the failed request, with `removed` / `total` counts added to the message
 */
export async function removeMappingsThenDelete(destinationId: number, onProgress?: (removed: number, total: number) => void) {
  const mappings = await fetchAllMappings(destinationId)
  const { done, failure } = await forEachLimited(mappings, (m) => deleteMapping(destinationId, m.mappingId), (n) => onProgress?.(n, mappings.length))
  if (failure) throw partialFailure(failure, `Removed ${done} of ${mappings.length} mappings, then a removal failed:`, 'The destination was not deleted.')
  await deleteDestination(destinationId)
}

/** Runs `run` over `items`, four at a time; stops starting new ones after the first failure. */
async function forEachLimited<T>(items: readonly T[], run: (item: T) => Promise<unknown>, onDone?: (done: number) => void) {
  const queue = [...items]
  let done = 0
  let failure: unknown = null
  async function worker() {
    while (queue.length && !failure) {
      const item = queue.shift() as T
      try {
        await run(item)
        done += 1
        onDone?.(done)
      } catch (error) {
        failure ??= error
      }
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()])
  return { done, failure }
}

function partialFailure(failure: unknown, before: string, after: string): ApiError {
  const reason = failure instanceof Error ? failure.message : 'A request failed.'
  return new ApiError({
    status: failure instanceof ApiError ? failure.status : 0,
    code: failure instanceof ApiError ? failure.code : 'NETWORK_ERROR',
    message: `${before} ${reason} ${after}`,
  })
}

/** One mapping value rewrite of "Re-apply auto-fill": the mapping as loaded and its new `traitAlias`. */
export interface MappingValueChange {
  mapping: Mapping
  to: string
}

/**
 * "Re-apply auto-fill" (product spec 3): rewrites `traitAlias` of each mapping (`PUT
 * /v1/destinations/mappings/{id}` with its `updateTime`, four at a time); dates stay. Stops at the
 * first failure (409 STALE_UPDATE included); rows already rewritten stay rewritten.
 * @throws ApiError naming how many of the rows were rewritten
 */
export async function rewriteMappingValues(changes: readonly MappingValueChange[], today: string) {
  const { done, failure } = await forEachLimited(changes, ({ mapping, to }) =>
    updateMapping(mapping.mappingId, {
      sid: mapping.sid, startDate: mapping.startDate ?? today, endDate: mapping.endDate ?? null, traitAlias: to, updateTime: mapping.updateTime,
    }))
  if (failure) throw partialFailure(failure, `Rewrote ${done} of ${changes.length} mapping values, then one failed:`, 'Review the mappings and try again.')
  return done
}

/** Runs `rewriteMappingValues` on destination `destinationId` and refreshes its views whatever happens. */
export function useRewriteMappingValues(destinationId: number) {
  const invalidate = useInvalidateDestination(destinationId)
  return useMutation({
    mutationFn: ({ changes, today }: { changes: readonly MappingValueChange[]; today: string }) => rewriteMappingValues(changes, today),
    onSettled: invalidate,
  })
}

/** Runs `removeMappingsThenDelete`; refreshes the destination's views whatever happens, drops it on success. */
export function useRemoveMappingsThenDelete(destinationId: number, onProgress?: (removed: number, total: number) => void) {
  const queryClient = useQueryClient()
  const invalidate = useInvalidateDestination(destinationId)
  return useMutation({
    mutationFn: () => removeMappingsThenDelete(destinationId, onProgress),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: destinationQueries.detail(destinationId).queryKey })
      queryClient.removeQueries({ queryKey: destinationQueries.mappings(destinationId).queryKey })
      return queryClient.invalidateQueries({ queryKey: destinationQueries.lists() })
    },
    onError: invalidate,
  })
}

