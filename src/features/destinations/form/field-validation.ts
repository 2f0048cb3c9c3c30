import type { ControllerFieldState } from 'react-hook-form'

/**
 * Spectrum's validation props for a react-hook-form field: `validationState` "invalid" with the
 * zod (or server) message as `errorMessage`, nothing while the field is valid.
 */
export function fieldValidation(fieldState: ControllerFieldState) {
  return {
    validationState: fieldState.invalid ? ('invalid' as const) : undefined,
    errorMessage: fieldState.error?.message,
  }
}
