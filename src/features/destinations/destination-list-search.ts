import { z } from 'zod/mini'
import type { DestinationListParams } from '../../api/destinations'
import type { Category, DestinationType } from '../../api/schemas'
import { SEARCH_MAX_LENGTH } from '../../api/schemas/paging'

/** Rows per page of the destination list. */
export const DESTINATION_PAGE_SIZE = 25

/** Tabs of the list (URL value -> AAM category); "all" sends no category. */
export const DESTINATION_TABS = ['all', 'adobe', 'integrated', 'custom'] as const
export type DestinationTab = (typeof DESTINATION_TABS)[number]
export const TAB_CATEGORY: Record<DestinationTab, Category | undefined> = {
  all: undefined,
  adobe: 'ADOBE_EXPERIENCE_CLOUD',
  integrated: 'INTEGRATED_PLATFORMS',
  custom: 'CUSTOM',
}

/** Sub-filters of "Integrated Platforms" (URL value -> `destinationType`); "any" sends none. */
export const PLATFORM_TYPES = ['any', 'device-based', 'people-based'] as const
export type PlatformTypeFilter = (typeof PLATFORM_TYPES)[number]
export const PLATFORM_TYPE_DESTINATION_TYPE: Record<PlatformTypeFilter, DestinationType | undefined> = {
  any: undefined,
  'device-based': 'S2S',
  'people-based': 'PEOPLE_BASED',
}

export const DESTINATION_SORTS = ['id', '-id', 'name', '-name'] as const
export type DestinationSort = (typeof DESTINATION_SORTS)[number]

/**
 * The list's URL contract: `?tab=custom&q=pixel&sort=name&page=2` (`type` only with
 * `tab=integrated`). Every key has a default and a catch (`z.catch(z._default(...))`) so a bad or
 * missing value falls back to the default; `page` is 1-based here and 0-based on the wire. `q` is
 * coerced because the router parses `?q=1001` as a number, and one longer than the server's search
 * limit (`SEARCH_MAX_LENGTH`) falls back to '' (the search box never writes one). Built with `zod/mini`: it is part of the
 * app's first chunk (see `src/lib/zod-mini-without-eval.ts`).
 */
export const destinationListSearchSchema = z.object({
  tab: z.catch(z._default(z.enum(DESTINATION_TABS), 'all'), 'all'),
  type: z.catch(z._default(z.enum(PLATFORM_TYPES), 'any'), 'any'),
  q: z.catch(z._default(z.coerce.string().check(z.maxLength(SEARCH_MAX_LENGTH)), ''), ''),
  sort: z.catch(z._default(z.enum(DESTINATION_SORTS), 'id'), 'id'),
  page: z.catch(z._default(z.number().check(z.int(), z.minimum(1)), 1), 1),
})
export type DestinationListSearch = z.output<typeof destinationListSearchSchema>

/** The defaults, stripped from URLs by the route's `stripSearchParams` middleware. */
export const DESTINATION_LIST_SEARCH_DEFAULTS: DestinationListSearch = { tab: 'all', type: 'any', q: '', sort: 'id', page: 1 }

/** URL search -> `GET /v1/destinations/` parameters (0-based page, sortBy + descending). */
export function toDestinationListParams(search: DestinationListSearch): DestinationListParams {
  const descending = search.sort.startsWith('-')
  const q = search.q.trim()
  return {
    page: search.page - 1,
    pageSize: DESTINATION_PAGE_SIZE,
    sortBy: search.sort.replace('-', '') === 'name' ? 'name' : 'destinationId',
    descending,
    ...(q ? { search: q } : {}),
    ...(TAB_CATEGORY[search.tab] ? { category: TAB_CATEGORY[search.tab] } : {}),
    ...(search.tab === 'integrated' && PLATFORM_TYPE_DESTINATION_TYPE[search.type]
      ? { destinationType: PLATFORM_TYPE_DESTINATION_TYPE[search.type] }
      : {}),
  }
}
