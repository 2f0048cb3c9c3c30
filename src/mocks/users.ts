import { PERMISSIONS, type CurrentUser } from '../api/schemas'
import { USER_IDS } from './seed/fixtures'

/** Bearer tokens the demo backend accepts (product spec 4.2). */
export const DEMO_TOKENS = ['demo-marketer', 'demo-care', 'demo-viewer'] as const
export type DemoToken = (typeof DEMO_TOKENS)[number]

const base = { pid: 1234, isAdmin: false, isPartnerAdmin: false }

/** The `GET /v1/users/self` answer per demo token (AAM user object + our `isAdmin` / `permissions`). */
export const DEMO_USERS: Record<DemoToken, CurrentUser> = {
  'demo-marketer': {
    ...base, uid: USER_IDS.marketer, firstName: 'Maya', lastName: 'Lopez', email: 'maya.lopez@acme.example',
    permissions: ['VIEW_ALL_DESTINATIONS', 'VIEW_ALL_SEGMENTS', 'MAP_ALL_TO_DESTINATIONS'],
  },
  'demo-care': {
    ...base, uid: USER_IDS.care, firstName: 'Sam', lastName: 'Okafor', email: 'sam.okafor@acme.example',
    isAdmin: true, isPartnerAdmin: true, permissions: [...PERMISSIONS],
  },
  'demo-viewer': {
    ...base, uid: USER_IDS.viewer, firstName: 'Vic', lastName: 'Chen', email: 'vic.chen@acme.example',
    permissions: ['VIEW_ALL_DESTINATIONS', 'VIEW_ALL_SEGMENTS'],
  },
}

/** The user of a bearer token, or null for a missing or unknown token. */
export function userForToken(token: string | null | undefined): CurrentUser | null {
  return token && Object.hasOwn(DEMO_USERS, token) ? DEMO_USERS[token as DemoToken] : null
}
