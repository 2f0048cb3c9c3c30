import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from './http'
import { currentUserSchema } from './schemas/user'

/** Query for the signed-in user: `GET /v1/users/self` with `isAdmin` and `permissions`. */
export const userQueries = {
  self: () =>
    queryOptions({
      queryKey: ['users', 'self'] as const,
      queryFn: ({ signal }) => apiRequest('/v1/users/self', { schema: currentUserSchema, signal }),
      staleTime: Infinity,
    }),
}
