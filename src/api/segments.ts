import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { apiRequest } from './http'
import { dataSourceSchema, pageOrArraySchema, segmentFolderTreeSchema, segmentSchema, type SegmentStatus } from './schemas'

/** Parameters of the segment search; `page` is 0-based as in AAM. */
export interface SegmentListParams {
  page: number
  pageSize: number
  search?: string
  folderId?: number
  dataSourceId?: number
  status?: SegmentStatus
  sortBy?: 'sid' | 'name'
  descending?: boolean
}

const segmentPageSchema = pageOrArraySchema(segmentSchema)

/**
 * `GET /v1/segments/` with paging and `includeTraitDataSourceIds=true` (needed to check Data Export
 * Controls). `folderId` includes subfolders; `search` matches name, segment ID and integration code.
 */
export function fetchSegments(params: SegmentListParams, signal?: AbortSignal) {
  return apiRequest('/v1/segments/', {
    query: { ...params, includeTraitDataSourceIds: true },
    schema: segmentPageSchema,
    signal,
  })
}

/** `GET /v1/segments/{sid}` with trait data source IDs. @throws ApiError 404 NOT_FOUND */
export function fetchSegment(sid: number, signal?: AbortSignal) {
  return apiRequest(`/v1/segments/${sid}`, { query: { includeTraitDataSourceIds: true }, schema: segmentSchema, signal })
}

/** Query keys and fetchers for segments, segment folders and data sources. */
export const segmentQueries = {
  all: () => ['segments'] as const,
  list: (params: SegmentListParams) =>
    queryOptions({
      queryKey: [...segmentQueries.all(), 'list', params] as const,
      queryFn: ({ signal }) => fetchSegments(params, signal),
      placeholderData: keepPreviousData,
    }),
  detail: (sid: number) =>
    queryOptions({
      queryKey: [...segmentQueries.all(), 'detail', sid] as const,
      queryFn: ({ signal }) => fetchSegment(sid, signal),
    }),
  /** `GET /v1/folders/segments/`: the folder tree, root "All Segments" first. */
  folders: () =>
    queryOptions({
      queryKey: ['segment-folders'] as const,
      queryFn: ({ signal }) => apiRequest('/v1/folders/segments/', { schema: segmentFolderTreeSchema, signal }),
      staleTime: 5 * 60_000,
    }),
  /** `GET /v1/datasources/`: every data source with its Data Export Controls. */
  dataSources: () =>
    queryOptions({
      queryKey: ['data-sources'] as const,
      queryFn: ({ signal }) => apiRequest('/v1/datasources/', { schema: z.array(dataSourceSchema), signal }),
      staleTime: 5 * 60_000,
    }),
}
