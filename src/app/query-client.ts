import { ToastQueue } from '@adobe/react-spectrum'
import { QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError } from '../api/api-error'
import { describeError } from '../components/error-message'

const MAX_RETRIES = 2

/** Retry network and server failures at most twice; a 4xx answer will not change on retry. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false
  return failureCount < MAX_RETRIES
}

let sessionToastOpen = false

/** One toast for a 401 from any query, however many fail at once ("pick a user again" in the demo). */
function announceUnauthorized(error: unknown) {
  if (!(error instanceof ApiError) || error.status !== 401 || sessionToastOpen) return
  sessionToastOpen = true
  const { message, hint } = describeError(error)
  ToastQueue.negative(`${message} ${hint}`, {
    timeout: 10000,
    onClose: () => {
      sessionToastOpen = false
    },
  })
}

/**
 * The app's QueryClient: answers stay fresh for 30 s, 4xx errors are not retried, others at most
 * twice, and any 401 shows a toast that says how to get a valid session back.
 */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: announceUnauthorized }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  })
}
