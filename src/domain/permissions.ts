import type { CurrentUser, Permission } from '../api/schemas'

/** Readable names of the AAM permissions, for "why is this disabled" messages. */
export const PERMISSION_TEXT: Record<Permission, string> = {
  VIEW_ALL_DESTINATIONS: 'view destinations (VIEW_ALL_DESTINATIONS)',
  CREATE_DESTINATIONS: 'create destinations (CREATE_DESTINATIONS)',
  EDIT_ALL_DESTINATIONS: 'edit destinations (EDIT_ALL_DESTINATIONS)',
  DELETE_ALL_DESTINATIONS: 'delete destinations (DELETE_ALL_DESTINATIONS)',
  VIEW_ALL_SEGMENTS: 'view segments (VIEW_ALL_SEGMENTS)',
  MAP_ALL_TO_DESTINATIONS: 'map segments to destinations (MAP_ALL_TO_DESTINATIONS)',
}

/** True when the user holds `permission`; admins hold every permission (AAM RBAC). */
export function hasPermission(user: Pick<CurrentUser, 'isAdmin' | 'permissions'> | null | undefined, permission: Permission): boolean {
  if (!user) return false
  return user.isAdmin || user.permissions.includes(permission)
}

/** Why an action needing `permission` is disabled, or null when the user may do it. */
export function missingPermissionReason(user: Pick<CurrentUser, 'isAdmin' | 'permissions'> | null | undefined, permission: Permission): string | null {
  return hasPermission(user, permission) ? null : `You need permission to ${PERMISSION_TEXT[permission]}. Ask an Audience Manager admin.`
}
