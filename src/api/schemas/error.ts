import { z } from 'zod/mini'

/** Error codes of the API (product spec 4.1), each with its HTTP status. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DUPLICATE_MAPPING: 409,
  DESTINATION_HAS_MAPPINGS: 409,
  EXPORT_CONTROL_CONFLICT: 409,
  STALE_UPDATE: 409,
  LIMIT_REACHED: 409,
  SERVER_ERROR: 500,
} as const
export type ErrorCode = keyof typeof ERROR_STATUS

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() })
export type FieldError = z.infer<typeof fieldErrorSchema>

/**
 * Error body: `{ code, message, details? }`. AAM documents no error body, so this is our extension;
 * `current` carries the server's object on `STALE_UPDATE`.
 */
export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.optional(z.array(fieldErrorSchema)),
  current: z.optional(z.unknown()),
})
export type ErrorBody = z.infer<typeof errorBodySchema>
