import { z } from 'zod'

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
  uid: z.number().int(),
  pid: z.number().int().optional(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  email: z.string().nullish(),
  isAdmin: z.boolean().default(false),
  isPartnerAdmin: z.boolean().optional(),
  permissions: z.array(z.string()).default([]),
})
export type CurrentUser = z.output<typeof currentUserSchema>
