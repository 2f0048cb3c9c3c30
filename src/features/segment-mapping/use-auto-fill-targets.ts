import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import type { Destination, Mapping, Segment } from '../../api/schemas'
import { segmentQueries } from '../../api/segments'
import { autoFillValue, differsFromAutoFill } from '../../domain/auto-fill'
import { canReapplyAutoFill } from '../destinations/reapply-auto-fill-plan'

type Codes = ReadonlyMap<number, string | null>
const NO_CODES: Codes = new Map()
const DETAIL_KEY = [...segmentQueries.all(), 'detail'] as const

/** The sid of a `segmentQueries.detail` query key, else null. */
function detailSid(queryKey: readonly unknown[]): number | null {
  return queryKey.length === 3 && queryKey[0] === DETAIL_KEY[0] && queryKey[1] === DETAIL_KEY[1] && typeof queryKey[2] === 'number' ? queryKey[2] : null
}

/**
 * A store of the integration codes the query cache holds (`segmentQueries.detail` data), as sid ->
 * code (null when the segment has none). One cache subscription, however many rows: the snapshot is
 * a new Map only when a code arrives or changes, and keeps codes whose query was garbage-collected.
 */
function integrationCodeStore(queryClient: QueryClient) {
  let codes: Map<number, string | null> | null = null
  const read = () => {
    if (codes) return codes
    codes = new Map()
    for (const query of queryClient.getQueryCache().findAll({ queryKey: DETAIL_KEY })) {
      const sid = detailSid(query.queryKey)
      const data = query.state.data as Segment | undefined
      if (sid !== null && data) codes.set(sid, data.integrationCode ?? null)
    }
    return codes
  }
  return {
    getSnapshot: read,
    subscribe: (notify: () => void) =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated') return
        const sid = detailSid(event.query.queryKey)
        const data = event.query.state.data as Segment | undefined
        if (sid === null || !data) return
        const current = read()
        const code = data.integrationCode ?? null
        if (current.has(sid) && current.get(sid) === code) return
        codes = new Map(current).set(sid, code)
        notify()
      }),
  }
}

const NO_STORE = { getSnapshot: () => NO_CODES, subscribe: () => () => {} }

/**
 * Of `mappings` (the rows loaded so far, page by page; never needs the whole list), those whose
 * stored value differs from the destination's current auto-fill rule (`differsFromAutoFill`), as
 * mappingId -> the value the rule gives. Segment ID is checked directly;
 * Integration Code needs each segment's code, which this hook reads only from the query cache
 * (filled by the "Re-apply auto-fill" preview or the picker), never by fetching: rows whose
 * segment is not cached yet are not flagged. Destinations where auto-fill cannot apply flag nothing.
 * The map is rebuilt when the rows or a cached code change (the table reuses the row of every
 * mapping whose flag stayed the same).
 */
export function useAutoFillTargets(destination: Destination, mappings: readonly Mapping[] | undefined): ReadonlyMap<number, string> {
  const mode = destination.autoFillMapping
  const applies = canReapplyAutoFill(destination)
  const queryClient = useQueryClient()
  const needsCodes = applies && mode === 'INTEGRATION_CODE'
  const store = useMemo(() => (needsCodes ? integrationCodeStore(queryClient) : NO_STORE), [needsCodes, queryClient])
  const codes = useSyncExternalStore(store.subscribe, store.getSnapshot)
  return useMemo(() => {
    const targets = new Map<number, string>()
    if (!applies || !mappings) return targets
    for (const m of mappings) {
      if (mode === 'INTEGRATION_CODE' && !codes.has(m.sid)) continue
      const segment = { sid: m.sid, integrationCode: codes.get(m.sid) }
      if (!differsFromAutoFill(mode, segment, m.traitAlias)) continue
      const rule = autoFillValue(mode, segment)
      if (rule.kind === 'filled') targets.set(m.mappingId, rule.value)
    }
    return targets
  }, [applies, mappings, mode, codes])
}
