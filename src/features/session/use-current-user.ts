import { useQuery } from '@tanstack/react-query'
import { userQueries } from '../../api/users'

/**
 * The signed-in user (`GET /v1/users/self`: name, `isAdmin`, `permissions`) as a query result.
 * `data` is undefined while loading or after an error; permission checks then treat the user as
 * having no permissions, so actions stay disabled until we know.
 */
export function useCurrentUser() {
  return useQuery(userQueries.self())
}
