import { z } from 'zod/mini'
import { CONTROL_CHARS, epochMs, HTTP_URL_MESSAGE, intId, isHttpUrl, isoDay, NAME_MAX_LENGTH } from './common'

/** Mapping status AAM reports for the mapped segment (`elementStatus`). */
export const ELEMENT_STATUSES = ['active', 'inactive', 'deleted'] as const
export type ElementStatus = (typeof ELEMENT_STATUSES)[number]

// AAM's own examples send `active`, `ACTIVE` and once `1`: read all of them, emit lower case.
const elementStatusSchema = z.pipe(
  z.transform((v: unknown) => (v === 1 || v === '1' ? 'active' : v === 0 || v === '0' ? 'inactive' : typeof v === 'string' ? v.toLowerCase() : v)),
  z.enum(ELEMENT_STATUSES),
)

export const MAPPING_VALUE_MAX_LENGTH = NAME_MAX_LENGTH

/** A typed mapping value (`traitAlias`, `valueAlias`): trimmed, 1-255 characters, no control characters. */
export const mappingValueSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Enter a mapping value.'),
    z.maxLength(MAPPING_VALUE_MAX_LENGTH, `Use at most ${MAPPING_VALUE_MAX_LENGTH} characters.`),
    z.refine((v) => !CONTROL_CHARS.test(v), 'Remove control characters (tabs, line breaks) from the value.'),
  )

/** http/https URL only, per `isHttpUrl` (mapping URL and Secure URL of a non-serialized URL destination). */
export const httpUrlSchema = z
  .string()
  .check(z.trim(), z.maxLength(2048, 'Use at most 2048 characters.'), z.refine(isHttpUrl, HTTP_URL_MESSAGE))

/**
 * A destination mapping as AAM returns it (API guide, "Map segments to a destination").
 * Reads `destinationMappingId` / `traitToDataOrderId` and `orderId` too (AAM's inconsistent examples)
 * and always yields `mappingId` / `destinationId`.
 */
export const mappingSchema = z.pipe(
  z.transform((raw: unknown) => {
    if (!raw || typeof raw !== 'object') return raw
    const m = raw as Record<string, unknown>
    return {
      ...m,
      mappingId: m.mappingId ?? m.destinationMappingId ?? m.traitToDataOrderId,
      destinationId: m.destinationId ?? m.orderId,
    }
  }),
  z.object({
    mappingId: intId,
    destinationId: z.optional(intId),
    sid: intId,
    traitType: z._default(z.string(), 'SEGMENT'),
    traitValue: z.nullish(z.number()),
    elementName: z.nullish(z.string()),
    elementDescription: z.nullish(z.string()),
    elementStatus: z._default(elementStatusSchema, 'active'),
    traitAlias: z.nullish(z.string()),
    valueAlias: z.nullish(z.string()),
    url: z.nullish(z.string()),
    secureUrl: z.nullish(z.string()),
    priority: z.nullish(z.number().check(z.int())),
    startDate: z.nullish(isoDay),
    endDate: z.nullish(isoDay),
    createTime: z.optional(epochMs),
    updateTime: z.optional(epochMs),
    crUID: z.nullish(z.number().check(z.int())),
    upUID: z.nullish(z.number().check(z.int())),
  }),
)
export type Mapping = z.output<typeof mappingSchema>

const endNotBeforeStart = (m: { startDate?: string | null; endDate?: string | null }) =>
  !m.startDate || !m.endDate || m.endDate >= m.startDate
const END_BEFORE_START = { message: 'End Date cannot be before Start Date.', path: ['endDate'] }

/** Fields a client may send when creating or updating a mapping. */
export const mappingFieldsSchema = z.object({
  sid: intId,
  traitType: z._default(z.literal('SEGMENT'), 'SEGMENT'),
  startDate: isoDay,
  endDate: z.nullish(isoDay),
  traitAlias: z.nullish(mappingValueSchema),
  valueAlias: z.nullish(mappingValueSchema),
  url: z.nullish(httpUrlSchema),
  secureUrl: z.nullish(httpUrlSchema),
  priority: z.nullish(z.number().check(z.int(), z.minimum(1), z.maximum(1000))),
})

/** Body of `POST /v1/destinations/{id}/mappings/` and one item of `bulk-create`. */
export const mappingCreateSchema = mappingFieldsSchema.check(z.refine(endNotBeforeStart, END_BEFORE_START))
export type MappingCreate = z.input<typeof mappingCreateSchema>

/** Body of `PUT /v1/destinations/mappings/{mappingId}`; `updateTime` guards against stale writes. */
export const mappingUpdateSchema = z
  .extend(mappingFieldsSchema, { updateTime: z.optional(epochMs) })
  .check(z.refine(endNotBeforeStart, END_BEFORE_START))
export type MappingUpdate = z.input<typeof mappingUpdateSchema>

/** Body of `POST /v1/destinations/{id}/bulk-create`: at most 5,000 mappings. */
export const bulkCreateSchema = z.array(mappingCreateSchema).check(z.minLength(1, 'Send at least one mapping.'), z.maxLength(5000))
