import { setAccessToken } from '../../api/http'
import { DEMO_MODE } from '../../lib/env'

/** The demo backend's identities (product spec 4.2) and the menu words for each. */
export const DEMO_USERS = [
  { token: 'demo-marketer', label: 'Marketer', description: 'Finds destinations and maps segments' },
  { token: 'demo-care', label: 'Customer Care', description: 'Partner admin: also creates, configures and deletes destinations' },
  { token: 'demo-viewer', label: 'Viewer', description: 'Read only' },
] as const
export type DemoToken = (typeof DEMO_USERS)[number]['token']
export const DEFAULT_DEMO_TOKEN: DemoToken = 'demo-marketer'

const STORAGE_KEY = 'destination-editor.demo-user'

function isDemoToken(value: unknown): value is DemoToken {
  return DEMO_USERS.some((user) => user.token === value)
}

/** The demo user chosen last (localStorage), or the marketer. Never throws (storage may be blocked). */
export function storedDemoToken(): DemoToken {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return isDemoToken(value) ? value : DEFAULT_DEMO_TOKEN
  } catch {
    return DEFAULT_DEMO_TOKEN
  }
}

/**
 * Applies the session's bearer token before any query runs. Demo mode: the stored demo user's
 * token. Live mode: no token at all, because a same-origin proxy adds the credentials server-side.
 */
export function applySessionToken(): void {
  setAccessToken(DEMO_MODE ? storedDemoToken() : null)
}

/** Signs in as a demo user: remembers the choice and sends its token from now on. */
export function setDemoUser(token: DemoToken): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, token)
  } catch {
    // Storage blocked: the choice still holds until the page reloads.
  }
  setAccessToken(token)
}

/** The menu label of a demo token ("Marketer", "Customer Care", "Viewer"). */
export function demoUserLabel(token: DemoToken): string {
  return DEMO_USERS.find((user) => user.token === token)?.label ?? token
}
