import { QueryCache, QueryClient, type Query } from '@tanstack/react-query'
import { ApiError } from '../api/api-error'
import { describeError } from '../components/error-message'
import { ToastQueue } from '../components/toast-queue'

const MAX_RETRIES = 2
/** First retry delay of a failed read, in ms; each further retry waits twice as long. */
export const RETRY_BASE_DELAY_MS = 500
/** Longest wait between two attempts of a read, in ms. */
export const RETRY_MAX_DELAY_MS = 8_000

/** Retry network and server failures at most twice; a 4xx answer will not change on retry. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false
  return failureCount < MAX_RETRIES
}

/**
 * Exponential backoff before retry number `failureCount + 1` (React Query counts failures from 0):
 * 500 ms, 1 s, 2 s, 4 s, then 8 s at most.
 */
export function retryDelay(failureCount: number): number {
  return Math.min(RETRY_BASE_DELAY_MS * 2 ** failureCount, RETRY_MAX_DELAY_MS)
}

let refreshToastOpen = false

/**
 * A background refetch failed while the page still shows the earlier answer: the data stays on
 * screen, and one toast at a time says it may be out of date. Network errors (the offline banner)
 * and 401 (the sign-in banner) are told elsewhere; a first load shows its own error state.
 */
function announceFailedRefresh(error: unknown, query: Query<unknown, unknown, unknown>) {
  if (query.state.data === undefined || refreshToastOpen) return
  if (error instanceof ApiError && ((error.status === 0 && error.code === 'NETWORK_ERROR') || error.status === 401)) return
  refreshToastOpen = true
  ToastQueue.negative(`Could not refresh the data on screen; it may be out of date. ${describeError(error).message}`, {
    timeout: 8000,
    onClose: () => {
      refreshToastOpen = false
    },
  })
}

/**
 * The app's QueryClient: answers stay fresh for 30 s; reads retry network and server failures at
 * most twice with exponential backoff (`retryDelay`), never 4xx; a failed background refetch keeps
 * the data on screen and toasts once. Reads try once even when the browser says it is offline (the
 * demo backend still answers) and wait for the connection before retrying; writes always run, so a
 * save offline fails at once with a message next to it instead of waiting unseen.
 */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: announceFailedRefresh }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, retryDelay, networkMode: 'offlineFirst' },
      mutations: { retry: false, networkMode: 'always' },
    },
  })
}
