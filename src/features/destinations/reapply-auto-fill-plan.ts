import type { AutoFill, Destination, Mapping } from '../../api/schemas'
import { autoFillValue } from '../../domain/auto-fill'

/** One mapping "Re-apply auto-fill" rewrites: its value now and the value the rule gives. */
export interface ReapplyChange {
  mapping: Mapping
  from: string
  to: string
}

/** What "Re-apply auto-fill" would do: rows it changes, rows it cannot fill (with the reason). */
export interface ReapplyPlan {
  changes: ReapplyChange[]
  skipped: { mapping: Mapping; reason: string }[]
}

/**
 * True when a destination's mapping value is one auto-filled `traitAlias` (AAM reference 3.2:
 * S2S, people-based, Analytics, serialized URL) and auto-fill is on: only then can the rule apply.
 */
export function canReapplyAutoFill(d: Pick<Destination, 'destinationType' | 'serializationEnabled' | 'autoFillMapping'>): boolean {
  if (d.autoFillMapping === 'NONE' || d.destinationType === 'ADS') return false
  return d.destinationType !== 'PUSH' || Boolean(d.serializationEnabled)
}

/**
 * The preview of "Re-apply auto-fill" (product spec 3): for each mapping, the value the rule
 * `mode` gives (`autoFillValue`); rows whose value already matches are left out, rows the rule
 * refuses (no integration code) are skipped with its reason. `integrationCodes` maps sid to the
 * segment's integration code (only needed for INTEGRATION_CODE). Pure.
 */
export function planReapply(mode: AutoFill, mappings: readonly Mapping[], integrationCodes: ReadonlyMap<number, string | null | undefined>): ReapplyPlan {
  const plan: ReapplyPlan = { changes: [], skipped: [] }
  for (const mapping of mappings) {
    const rule = autoFillValue(mode, { sid: mapping.sid, integrationCode: integrationCodes.get(mapping.sid) })
    const from = mapping.traitAlias ?? ''
    if (rule.kind === 'refused') plan.skipped.push({ mapping, reason: rule.reason })
    else if (rule.kind === 'filled' && rule.value !== from) plan.changes.push({ mapping, from, to: rule.value })
  }
  return plan
}
