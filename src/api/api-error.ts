import type { FieldError } from './schemas'

/**
 * Thrown by every fetcher for a non-2xx answer, a network failure (`status` 0, code `NETWORK_ERROR`)
 * or a response that does not match the contract (code `BAD_RESPONSE`).
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: FieldError[]
  /** The server's current object on `STALE_UPDATE`, when it sent one. */
  readonly current: unknown

  constructor(init: { status: number; code: string; message: string; details?: FieldError[]; current?: unknown }) {
    super(init.message)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.details = init.details ?? []
    this.current = init.current
  }
}

/** True when `error` is an ApiError with one of `codes`. */
export function isApiError(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code))
}
