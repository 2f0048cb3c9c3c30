import { HttpResponse } from 'msw'
import { bulkCreateSchema, mappingCreateSchema, mappingUpdateSchema, pagingQuerySchema, type Permission } from '../../api/schemas'
import { demoDb, saveDemoDb } from '../db'
import { findDestination } from './destinations'
import { checkAll, checkConflicts, toRecord } from './mapping-rules'
import { mappingJson } from './shape'
import { listMappings } from './mapping-list'
import { apiError, endpoint, idParam, listResponse, noContent, parse, queryOf, readJson } from './support'

const VIEW = { permission: 'VIEW_ALL_DESTINATIONS' as Permission, action: 'view destinations' }
const MAP = { permission: 'MAP_ALL_TO_DESTINATIONS' as Permission, action: 'change segment mappings' }

/**
 * Mapping endpoints (AAM "Destination API methods", mappings part). Every write checks the field
 * rules, Data Export Controls and duplicates before it changes anything, stamps times (epoch ms) and
 * users, bumps the destination's `updateTime` and saves the database.
 */
export const mappingHandlers = [
  // GET list: paging as in AAM; `search` and `sortBy` + `descending` per `listMappings`.
  ...endpoint('get', '/v1/destinations/:destinationId/mappings', VIEW, ({ request, params }) => {
    const dest = findDestination(params.destinationId)
    const q = parse(pagingQuerySchema, queryOf(request))
    return listResponse(listMappings(demoDb().mappingsByDestination.get(dest.destinationId), q), q, mappingJson)
  }),
  ...endpoint('get', '/v1/destinations/:destinationId/mappings/:mappingId', VIEW, ({ params }) => {
    const dest = findDestination(params.destinationId)
    const mapping = demoDb().mappingsByDestination.get(dest.destinationId)?.get(idParam(params.mappingId, 'mappingId'))
    if (!mapping) throw apiError('NOT_FOUND', `Mapping ${String(params.mappingId)} does not exist on destination ${dest.destinationId}.`)
    return HttpResponse.json(mappingJson(mapping))
  }),
  // POST one mapping -> 201 with the mapping.
  ...endpoint('post', '/v1/destinations/:destinationId/mappings', MAP, async ({ request, params, user }) => {
    const db = demoDb()
    const dest = findDestination(params.destinationId)
    const draft = parse(mappingCreateSchema, await readJson(request))
    const checked = checkAll(db, dest, [draft], false)
    checkConflicts(db, dest, checked, false)
    const now = Date.now()
    const record = toRecord(checked[0], dest.destinationId, db.allocate('mappingId'), user, now)
    db.putMapping(record)
    db.touchDestination(dest.destinationId, now)
    await saveDemoDb()
    return HttpResponse.json(mappingJson(record), { status: 201 })
  }),
  // POST bulk-create: all or nothing; 201 with the created mappings in request order.
  ...endpoint('post', '/v1/destinations/:destinationId/bulk-create', MAP, async ({ request, params, user }) => {
    const db = demoDb()
    const dest = findDestination(params.destinationId)
    const drafts = parse(bulkCreateSchema, await readJson(request))
    const checked = checkAll(db, dest, drafts, true)
    checkConflicts(db, dest, checked, true)
    const now = Date.now()
    const records = checked.map((item) => toRecord(item, dest.destinationId, db.allocate('mappingId'), user, now))
    for (const record of records) db.putMapping(record)
    db.touchDestination(dest.destinationId, now)
    await saveDemoDb()
    return HttpResponse.json(records.map(mappingJson), { status: 201 })
  }),
  // PUT (no destination ID in AAM's path); a stale `updateTime` -> 409 STALE_UPDATE with `current`.
  ...endpoint('put', '/v1/destinations/mappings/:mappingId', MAP, async ({ request, params, user }) => {
    const db = demoDb()
    const mappingId = idParam(params.mappingId, 'mappingId')
    const existing = db.mappings.get(mappingId)
    if (!existing) throw apiError('NOT_FOUND', `Mapping ${mappingId} does not exist.`)
    const dest = findDestination(String(existing.destinationId))
    const draft = parse(mappingUpdateSchema, await readJson(request))
    if (draft.updateTime !== undefined && draft.updateTime !== existing.updateTime) {
      throw apiError('STALE_UPDATE', `Mapping ${mappingId} was changed by someone else since you opened it. Review the current values and save again.`, {
        current: mappingJson(existing),
      })
    }
    const checked = checkAll(db, dest, [draft], false, existing)
    checkConflicts(db, dest, checked, false, mappingId)
    const now = Date.now()
    const record = toRecord(checked[0], dest.destinationId, mappingId, user, now, existing)
    db.putMapping(record)
    db.touchDestination(dest.destinationId, now)
    await saveDemoDb()
    return HttpResponse.json(mappingJson(record))
  }),
  // DELETE: the path clients use, and the one AAM documents (`/segments/{mappingId}`).
  ...['mappings', 'segments'].flatMap((kind) =>
    endpoint('delete', `/v1/destinations/:destinationId/${kind}/:mappingId`, MAP, async ({ params }) => {
      const db = demoDb()
      const dest = findDestination(params.destinationId)
      const mappingId = idParam(params.mappingId, 'mappingId')
      if (!db.mappingsByDestination.get(dest.destinationId)?.has(mappingId)) {
        throw apiError('NOT_FOUND', `Mapping ${mappingId} does not exist on destination ${dest.destinationId}.`)
      }
      db.deleteMapping(mappingId)
      db.touchDestination(dest.destinationId, Date.now())
      await saveDemoDb()
      return noContent()
    }),
  ),
]
