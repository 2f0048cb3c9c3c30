import { z } from 'zod/mini'
import { ApiError } from './api-error'
import { errorBodySchema } from './schemas/error'

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
export interface RequestOptions<S extends z.core.$ZodType> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  query?: Record<string, QueryValue>
  body?: unknown
  /** Parses the response (any zod schema, classic or mini); omit for `204 No Content`. */
  schema?: S
  /** Cancels the request; an abort rethrows the AbortError untouched. */
  signal?: AbortSignal
  /** Gives up after this many milliseconds with ApiError `TIMEOUT` (default `REQUEST_TIMEOUT_MS`). */
  timeoutMs?: number
}

/** How long a request may take before the client gives up (30 s; body included). */
export const REQUEST_TIMEOUT_MS = 30_000

/**
 * What the last answers said about the API (`/v1` requests only; the demo's `/__demo` control
 * endpoints never see simulated faults, so they say nothing about it):
 * - `unreachable`: the last request got no answer at all (network error); any answer clears it.
 * - `unauthorized`: the last answer was 401; any other answer clears it.
 */
export interface ApiHealth {
  unreachable: boolean
  unauthorized: boolean
}

let health: ApiHealth = { unreachable: false, unauthorized: false }
const healthListeners = new Set<() => void>()

function setHealth(next: ApiHealth): void {
  if (next.unreachable === health.unreachable && next.unauthorized === health.unauthorized) return
  health = next
  for (const listener of healthListeners) listener()
}

function reportHealth(path: string, next: Partial<ApiHealth>): void {
  if (path.startsWith('/v1')) setHealth({ ...health, ...next })
}

/** The current `ApiHealth` snapshot (a new object only after a change, for useSyncExternalStore). */
export function getApiHealth(): ApiHealth {
  return health
}

/** Calls `listener` whenever `getApiHealth()` changes. @returns the unsubscribe function */
export function subscribeApiHealth(listener: () => void): () => void {
  healthListeners.add(listener)
  return () => {
    healthListeners.delete(listener)
  }
}

/** Forgets what earlier answers said (tests; a fresh session). */
export function resetApiHealth(): void {
  setHealth({ unreachable: false, unauthorized: false })
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
 * Sends one request to the AAM-shaped API and parses the answer with `schema`. The request gives up
 * after `timeoutMs` (default 30 s); a caller's `signal` still cancels it. Every `/v1` answer updates
 * `getApiHealth()`.
 * @throws ApiError with the server's code, message and field details; code `NETWORK_ERROR` (status 0)
 *   when the request never got an answer; `TIMEOUT` (status 0) when it took too long;
 *   `BAD_RESPONSE` when the body does not match the contract.
 *   An aborted request rethrows the AbortError untouched.
 */
export async function apiRequest<S extends z.core.$ZodType>(path: string, options: RequestOptions<S> = {}): Promise<z.output<S>> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`

  // One controller for both reasons to stop: the caller's signal and our time-out.
  const controller = new AbortController()
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const callerSignal = options.signal
  const forwardAbort = () => controller.abort(callerSignal?.reason)
  if (callerSignal?.aborted) forwardAbort()
  else callerSignal?.addEventListener('abort', forwardAbort, { once: true })

  // Why fetch or the body read threw: our time-out, the caller's abort, or no answer at all.
  const failed = (error: unknown): never => {
    if (timedOut) {
      const limit = timeoutMs >= 1000 ? `${timeoutMs / 1000} ${timeoutMs === 1000 ? 'second' : 'seconds'}` : `${timeoutMs} ms`
      throw new ApiError({ status: 0, code: 'TIMEOUT', message: `The server did not answer within ${limit}, so the request was stopped.` })
    }
    if (callerSignal?.aborted) throw error // fetch rejects with the caller's abort reason
    reportHealth(path, { unreachable: true })
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'Could not reach the server. Check your connection and try again.',
    })
  }

  try {
    let response: Response
    try {
      response = await fetch(apiUrl(path, options.query), {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: controller.signal,
      })
    } catch (error) {
      return failed(error)
    }
    reportHealth(path, { unreachable: false, unauthorized: response.status === 401 })
    if (!response.ok) throw await errorFromResponse(response)
    if (!options.schema) return undefined as z.output<S>
    let text: string
    try {
      text = await response.text()
    } catch (error) {
      return failed(error)
    }
    let json: unknown
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      throw new ApiError({ status: response.status, code: 'BAD_RESPONSE', message: 'The server sent a response that is not JSON.' })
    }
    const parsed = z.safeParse(options.schema, json)
    if (!parsed.success) {
      throw new ApiError({
        status: response.status,
        code: 'BAD_RESPONSE',
        message: `The server's response did not have the expected shape (${parsed.error.issues[0]?.path.join('.') || 'body'}).`,
      })
    }
    return parsed.data
  } finally {
    clearTimeout(timer)
    callerSignal?.removeEventListener('abort', forwardAbort)
  }
}
