import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { apiRequest } from './http'
import { dataSourceSchema, pageOrArraySchema, segmentFolderTreeSchema, segmentSchema, type Segment, type SegmentStatus } from './schemas'

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

/** The scope of a segment search without paging: search text, folder, data source, status. */
export type SegmentFilter = Omit<SegmentListParams, 'page' | 'pageSize' | 'sortBy' | 'descending'>

/**
 * Page size of `fetchAllSegments`. AAM and the demo backend accept up to 5,000 per page; 1,000 keeps
 * one answer around half a megabyte (with trait data source IDs), so progress moves visibly and a
 * cancelled read stops soon, while 5,000 matches still take only five requests.
 */
export const ALL_SEGMENTS_PAGE_SIZE = 1000

/**
 * Every segment matching `filter`, read page by page (`GET /v1/segments/`, `pageSize`
 * `ALL_SEGMENTS_PAGE_SIZE`, sorted by `sid` so pages do not overlap), one request after the other.
 * Stops when `total` is reached or a page comes back short; a segment seen twice (the data changed
 * between pages) is kept once. `onProgress(loaded, total)` runs after each page. Aborting `signal`
 * cancels the request in flight and rethrows its AbortError.
 * @throws ApiError of the first page that fails; nothing is returned then
 */
export async function fetchAllSegments(
  filter: SegmentFilter,
  options: { signal?: AbortSignal; onProgress?: (loaded: number, total: number) => void; pageSize?: number } = {},
): Promise<Segment[]> {
  const pageSize = options.pageSize ?? ALL_SEGMENTS_PAGE_SIZE
  const bySid = new Map<number, Segment>()
  for (let page = 0; ; page++) {
    const answer = await fetchSegments({ ...filter, page, pageSize, sortBy: 'sid' }, options.signal)
    for (const segment of answer.list) bySid.set(segment.sid, segment)
    options.onProgress?.(Math.min(bySid.size, answer.total), answer.total)
    if (answer.list.length < pageSize || (page + 1) * pageSize >= answer.total) break
  }
  return [...bySid.values()]
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
