import { useCallback, useEffect, useRef, useState } from 'react'
import type { Segment } from '../../api/schemas'
import { fetchAllSegments, type SegmentFilter } from '../../api/segments'
import type { KnownAvailability, SegmentAvailability } from './segment-availability'

/**
 * Most segments "Select all … matching" takes at once: the size of the largest destination AAM's
 * limits describe (5,000 mappings) and of one `bulk-create` request; above it, narrow the scope.
 */
export const SELECT_ALL_MAX = 5000

const count = new Intl.NumberFormat('en-US')

/** `1,024` (thousands separators, en-US). */
export function formatCount(n: number): string {
  return count.format(n)
}

/**
 * True when a bulk selection (a page's "select all" checkbox, "Select all … matching") takes the
 * segment: not already mapped to the destination, not blocked by Data Export Controls, not refused
 * by auto-fill. A mapped segment can still be picked on its own (AAM allows a second mapping).
 * False while the "Mapped" mark is unknown (`mapped: null`): a bulk selection waits for it.
 */
export function takenByBulkSelect(a: SegmentAvailability): boolean {
  return a.mapped === false && !a.blockedReason && !a.refusedReason
}

/** What adding many segments to the selection does: the ones to add and why the others are skipped. */
export interface SelectAllPlan {
  toAdd: Segment[]
  alreadySelected: number
  mapped: number
  blocked: number
  notAddable: number
}

/**
 * Sorts `segments` into added and skipped (already selected, mapped, blocked, not addable). Needs
 * known "Mapped" marks (`KnownAvailability`, from the destination's full mapping list). Pure.
 */
export function planSelectAll(
  segments: readonly Segment[],
  availability: (segment: Segment) => KnownAvailability,
  pickedSids: ReadonlySet<number>,
): SelectAllPlan {
  const plan: SelectAllPlan = { toAdd: [], alreadySelected: 0, mapped: 0, blocked: 0, notAddable: 0 }
  for (const segment of segments) {
    const a = availability(segment)
    if (a.blockedReason) plan.blocked++
    else if (a.refusedReason) plan.notAddable++
    else if (a.mapped) plan.mapped++
    else if (pickedSids.has(segment.sid)) plan.alreadySelected++
    else plan.toAdd.push(segment)
  }
  return plan
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`

/**
 * The sentence shown after "Select all … matching": how many were added and how many skipped, and
 * why, e.g. "Added 950 segments to the selection. Skipped 74: 50 already mapped to this destination,
 * 20 blocked by Data Export Controls, 4 not addable (auto-fill refuses them)."
 */
export function selectAllSummary(plan: SelectAllPlan): string {
  const parts = [`Added ${plural(plan.toAdd.length, 'segment', 'segments')} to the selection.`]
  const reasons = [
    plan.mapped ? `${formatCount(plan.mapped)} already mapped to this destination` : '',
    plan.blocked ? `${formatCount(plan.blocked)} blocked by Data Export Controls` : '',
    plan.notAddable ? `${formatCount(plan.notAddable)} not addable (auto-fill refuses them)` : '',
  ].filter(Boolean)
  const skipped = plan.mapped + plan.blocked + plan.notAddable
  if (skipped > 0) parts.push(`Skipped ${formatCount(skipped)}: ${reasons.join(', ')}.`)
  if (plan.alreadySelected > 0) parts.push(`${plural(plan.alreadySelected, 'was', 'were')} already selected.`)
  return parts.join(' ')
}

/** State of "Select all … matching". */
export type SelectAllState =
  | { kind: 'idle' }
  | { kind: 'loading'; loaded: number; total: number }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string }

/**
 * Runs "Select all … matching": reads every segment of `filter` (`fetchAllSegments`, pages of
 * 1,000), reporting progress, then hands them to `onLoaded` with the run's abort signal; it may wait
 * for more (the "Mapped" marks), must add nothing once the signal is aborted, and returns (or
 * resolves with) the sentence to show. `cancel()` aborts the read (the selection stays as it was,
 * state back to idle); `reset()` also aborts, for a change of scope. A failure of the read or of
 * `onLoaded` (its error's message is shown) keeps the selection. Unmounting aborts too.
 */
export function useSelectAllMatching() {
  const [state, setState] = useState<SelectAllState>({ kind: 'idle' })
  const controller = useRef<AbortController | null>(null)
  useEffect(() => () => controller.current?.abort(), [])

  const reset = useCallback(() => {
    controller.current?.abort()
    controller.current = null
    setState((prev) => (prev.kind === 'idle' ? prev : { kind: 'idle' }))
  }, [])

  const run = async (filter: SegmentFilter, expected: number, onLoaded: (segments: Segment[], signal: AbortSignal) => string | Promise<string>) => {
    controller.current?.abort()
    const mine = new AbortController()
    controller.current = mine
    setState({ kind: 'loading', loaded: 0, total: expected })
    try {
      const segments = await fetchAllSegments(filter, {
        signal: mine.signal,
        onProgress: (loaded, total) => { if (!mine.signal.aborted) setState({ kind: 'loading', loaded, total }) },
      })
      if (mine.signal.aborted) return
      const message = await onLoaded(segments, mine.signal)
      if (mine.signal.aborted) return
      setState({ kind: 'done', message })
    } catch (error) {
      if (mine.signal.aborted) return
      setState({ kind: 'failed', message: error instanceof Error ? error.message : 'The request failed.' })
    } finally {
      if (controller.current === mine) controller.current = null
    }
  }

  return { state, run, cancel: reset, reset }
}
