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

type RuleUser = Pick<CurrentUser, 'isAdmin' | 'isPartnerAdmin' | 'permissions'> | undefined

/**
 * Why "Edit" is unavailable for `destination`, or null when the user may edit it: a missing
 * EDIT_ALL_DESTINATIONS, or a device-based (S2S) destination, which only partner admins (customer
 * care) configure (AAM: S2S destinations are set up by customer care).
 */
export function editDestinationReason(user: RuleUser, destination: { destinationType: string }): string | null {
  const permission = missingPermissionReason(user, 'EDIT_ALL_DESTINATIONS')
  if (permission) return permission
  if (destination.destinationType === 'S2S' && !user?.isPartnerAdmin) {
    return 'Only partner admins (customer care) can change device-based destinations such as LiveRamp.'
  }
  return null
}

/** Why "Create Destination" is unavailable, or null: it needs CREATE_DESTINATIONS. */
export function createDestinationReason(user: RuleUser): string | null {
  return missingPermissionReason(user, 'CREATE_DESTINATIONS')
}
