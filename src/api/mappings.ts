import { useMutation } from '@tanstack/react-query'
import { z } from 'zod'
import { useInvalidateDestination } from './destinations'
import { apiRequest } from './http'
import { mappingSchema, type MappingCreate, type MappingUpdate } from './schemas'

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

/** `PUT /v1/destinations/mappings/{mappingId}` (no destination ID in AAM's path). @throws ApiError */
export function updateMapping(mappingId: number, mapping: MappingUpdate) {
  return apiRequest(`/v1/destinations/mappings/${mappingId}`, { method: 'PUT', body: mapping, schema: mappingSchema })
}

/** `DELETE /v1/destinations/{id}/mappings/{mappingId}` (204). @throws ApiError */
export function deleteMapping(destinationId: number, mappingId: number) {
  return apiRequest(`/v1/destinations/${destinationId}/mappings/${mappingId}`, { method: 'DELETE' })
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
