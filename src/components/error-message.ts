import { ApiError } from '../api/api-error'
import { DEMO_MODE } from '../lib/env'

/** What went wrong and what the user can do about it, for error states and toasts. */
export interface ErrorDescription {
  message: string
  hint: string
}

/**
 * Turns any thrown value into words for the user. ApiErrors keep the server's message; a 401 says
 * how to get a session back (in the demo: pick a user again from the current-user menu).
 */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    if (error.status === 401) {
      return DEMO_MODE
        ? { message: 'The demo backend did not accept the signed-in user.', hint: 'Pick a user again from the menu "Signed in as…" at the top right.' }
        : { message: 'Your session has ended.', hint: 'Reload the page to sign in again.' }
    }
    if (error.status === 403) return { message: error.message, hint: 'Ask an Audience Manager admin for the permission.' }
    if (error.code === 'TIMEOUT') return { message: error.message, hint: 'Retry in a moment. If it keeps happening, the server may be overloaded.' }
    if (error.status === 0) return { message: error.message, hint: 'Retry when you are back online.' }
    if (error.status >= 500) return { message: error.message, hint: 'Retry in a moment. If it keeps failing, the server may be down.' }
    return { message: error.message, hint: 'Retry, or go back to Destinations.' }
  }
  return { message: error instanceof Error ? error.message : 'Something went wrong.', hint: 'Retry, or reload the page.' }
}
