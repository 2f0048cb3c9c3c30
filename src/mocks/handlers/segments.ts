import { HttpResponse } from 'msw'
import { z } from 'zod'
import { pagingQuerySchema, segmentListQuerySchema } from '../../api/schemas'
import { demoDb } from '../db'
import type { FolderRecord } from '../types'
import type { SegmentFolder } from '../../api/schemas'
import { listSegments, prepareSegmentSearch } from './segment-list'
import { segmentJson } from './shape'
import { apiError, endpoint, listResponse, matchesSearch, parse, queryOf, sortItems, validationError } from './support'

const SEGMENTS = { permission: 'VIEW_ALL_SEGMENTS' as const, action: 'view segments' }
const listQuery = z.object({ ...pagingQuerySchema.shape, ...segmentListQuerySchema.shape })
const oneQuery = z.object({ includeTraitDataSourceIds: z.stringbool().optional() })

/**
 * Segment, folder and data source endpoints (AAM Swagger "Segments API", "Segment Folder API",
 * "Data Source API"):
 * - `GET /v1/segments/`: `search` (name, sid, integration code; case-insensitive), `folderId`
 *   (with subfolders), `dataSourceId`, `status`, `integrationCode`, `includeTraitDataSourceIds`,
 *   `sortBy` sid | name; bare array without paging parameters (`listSegments`: an indexed search,
 *   prepared after the first unsearched list).
 * - `GET /v1/segments/{sid}` (or `ic:{integrationCode}`).
 * - `GET /v1/folders/segments/`: `[root]` with nested `subFolders`.
 * - `GET /v1/datasources/`: array with `dataExportRestrictions`.
 */
export const segmentHandlers = [
  ...endpoint('get', '/v1/segments', SEGMENTS, ({ request }) => {
    const db = demoDb()
    const q = parse(listQuery, queryOf(request))
    const found = listSegments(db.segments, q, {
      folderIds: q.folderId === undefined ? undefined : new Set(db.folderAndDescendants(q.folderId)),
      dataSourceId: q.dataSourceId,
      status: q.status,
      integrationCode: q.integrationCode,
    })
    if (!q.search) prepareSegmentSearch(db.segments)
    const withIds = q.includeTraitDataSourceIds ?? false
    return listResponse(found, q, (s) => segmentJson(s, withIds))
  }),
  ...endpoint('get', '/v1/segments/:sid', SEGMENTS, ({ request, params }) => {
    const db = demoDb()
    // MSW hands over path parameters already percent-decoded.
    const key = String(params.sid)
    const q = parse(oneQuery, queryOf(request))
    let segment
    if (key.startsWith('ic:')) segment = db.segmentsByCode.get(key.slice(3))
    else if (/^\d{1,15}$/.test(key)) segment = db.segments.get(Number(key))
    else throw validationError([{ field: 'sid', message: `"${key}" is not a valid segment ID; use a number or ic:<integration code>.` }])
    if (!segment) throw apiError('NOT_FOUND', `Segment ${key} does not exist.`)
    return HttpResponse.json(segmentJson(segment, q.includeTraitDataSourceIds ?? false))
  }),
  ...endpoint('get', '/v1/folders/segments', SEGMENTS, () => {
    const db = demoDb()
    const build = (f: FolderRecord): SegmentFolder => ({
      ...f,
      subFolders: (db.childFolders.get(f.folderId) ?? []).map((id) => build(db.folders.get(id) as FolderRecord)),
    })
    const root = db.folders.get(0)
    return HttpResponse.json(root ? [build(root)] : [])
  }),
  ...endpoint('get', '/v1/datasources', SEGMENTS, ({ request }) => {
    const q = parse(pagingQuerySchema, queryOf(request))
    const found = [...demoDb().dataSources.values()].filter((d) => matchesSearch(q.search, d.name, d.dataSourceId))
    return listResponse(sortItems(found, q, { dataSourceId: (d) => d.dataSourceId, name: (d) => d.name }, 'dataSourceId'), q)
  }),
]
