import type { z } from 'zod'
import { ApiError } from './api-error'
import { errorBodySchema } from './schemas'

/**
 * Where the API lives: `VITE_API_BASE_URL` at build time, or the app's own origin (empty string),
 * so `/v1/...` goes to the demo backend or to a same-origin proxy.
 */
export const API_BASE_URL: string = (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, '')

let accessToken: string | null = null

/** Sets the bearer token sent with every request (`null` sends none, as behind a credential proxy). */
export function setAccessToken(token: string | null): void {
  accessToken = token
}

export type QueryValue = string | number | boolean | null | undefined
export interface RequestOptions<S extends z.ZodType> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  query?: Record<string, QueryValue>
  body?: unknown
  /** Parses the response; omit for `204 No Content`. */
  schema?: S
  signal?: AbortSignal
}

/** Builds `{API_BASE_URL}{path}?query`, dropping undefined, null and empty-string values. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    params.set(key, String(value))
  }
  const qs = params.toString()
  return `${API_BASE_URL}${path}${qs ? `?${qs}` : ''}`
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '')
  let json: unknown
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  const parsed = errorBodySchema.safeParse(json)
  if (parsed.success) return new ApiError({ status: response.status, ...parsed.data })
  // Empty or non-JSON body (a proxy page, a gateway error): still say what failed.
  const fallback =
    response.status === 401
      ? 'Your session has ended. Sign in again.'
      : response.status === 403
        ? 'You do not have permission to do this.'
        : response.status === 404
          ? 'Not found.'
          : response.status >= 500
            ? `The server failed (HTTP ${response.status}). Try again in a moment.`
            : `The request failed (HTTP ${response.status}).`
  return new ApiError({ status: response.status, code: `HTTP_${response.status}`, message: fallback })
}

/**
 * Sends one request to the AAM-shaped API and parses the answer with `schema`.
 * @throws ApiError with the server's code, message and field details; code `NETWORK_ERROR` when the
 *   request never got an answer; `BAD_RESPONSE` when the body does not match the contract.
 *   An aborted request rethrows the AbortError untouched.
 */
export async function apiRequest<S extends z.ZodType>(path: string, options: RequestOptions<S> = {}): Promise<z.output<S>> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`
  let response: Response
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'Could not reach the server. Check your connection and try again.',
    })
  }
  if (!response.ok) throw await errorFromResponse(response)
  if (!options.schema) return undefined as z.output<S>
  const text = await response.text()
  let json: unknown
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    throw new ApiError({ status: response.status, code: 'BAD_RESPONSE', message: 'The server sent a response that is not JSON.' })
  }
  const parsed = options.schema.safeParse(json)
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'BAD_RESPONSE',
      message: `The server's response did not have the expected shape (${parsed.error.issues[0]?.path.join('.') || 'body'}).`,
    })
  }
  return parsed.data
}
