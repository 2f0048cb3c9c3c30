import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Destination, Mapping } from '../../api/schemas'
import { segmentQueries } from '../../api/segments'
import { autoFillValue, differsFromAutoFill } from '../../domain/auto-fill'
import { canReapplyAutoFill } from '../destinations/reapply-auto-fill-plan'

/**
 * Of `mappings` (the rows loaded so far, page by page; never needs the whole list), those whose
 * stored value differs from the destination's current auto-fill rule (`differsFromAutoFill`), as
 * mappingId -> the value the rule gives. Segment ID is checked directly;
 * Integration Code needs each segment's code, which this hook reads only from the query cache
 * (filled by the "Re-apply auto-fill" preview or the picker), never by fetching: rows whose
 * segment is not cached yet are not flagged. Destinations where auto-fill cannot apply flag nothing.
 * The map keeps its identity until a flag changes (the table's rows are rebuilt only then).
 */
export function useAutoFillTargets(destination: Destination, mappings: readonly Mapping[] | undefined): ReadonlyMap<number, string> {
  const mode = destination.autoFillMapping
  const applies = canReapplyAutoFill(destination)
  const sids = applies && mode === 'INTEGRATION_CODE' ? [...new Set((mappings ?? []).map((m) => m.sid))] : []
  const codesKey = useQueries({
    queries: sids.map((sid) => ({ ...segmentQueries.detail(sid), enabled: false })),
    combine: (results) => JSON.stringify(results.flatMap((r, i) => (r.data ? [[sids[i], r.data.integrationCode ?? null]] : []))),
  })
  return useMemo(() => {
    const targets = new Map<number, string>()
    if (!applies || !mappings) return targets
    const codes = new Map(JSON.parse(codesKey) as [number, string | null][])
    for (const m of mappings) {
      if (mode === 'INTEGRATION_CODE' && !codes.has(m.sid)) continue
      const segment = { sid: m.sid, integrationCode: codes.get(m.sid) }
      if (!differsFromAutoFill(mode, segment, m.traitAlias)) continue
      const rule = autoFillValue(mode, segment)
      if (rule.kind === 'filled') targets.set(m.mappingId, rule.value)
    }
    return targets
  }, [applies, mappings, mode, codesKey])
}

