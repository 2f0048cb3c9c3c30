import { ToastQueue } from '@adobe/react-spectrum'
import { isApiError } from '../../api/api-error'
import { useInvalidateDestination } from '../../api/destinations'
import { bulkCreateMappings } from '../../api/mappings'
import type { Destination, Mapping, MappingCreate } from '../../api/schemas'
import { describeError } from '../../components/error-message'
import { todayUtc } from '../../lib/dates'

/** How long "Undo" is offered after a mapping was removed, in ms. */
export const UNDO_REMOVE_MS = 10_000

/**
 * The `bulk-create` item that puts a removed mapping back: the same `sid`, start and end days
 * (`yyyy-mm-dd`, UTC) and mapping values (`traitAlias`, and `valueAlias`, `url`, `secureUrl`,
 * `priority` where the destination type uses them). A mapping without a start day (AAM requires one
 * on create) starts `today`. The server gives it a new `mappingId`.
 */
export function recreateMappingBody(mapping: Mapping, today: string = todayUtc()): MappingCreate {
  const body: MappingCreate = { sid: mapping.sid, traitType: 'SEGMENT', startDate: mapping.startDate ?? today, endDate: mapping.endDate ?? null }
  if (mapping.traitAlias != null) body.traitAlias = mapping.traitAlias
  if (mapping.valueAlias != null) body.valueAlias = mapping.valueAlias
  if (mapping.url != null) body.url = mapping.url
  if (mapping.secureUrl != null) body.secureUrl = mapping.secureUrl
  if (mapping.priority != null) body.priority = mapping.priority
  return body
}

/**
 * After a mapping was removed from `destination`: `announceRemoved(mapping)` shows the positive toast
 * "Removed {segment} from {destination}" with the action "Undo" for `UNDO_REMOVE_MS` (Spectrum never
 * auto-closes a toast with an action, so the hook closes it). "Undo" re-creates the mapping through
 * `bulkCreateMappings` (`recreateMappingBody`) and says so; when that fails (the segment was deleted,
 * the value no longer fits the destination's auto-fill, a duplicate was added meanwhile, no
 * connection...), a negative toast gives the server's reason and says the mapping is still removed.
 * Either way the destination's cached views are refreshed. Works after the section unmounts.
 */
export function useUndoRemoveMapping(destination: Pick<Destination, 'destinationId' | 'name'>) {
  const invalidate = useInvalidateDestination(destination.destinationId)
  const { destinationId, name: destinationName } = destination

  return function announceRemoved(mapping: Mapping) {
    const name = mapping.elementName ?? `Segment ${mapping.sid}`
    async function undo() {
      try {
        await bulkCreateMappings(destinationId, [recreateMappingBody(mapping)])
        ToastQueue.positive(`Undone: ${name} is mapped to ${destinationName} again, with the same mapping value and dates.`, { timeout: 5000 })
      } catch (error) {
        // A refused re-create lists its reasons as field details; show those rather than the summary.
        const reason = isApiError(error) && error.details.length ? error.details.map((d) => d.message).join(' ') : describeError(error).message
        ToastQueue.negative(`Could not undo: ${reason} ${name} is still removed from ${destinationName}.`)
      } finally {
        await invalidate()
      }
    }
    const close = ToastQueue.positive(`Removed ${name} from ${destinationName}`, {
      actionLabel: 'Undo',
      shouldCloseOnAction: true,
      onAction: () => {
        clearTimeout(timer)
        void undo()
      },
    })
    // "Undo" (pressed before this fires) stops the timer; the toast closes itself on the action.
    const timer = setTimeout(close, UNDO_REMOVE_MS)
  }
}
