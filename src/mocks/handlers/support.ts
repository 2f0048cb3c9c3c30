import { http, HttpResponse, type HttpHandler } from 'msw'
import { z } from 'zod'
import { ERROR_STATUS, type CurrentUser, type ErrorBody, type ErrorCode, type FieldError, type PagingQuery, type Permission } from '../../api/schemas'
import { hasPermission } from '../../domain/permissions'
import { applyFaults } from '../faults'
import { userForToken } from '../users'

/** A handled failure: answered as `{ code, message, details?, current? }` with its HTTP status. */
export class HttpError extends Error {
  readonly status: number
  readonly body: ErrorBody
  constructor(status: number, body: ErrorBody) {
    super(body.message)
    this.status = status
    this.body = body
  }
}

/** An error with one of the contract's codes (status from `ERROR_STATUS`). */
export function apiError(code: ErrorCode, message: string, extra: Pick<ErrorBody, 'details' | 'current'> = {}): HttpError {
  return new HttpError(ERROR_STATUS[code], { code, message, ...extra })
}

/** 400 VALIDATION_FAILED with field details; the message repeats the first problem. */
export function validationError(details: FieldError[]): HttpError {
  const [first] = details
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : ''
  return apiError('VALIDATION_FAILED', `Invalid request: ${first.field}: ${first.message}${more}`, { details })
}

/** zod issues as `{ field, message }`, field = issue path joined with "." behind `prefix` ("body" for the root). */
export function zodDetails(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.') || 'body',
    message: issue.message,
  }))
}

/** Parses `value` with a contract schema (classic or mini). @throws HttpError 400 VALIDATION_FAILED with details */
export function parse<S extends z.core.$ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const result = z.safeParse(schema, value)
  if (!result.success) throw validationError(zodDetails(result.error, prefix))
  return result.data
}

/** The JSON body. @throws HttpError 400 for an empty or malformed body (never a 500) */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text()
  if (!text.trim()) throw validationError([{ field: 'body', message: 'Send a JSON body.' }])
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw validationError([{ field: 'body', message: 'The body is not valid JSON.' }])
  }
}

/** Query parameters as a plain object (the last value wins for a repeated key). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams)
}

/** True when the query asks for a page (`page` or `pageSize`): AAM then answers with the envelope. */
export function wantsPage(query: PagingQuery): boolean {
  return query.page !== undefined || query.pageSize !== undefined
}

/**
 * AAM list answer (API guide, "Optional parameters"): a bare array without paging parameters,
 * else `{ total, page, pageSize, list }` with 0-based `page` and `pageSize` defaulting to 10.
 * `toJson` shapes only the items answered (the page), not the whole list.
 */
export function listResponse<T, J = T>(items: T[], query: PagingQuery, toJson?: (item: T) => J): Response {
  const shape = (list: T[]) => (toJson ? list.map(toJson) : list)
  if (!wantsPage(query)) return HttpResponse.json(shape(items) as never)
  const page = query.page ?? 0
  const pageSize = query.pageSize ?? 10
  return HttpResponse.json({ total: items.length, page, pageSize, list: shape(items.slice(page * pageSize, (page + 1) * pageSize)) } as never)
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
type SortValue = string | number | null | undefined

/**
 * Sorts by `query.sortBy` (one of `keys`, default `defaultKey`), `descending` flips; nulls last; the
 * sort is stable. @throws HttpError 400 (field `sortBy`) for an unknown property
 */
export function sortItems<T>(items: T[], query: PagingQuery, keys: Record<string, (item: T) => SortValue>, defaultKey: string): T[] {
  const key = query.sortBy ?? defaultKey
  const get = Object.hasOwn(keys, key) ? keys[key] : undefined
  if (!get) throw validationError([{ field: 'sortBy', message: `Sort by one of: ${Object.keys(keys).join(', ')}.` }])
  const dir = query.descending ? -1 : 1
  const compare = (a: SortValue, b: SortValue) => {
    if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1
    return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))
  }
  return items
    .map((item) => ({ item, value: get(item) }))
    .sort((a, b) => (a.value == null || b.value == null ? compare(a.value, b.value) : dir * compare(a.value, b.value)))
    .map((x) => x.item)
}

/** Printable ASCII only: folding is then just lower case and spaces (no Unicode normalization needed). */
const PLAIN_ASCII = /^[\x20-\x7e]*$/

/** Lower case, accents removed, runs of white space collapsed: "Café  Montréal" -> "cafe montreal". */
export function foldForSearch(text: string): string {
  const plain = PLAIN_ASCII.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '')
  return plain.toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * Substring search over `values` (AAM `search`) that ignores case, accents and extra spaces; an
 * empty search matches all.
 */
export function matchesSearch(search: string | undefined, ...values: SortValue[]): boolean {
  const needle = search ? foldForSearch(search) : ''
  if (!needle) return true
  return values.some((v) => v != null && foldForSearch(String(v)).includes(needle))
}

/** Reads a numeric path parameter. @throws HttpError 400 with details on `field` when not an integer ID */
export function idParam(value: string | readonly string[] | undefined, field: string): number {
  const text = String(value ?? '')
  if (!/^\d{1,15}$/.test(text)) throw validationError([{ field, message: `"${text}" is not a valid ID; use a number.` }])
  return Number(text)
}

export interface Context {
  request: Request
  params: Record<string, string | readonly string[] | undefined>
  /** The signed-in demo user (a no-permission placeholder on public endpoints). */
  user: CurrentUser
}
export interface EndpointOptions {
  /** Needed permission; refused with 403 FORBIDDEN naming it and `action`. */
  permission?: Permission
  /** What the permission allows, for the 403 message, e.g. "change segment mappings". */
  action?: string
  /** No bearer token needed and no faults (demo control endpoints). */
  public?: boolean
}

const ANONYMOUS: CurrentUser = { uid: 0, isAdmin: false, permissions: [] }

/** The user of the request's bearer token. @throws HttpError 401 UNAUTHORIZED */
export function authenticate(request: Request): CurrentUser {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '')
  const user = userForToken(match?.[1])
  if (!user) {
    throw apiError('UNAUTHORIZED', match ? 'The access token is not valid. Sign in again.' : 'Send an access token: Authorization: Bearer <token>.')
  }
  return user
}

/**
 * Registers one endpoint under any origin for both spellings, with and without a trailing slash
 * (MSW matching is slash-sensitive; AAM's docs use both). Runs faults, the bearer check and the
 * permission check, then `resolve`; an HttpError becomes its JSON answer and anything else a
 * 500 SERVER_ERROR.
 */
export function endpoint(
  method: 'get' | 'post' | 'put' | 'delete',
  path: string,
  options: EndpointOptions,
  resolve: (ctx: Context) => Response | Promise<Response>,
): HttpHandler[] {
  const run = async ({ request, params }: { request: Request; params: Context['params'] }) => {
    try {
      if (!options.public) {
        const faulted = await applyFaults(request)
        if (faulted) return faulted
      }
      const user = options.public ? ANONYMOUS : authenticate(request)
      if (options.permission && !hasPermission(user, options.permission)) {
        throw apiError('FORBIDDEN', `You need the ${options.permission} permission to ${options.action ?? 'do this'}.`)
      }
      return await resolve({ request, params, user })
    } catch (error) {
      if (error instanceof HttpError) return HttpResponse.json(error.body, { status: error.status })
      console.error('Demo backend error', error)
      return HttpResponse.json({ code: 'SERVER_ERROR', message: 'The demo backend failed unexpectedly. Try again.' }, { status: 500 })
    }
  }
  const bare = path.replace(/\/+$/, '')
  return [http[method](`*${bare}`, run), http[method](`*${bare}/`, run)]
}

/** 204 No Content with an empty body. */
export function noContent(): Response {
  return new HttpResponse(null, { status: 204 })
}
