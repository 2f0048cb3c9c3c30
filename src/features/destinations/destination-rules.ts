import type { CurrentUser } from '../../api/schemas'
import { missingPermissionReason } from '../../domain/permissions'

/** True for a destination ID as it appears in a URL: digits only (so `/destinations/new` is not one). */
export function isDestinationIdParam(value: string): boolean {
  return /^\d{1,15}$/.test(value)
}

/**
 * Why "Delete" is unavailable, or null when it may be used: a missing DELETE_ALL_DESTINATIONS,
 * mappings still in place (AAM answers 409 DESTINATION_HAS_MAPPINGS), or a count not known yet.
 */
export function deleteDestinationReason(user: Pick<CurrentUser, 'isAdmin' | 'permissions'> | undefined, mappingCount: number | undefined): string | null {
  const permission = missingPermissionReason(user, 'DELETE_ALL_DESTINATIONS')
  if (permission) return permission
  if (mappingCount === undefined) return 'Checking its segment mappings…'
  if (mappingCount > 0) return `Remove its ${mappingCount} segment ${mappingCount === 1 ? 'mapping' : 'mappings'} first.`
  return null
}
