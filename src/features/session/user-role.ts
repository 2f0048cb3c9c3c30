import type { CurrentUser } from '../../api/schemas'
import { hasPermission } from '../../domain/permissions'

/** The three roles the product spec names (section 1). */
export type UserRole = 'Customer Care' | 'Marketer' | 'Viewer'

/**
 * The role a user plays: a partner admin or admin is "Customer Care", a user who may map segments
 * (MAP_ALL_TO_DESTINATIONS) is a "Marketer", anyone else a "Viewer".
 */
export function userRole(user: Pick<CurrentUser, 'isAdmin' | 'isPartnerAdmin' | 'permissions'>): UserRole {
  if (user.isPartnerAdmin || user.isAdmin) return 'Customer Care'
  if (hasPermission(user, 'MAP_ALL_TO_DESTINATIONS')) return 'Marketer'
  return 'Viewer'
}

/** "First Last", else the e-mail, else "User {uid}". */
export function userDisplayName(user: Pick<CurrentUser, 'uid' | 'firstName' | 'lastName' | 'email'>): string {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ').trim()
  return name || user.email || `User ${user.uid}`
}
