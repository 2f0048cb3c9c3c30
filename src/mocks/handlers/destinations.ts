import { HttpResponse } from 'msw'
import { z } from 'zod'
import { destinationListQuerySchema, pagingQuerySchema } from '../../api/schemas'
import { demoDb, saveDemoDb } from '../db'
import type { DestinationRecord } from '../types'
import { destinationWriteHandlers } from './destination-writes'
import { destinationJson, destinationListItem } from './shape'
import { apiError, endpoint, idParam, listResponse, matchesSearch, noContent, parse, queryOf, readJson, sortItems } from './support'

const listQuery = z.object({ ...pagingQuerySchema.shape, ...destinationListQuerySchema.shape })
const detailQuery = z.object({ includeMappings: z.stringbool().optional() })
/** Body of `POST /v1/destinations/bulk-delete/`: 1 to 500 destination IDs (our limit; AAM states none). */
const bulkDeleteBody = z.array(z.number().int().positive(), { error: 'Send an array of destination IDs.' })
  .min(1, 'Send at least one destination ID.')
  .max(500, 'Send at most 500 destination IDs at a time.')
const DELETE = { permission: 'DELETE_ALL_DESTINATIONS', action: 'delete destinations' } as const

function quoted(dests: DestinationRecord[]) {
  const names = dests.slice(0, 5).map((d) => `"${d.name}" (${d.destinationId})`).join(', ')
  return dests.length > 5 ? `${names} and ${dests.length - 5} more` : names
}

/** The destination of a path ID. @throws HttpError 400 for a non-numeric ID, 404 NOT_FOUND when unknown */
export function findDestination(id: string | readonly string[] | undefined): DestinationRecord {
  const destinationId = idParam(id, 'destinationId')
  const dest = demoDb().destinations.get(destinationId)
  if (!dest) throw apiError('NOT_FOUND', `Destination ${destinationId} does not exist.`)
  return dest
}

/**
 * Destination endpoints (AAM "Destination API methods"):
 * - `GET /v1/destinations/`: partial objects; `search` (name, description, ID), `containsSegment`,
 *   `category`, `destinationType`, `sortBy` destinationId | name | category | destinationType |
 *   mappingCount; bare array without `page`/`pageSize`, else the paging envelope.
 * - `GET /v1/destinations/{id}`: `mappings` null unless `includeMappings=true`.
 * - `DELETE /v1/destinations/{id}`: 204; 409 DESTINATION_HAS_MAPPINGS while mappings exist.
 * - `POST /v1/destinations/bulk-delete/` (body: array of IDs): 204, all or nothing; 404 NOT_FOUND
 *   naming unknown IDs, 409 DESTINATION_HAS_MAPPINGS naming those with mappings, 400 for a bad body.
 * - writes, limits and available platforms: see `destinationWriteHandlers` (listed first, so
 *   `/limits` is not read as a destination ID).
 */
export const destinationHandlers = [
  ...destinationWriteHandlers,
  ...endpoint('post', '/v1/destinations/bulk-delete', DELETE, async ({ request }) => {
    const db = demoDb()
    const ids = [...new Set(parse(bulkDeleteBody, await readJson(request)))]
    const unknown = ids.filter((id) => !db.destinations.has(id))
    if (unknown.length) {
      throw apiError('NOT_FOUND', `${unknown.length === 1 ? 'Destination' : 'Destinations'} ${unknown.join(', ')} ${unknown.length === 1 ? 'does' : 'do'} not exist. Nothing was deleted.`)
    }
    const dests = ids.map((id) => db.destinations.get(id)!)
    const mapped = dests.filter((d) => db.mappingCount(d.destinationId) > 0)
    if (mapped.length) {
      throw apiError('DESTINATION_HAS_MAPPINGS',
        `${mapped.length === 1 ? 'This destination still has' : 'These destinations still have'} segment mappings: ${quoted(mapped)}. Remove all their mappings first. Nothing was deleted.`,
        { details: mapped.map((d) => ({ field: String(d.destinationId), message: `Destination "${d.name}" has ${db.mappingCount(d.destinationId)} segment mappings.` })) })
    }
    for (const id of ids) db.deleteDestination(id)
    await saveDemoDb()
    return noContent()
  }),
  ...endpoint('get', '/v1/destinations', { permission: 'VIEW_ALL_DESTINATIONS', action: 'view destinations' }, ({ request }) => {
    const db = demoDb()
    const q = parse(listQuery, queryOf(request))
    let containing: Set<number> | null = null
    if (q.containsSegment !== undefined) {
      containing = new Set()
      for (const m of db.mappings.values()) if (m.sid === q.containsSegment) containing.add(m.destinationId)
    }
    const found = [...db.destinations.values()].filter(
      (d) =>
        (!containing || containing.has(d.destinationId)) &&
        (!q.category || d.category === q.category) &&
        (!q.destinationType || d.destinationType === q.destinationType) &&
        matchesSearch(q.search, d.name, d.description, d.destinationId),
    )
    const items = found.map((d) => destinationListItem(db, d))
    const sorted = sortItems(items, q, {
      destinationId: (d) => d.destinationId,
      name: (d) => d.name,
      category: (d) => d.category,
      destinationType: (d) => d.destinationType,
      mappingCount: (d) => d.mappingCount,
    }, 'destinationId')
    return listResponse(sorted, q)
  }),
  ...endpoint('get', '/v1/destinations/:destinationId', { permission: 'VIEW_ALL_DESTINATIONS', action: 'view destinations' }, ({ request, params }) => {
    const dest = findDestination(params.destinationId)
    const q = parse(detailQuery, queryOf(request))
    return HttpResponse.json(destinationJson(demoDb(), dest, q.includeMappings ?? false))
  }),
  ...endpoint('delete', '/v1/destinations/:destinationId', DELETE, async ({ params }) => {
    const db = demoDb()
    const dest = findDestination(params.destinationId)
    const count = db.mappingCount(dest.destinationId)
    if (count > 0) {
      throw apiError('DESTINATION_HAS_MAPPINGS',
        `Destination "${dest.name}" still has ${count} segment ${count === 1 ? 'mapping' : 'mappings'}. Remove all segment mappings before deleting destination ${dest.destinationId}.`)
    }
    db.deleteDestination(dest.destinationId)
    await saveDemoDb()
    return noContent()
  }),
]
