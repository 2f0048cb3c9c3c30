import { z } from 'zod/mini'

/** AAM wildcard permissions the editor checks (AAM user guide, "Role-based access controls"). */
export const PERMISSIONS = [
  'VIEW_ALL_DESTINATIONS',
  'CREATE_DESTINATIONS',
  'EDIT_ALL_DESTINATIONS',
  'DELETE_ALL_DESTINATIONS',
  'VIEW_ALL_SEGMENTS',
  'MAP_ALL_TO_DESTINATIONS',
] as const
export type Permission = (typeof PERMISSIONS)[number]

/**
 * `GET /v1/users/self` (AAM's documented call) plus our `isAdmin` and `permissions`.
 * Unknown permission names are kept as strings so a newer AAM does not break the client.
 */
export const currentUserSchema = z.object({
  uid: z.number().check(z.int()),
  pid: z.optional(z.number().check(z.int())),
  firstName: z.nullish(z.string()),
  lastName: z.nullish(z.string()),
  email: z.nullish(z.string()),
  isAdmin: z._default(z.boolean(), false),
  isPartnerAdmin: z.optional(z.boolean()),
  permissions: z._default(z.array(z.string()), []),
})
export type CurrentUser = z.output<typeof currentUserSchema>
