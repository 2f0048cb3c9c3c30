import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import type { Resolver } from 'react-hook-form'
import type { Mapping } from '../../api/schemas'
import { editMappingSchema, type EditMappingValues } from './edit-mapping-form'
import type { MappingInputKind } from './mapping-rules'
import { ensureDestinationMappings } from './use-mapping-lookups'

/** The form's resolver and the destination's mappings its duplicate check runs against. */
export interface DuplicateChecker {
  /** `editMappingSchema` against the mappings given to `checkAgainst` (none before). */
  resolver: Resolver<EditMappingValues>
  /** Whether the destination's mappings were given yet. */
  hasMappings: () => boolean
  /** The destination's mappings to check against from now on (the mapping being edited is left out). */
  checkAgainst: (mappings: readonly Mapping[]) => void
}

/** A `DuplicateChecker` for inputs `kind`, editing mapping `editedId` (null when adding), starting with `mappings` when known. */
export function duplicateChecker(kind: MappingInputKind, editedId: number | null, mappings: readonly Mapping[] | null): DuplicateChecker {
  const build = (list: readonly Mapping[]) =>
    zodResolver(editMappingSchema(kind, list.filter((m) => m.mappingId !== editedId))) as Resolver<EditMappingValues>
  let known = mappings !== null
  let resolve = build(mappings ?? [])
  return {
    resolver: (values, context, options) => resolve(values, context, options),
    hasMappings: () => known,
    checkAgainst: (list) => {
      known = true
      resolve = build(list)
    },
  }
}

/** The Edit Mapping form's duplicate check and the state of the mapping list it needs (`useDuplicateCheck`). */
export interface DuplicateCheck {
  /** The form's resolver (`DuplicateChecker.resolver`): stable for the dialog's life. */
  resolver: Resolver<EditMappingValues>
  /** `ready` is waiting for the destination's mapping list. */
  checking: boolean
  /** Why the list could not be read at the last `ready` (an `ApiError` or another error); null otherwise. */
  listError: unknown
  /**
   * Before a Save: reads the destination's mapping list once per dialog (`ensureDestinationMappings`)
   * and checks against it from then on. Resolves true when the check is ready; false when the list
   * could not be read (`listError` says why; nothing must be sent). Never rejects.
   */
  ready: () => Promise<boolean>
}

/**
 * The duplicate check of the Edit Mapping form on destination `destinationId` (inputs `kind`, editing
 * mapping `editedId`, null when adding): same segment, value and overlapping dates are refused on the
 * rows, checked against the destination's full mapping list as the first Save finds it. Loading the
 * list starts when the dialog opens (unless cached); `known` (a restored draft's list) is used as it
 * is, without a read.
 */
export function useDuplicateCheck(destinationId: number, kind: MappingInputKind, editedId: number | null, known: readonly Mapping[] | null): DuplicateCheck {
  const queryClient = useQueryClient()
  const ensureMappings = useCallback(() => ensureDestinationMappings(queryClient, destinationId), [queryClient, destinationId])
  useEffect(() => { ensureMappings().catch(() => {}) }, [ensureMappings]) // a failure is shown when Save needs the list
  const [checker] = useState(() => duplicateChecker(kind, editedId, known))
  const [checking, setChecking] = useState(false)
  const [listError, setListError] = useState<unknown>(null)

  const ready = async () => {
    if (!checker.hasMappings()) {
      setListError(null)
      setChecking(true)
      try {
        checker.checkAgainst(await ensureMappings())
      } catch (error) {
        setListError(error)
        return false
      } finally {
        setChecking(false)
      }
    }
    setListError(null)
    return true
  }

  return { resolver: checker.resolver, checking, listError, ready }
}
