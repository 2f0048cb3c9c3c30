import { z } from 'zod/mini'

/**
 * Longest `search` text (characters) the list endpoints accept; a longer one is answered 400. The
 * search boxes check typed text against it before sending (`src/lib/search-text-limit.ts`).
 */
export const SEARCH_MAX_LENGTH = 1000

/**
 * AAM "get all" query parameters: `page` is 0-based, `pageSize` defaults to 10 on AAM,
 * `sortBy` names a JSON property, `descending` flips it, `search` matches any returned value.
 */
export const pagingQuerySchema = z.object({
  page: z.optional(z.coerce.number().check(z.int(), z.minimum(0))),
  pageSize: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(5000))),
  sortBy: z.optional(z.string().check(z.maxLength(64))),
  descending: z.optional(z.stringbool()),
  search: z.optional(z.string().check(z.maxLength(SEARCH_MAX_LENGTH))),
})
export type PagingQuery = z.infer<typeof pagingQuerySchema>

/** The paging envelope AAM returns when paging parameters are sent (`item`: any zod schema, classic or mini). */
export function pageSchema<T extends z.core.$ZodType>(item: T) {
  return z.object({
    total: z.number().check(z.int(), z.nonnegative()),
    page: z.number().check(z.int(), z.nonnegative()),
    pageSize: z.number().check(z.int(), z.positive()),
    list: z.array(item),
  })
}
export interface Page<T> {
  total: number
  page: number
  pageSize: number
  list: T[]
}

/**
 * Accepts either shape AAM may send for a list (bare array without paging parameters, the envelope
 * with them) and always yields the envelope.
 */
export function pageOrArraySchema<T extends z.core.$ZodType>(item: T) {
  return z.pipe(
    z.union([pageSchema(item), z.array(item)]),
    z.transform((value: Page<z.output<T>> | z.output<T>[]): Page<z.output<T>> =>
      Array.isArray(value)
        ? { total: value.length, page: 0, pageSize: Math.max(value.length, 1), list: value }
        : value,
    ),
  )
}
