import type { UseFormSetError } from 'react-hook-form'
import { isApiError } from '../../../api/api-error'
import { destinationSchema, type Destination } from '../../../api/schemas'
import { describeError } from '../../../components/error-message'
import { NEW_DESTINATION_VALUES, type DestinationFormValues } from './destination-form-values'
import type { FormSaveErrorState } from './form-save-error'

const FORM_FIELDS = new Set(Object.keys(NEW_DESTINATION_VALUES))

/**
 * The server's current destination from a 409 STALE_UPDATE (`current`, checked with
 * `destinationSchema`); null for any other error or when `current` is missing or malformed.
 */
export function staleCurrentDestination(error: unknown): Destination | null {
  if (!isApiError(error, 'STALE_UPDATE')) return null
  return destinationSchema.safeParse(error.current).data ?? null
}

/**
 * Turns a failed save into what the form shows: each server `details` entry whose `field` is a form
 * input becomes that input's error (the first message per field); the rest are listed in the alert.
 * A 409 STALE_UPDATE that reaches here carried no usable `current` (the form reviews the ones that
 * do): it says to reload, the input being kept as a draft. Never touches values.
 */
export function toFormSaveError(error: unknown, setError: UseFormSetError<DestinationFormValues>): FormSaveErrorState {
  const { message, hint } = describeError(error)
  if (isApiError(error, 'STALE_UPDATE')) {
    return {
      title: 'Someone else changed this destination',
      message: `${message} Reload the page to see the current version; after the reload you can restore your changes.`,
      details: [],
    }
  }
  const unplaced: string[] = []
  const placed = new Set<string>()
  if (isApiError(error)) {
    for (const detail of error.details) {
      if (FORM_FIELDS.has(detail.field) && !placed.has(detail.field)) {
        placed.add(detail.field)
        setError(detail.field as keyof DestinationFormValues, { type: 'server', message: detail.message }, { shouldFocus: placed.size === 1 })
      } else {
        unplaced.push(FORM_FIELDS.has(detail.field) ? detail.message : `${detail.field}: ${detail.message}`)
      }
    }
  }
  return {
    title: 'Could not save the destination',
    message: placed.size ? `${message} Fix what is marked and select Save again.` : `${message} ${hint}`,
    details: unplaced,
  }
}
