import { z } from 'zod'
import { CONTROL_CHARS, epochMs, HTTP_URL_MESSAGE, intId, isHttpUrl, isoDay, NAME_MAX_LENGTH } from './common'

/** Mapping status AAM reports for the mapped segment (`elementStatus`). */
export const ELEMENT_STATUSES = ['active', 'inactive', 'deleted'] as const
export type ElementStatus = (typeof ELEMENT_STATUSES)[number]

// AAM's own examples send `active`, `ACTIVE` and once `1`: read all of them, emit lower case.
const elementStatusSchema = z.preprocess(
  (v) => (v === 1 || v === '1' ? 'active' : v === 0 || v === '0' ? 'inactive' : typeof v === 'string' ? v.toLowerCase() : v),
  z.enum(ELEMENT_STATUSES),
)

export const MAPPING_VALUE_MAX_LENGTH = NAME_MAX_LENGTH

/** A typed mapping value (`traitAlias`, `valueAlias`): trimmed, 1-255 characters, no control characters. */
export const mappingValueSchema = z
  .string()
  .trim()
  .min(1, 'Enter a mapping value.')
  .max(MAPPING_VALUE_MAX_LENGTH, `Use at most ${MAPPING_VALUE_MAX_LENGTH} characters.`)
  .refine((v) => !CONTROL_CHARS.test(v), 'Remove control characters (tabs, line breaks) from the value.')

/** http/https URL only, per `isHttpUrl` (mapping URL and Secure URL of a non-serialized URL destination). */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(2048, 'Use at most 2048 characters.')
  .refine(isHttpUrl, HTTP_URL_MESSAGE)

/**
 * A destination mapping as AAM returns it (API guide, "Map segments to a destination").
 * Reads `destinationMappingId` / `traitToDataOrderId` and `orderId` too (AAM's inconsistent examples)
 * and always yields `mappingId` / `destinationId`.
 */
export const mappingSchema = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== 'object') return raw
    const m = raw as Record<string, unknown>
    return {
      ...m,
      mappingId: m.mappingId ?? m.destinationMappingId ?? m.traitToDataOrderId,
      destinationId: m.destinationId ?? m.orderId,
    }
  },
  z.object({
    mappingId: intId,
    destinationId: intId.optional(),
    sid: intId,
    traitType: z.string().default('SEGMENT'),
    traitValue: z.number().nullish(),
    elementName: z.string().nullish(),
    elementDescription: z.string().nullish(),
    elementStatus: elementStatusSchema.default('active'),
    traitAlias: z.string().nullish(),
    valueAlias: z.string().nullish(),
    url: z.string().nullish(),
    secureUrl: z.string().nullish(),
    priority: z.number().int().nullish(),
    startDate: isoDay.nullish(),
    endDate: isoDay.nullish(),
    createTime: epochMs.optional(),
    updateTime: epochMs.optional(),
    crUID: z.number().int().nullish(),
    upUID: z.number().int().nullish(),
  }),
)
export type Mapping = z.output<typeof mappingSchema>

const endNotBeforeStart = (m: { startDate?: string | null; endDate?: string | null }) =>
  !m.startDate || !m.endDate || m.endDate >= m.startDate
const END_BEFORE_START = { message: 'End Date cannot be before Start Date.', path: ['endDate'] }

/** Fields a client may send when creating or updating a mapping. */
export const mappingFieldsSchema = z.object({
  sid: intId,
  traitType: z.literal('SEGMENT').default('SEGMENT'),
  startDate: isoDay,
  endDate: isoDay.nullish(),
  traitAlias: mappingValueSchema.nullish(),
  valueAlias: mappingValueSchema.nullish(),
  url: httpUrlSchema.nullish(),
  secureUrl: httpUrlSchema.nullish(),
  priority: z.number().int().min(1).max(1000).nullish(),
})

/** Body of `POST /v1/destinations/{id}/mappings/` and one item of `bulk-create`. */
export const mappingCreateSchema = mappingFieldsSchema.refine(endNotBeforeStart, END_BEFORE_START)
export type MappingCreate = z.input<typeof mappingCreateSchema>

/** Body of `PUT /v1/destinations/mappings/{mappingId}`; `updateTime` guards against stale writes. */
export const mappingUpdateSchema = mappingFieldsSchema
  .extend({ updateTime: epochMs.optional() })
  .refine(endNotBeforeStart, END_BEFORE_START)
export type MappingUpdate = z.input<typeof mappingUpdateSchema>

/** Body of `POST /v1/destinations/{id}/bulk-create`: at most 5,000 mappings. */
export const bulkCreateSchema = z.array(mappingCreateSchema).min(1, 'Send at least one mapping.').max(5000)
