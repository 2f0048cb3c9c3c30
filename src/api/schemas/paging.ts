import { z } from 'zod'

/**
 * AAM "get all" query parameters: `page` is 0-based, `pageSize` defaults to 10 on AAM,
 * `sortBy` names a JSON property, `descending` flips it, `search` matches any returned value.
 */
export const pagingQuerySchema = z.object({
  page: z.coerce.number().int().min(0).optional(),
  pageSize: z.coerce.number().int().min(1).max(5000).optional(),
  sortBy: z.string().max(64).optional(),
  descending: z.stringbool().optional(),
  search: z.string().max(1000).optional(),
})
export type PagingQuery = z.infer<typeof pagingQuerySchema>

/** The paging envelope AAM returns when paging parameters are sent. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    total: z.number().int().nonnegative(),
    page: z.number().int().nonnegative(),
    pageSize: z.number().int().positive(),
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
export function pageOrArraySchema<T extends z.ZodType>(item: T) {
  return z.union([pageSchema(item), z.array(item)]).transform((value): Page<z.output<T>> =>
    Array.isArray(value)
      ? { total: value.length, page: 0, pageSize: Math.max(value.length, 1), list: value }
      : value,
  )
}
