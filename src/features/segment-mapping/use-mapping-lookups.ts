import { useQuery } from '@tanstack/react-query'
import type { DataSource } from '../../api/schemas'
import { segmentQueries } from '../../api/segments'
import { userQueries } from '../../api/users'
import { hasPermission, missingPermissionReason } from '../../domain/permissions'

const EMPTY = new Map<number, DataSource>()
const byId = (sources: DataSource[]) => new Map(sources.map((s) => [s.dataSourceId, s]))

/**
 * Data sources keyed by `dataSourceId` (for Data Export Controls and the "Data Source" column).
 * An empty map while loading or after an error; `isError` tells which.
 */
export function useDataSourcesById() {
  const query = useQuery({ ...segmentQueries.dataSources(), select: byId })
  return { dataSourcesById: query.data ?? EMPTY, isError: query.isError }
}

/**
 * Whether the signed-in user may map segments (`MAP_ALL_TO_DESTINATIONS`, admins always).
 * `reason` is the sentence to show beside disabled controls; null while the user loads or when allowed.
 */
export function useMappingPermission(): { canMap: boolean; reason: string | null } {
  const { data: user, isPending } = useQuery(userQueries.self())
  if (isPending) return { canMap: false, reason: null }
  return { canMap: hasPermission(user, 'MAP_ALL_TO_DESTINATIONS'), reason: missingPermissionReason(user, 'MAP_ALL_TO_DESTINATIONS') }
}
