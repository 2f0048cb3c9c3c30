import { z } from 'zod/mini'
import { DESCRIPTION_MAX_LENGTH, epochMs, intId, NAME_MAX_LENGTH } from './common'
import { dataExportLabelSchema } from './labels'
import { mappingSchema } from './mapping'

/** Destination category (our extension; AAM's UI groups by it). */
export const CATEGORIES = ['ADOBE_EXPERIENCE_CLOUD', 'INTEGRATED_PLATFORMS', 'CUSTOM'] as const
export const categorySchema = z.enum(CATEGORIES)
export type Category = z.infer<typeof categorySchema>
export const CATEGORY_TEXT: Record<Category, string> = {
  ADOBE_EXPERIENCE_CLOUD: 'Adobe Experience Cloud',
  INTEGRATED_PLATFORMS: 'Integrated Platforms',
  CUSTOM: 'Custom',
}

/** `destinationType`: AAM's `PUSH` (URL) and `ADS` (cookie), plus our `S2S`, `PEOPLE_BASED`, `ANALYTICS`. */
export const DESTINATION_TYPES = ['PUSH', 'ADS', 'S2S', 'PEOPLE_BASED', 'ANALYTICS'] as const
export const destinationTypeSchema = z.enum(DESTINATION_TYPES)
export type DestinationType = z.infer<typeof destinationTypeSchema>
export const DESTINATION_TYPE_TEXT: Record<DestinationType, string> = {
  PUSH: 'URL',
  ADS: 'Cookie',
  S2S: 'Device-Based',
  PEOPLE_BASED: 'People-Based',
  ANALYTICS: 'Adobe Analytics',
}

/** Auto-fill Destination Mapping (our `autoFillMapping`), see `domain/auto-fill.ts`. */
export const AUTO_FILL_MODES = ['NONE', 'SEGMENT_ID', 'INTEGRATION_CODE'] as const
export const autoFillSchema = z.enum(AUTO_FILL_MODES)
export type AutoFill = z.infer<typeof autoFillSchema>
export const AUTO_FILL_TEXT: Record<AutoFill, string> = {
  NONE: 'None',
  SEGMENT_ID: 'Segment ID',
  INTEGRATION_CODE: 'Integration Code Value',
}

/** Integrated partners of device-based destinations (`partner`, our extension). */
export const PARTNERS = ['LIVERAMP', 'THE_TRADE_DESK', 'GOOGLE_DISPLAY', 'TWITTER', 'AMAZON', 'FACEBOOK', 'LINKEDIN'] as const
export const partnerSchema = z.enum(PARTNERS)
export type Partner = z.infer<typeof partnerSchema>
export const PARTNER_TEXT: Record<Partner, string> = {
  LIVERAMP: 'LiveRamp',
  THE_TRADE_DESK: 'The Trade Desk',
  GOOGLE_DISPLAY: 'Google Display & Video 360',
  TWITTER: 'Twitter Tailored Audiences',
  AMAZON: 'Amazon Advertising',
  FACEBOOK: 'Facebook Custom Audiences',
  LINKEDIN: 'LinkedIn Matched Audiences',
}

/** Device environment of Custom / Analytics destinations (`GET /destinations/configurations/available-platforms/`). */
export const PLATFORMS = ['BROWSER', 'ANDROID', 'iOS', 'ALL'] as const
export const PLATFORM_TEXT: Record<(typeof PLATFORMS)[number], string> = {
  BROWSER: 'Browser',
  ANDROID: 'Android',
  iOS: 'iOS',
  ALL: 'All',
}

/** LiveRamp client name: letters and digits, 1 to 64 (product spec 2.5). */
export const liveRampClientNameSchema = z.string().check(z.trim(), z.regex(/^[A-Za-z0-9]{1,64}$/, 'Use 1 to 64 letters and digits only.'))

// AAM's examples mix "ACTIVE", "active" and 1: read all, emit lower case.
const destinationStatusSchema = z.pipe(
  z.transform((v: unknown) => (v === 1 || v === '1' ? 'active' : v === 0 || v === '0' ? 'inactive' : typeof v === 'string' ? v.toLowerCase() : v)),
  z.string(),
)

/**
 * Fields of a destination object (before normalisation): the one place their shapes are written.
 * `destinationSchema` reads the wire with it; the write schemas (`destination-write.ts`) pick and
 * tighten these fields.
 */
export const destinationObjectSchema = z.object({
  destinationId: intId,
  pid: z.optional(z.number().check(z.int())),
  name: z.string(),
  description: z.pipe(z.nullish(z.string()), z.transform((v: string | null | undefined) => v ?? '')),
  destinationType: destinationTypeSchema,
  category: categorySchema,
  platform: z.nullish(z.string()),
  partner: z.nullish(partnerSchema),
  clientName: z.nullish(z.string()),
  autoFillMapping: z._default(autoFillSchema, 'NONE'),
  dataExportLabels: z._default(z.array(dataExportLabelSchema), []),
  status: z.optional(destinationStatusSchema),
  dataSourceId: z.nullish(z.number().check(z.int())),
  // URL (PUSH)
  serializationEnabled: z.nullish(z.boolean()),
  urlFormatString: z.nullish(z.string()),
  secureUrlFormatString: z.nullish(z.string()),
  delimiter: z.nullish(z.string()),
  // Cookie (ADS)
  cookieName: z.nullish(z.string()),
  formatType: z.nullish(z.enum(['single_key', 'key_value'])),
  singleKey: z.nullish(z.string()),
  keySeparator: z.nullish(z.string()),
  valueSeparator: z.nullish(z.string()),
  serializationSeparator: z.nullish(z.string()),
  cnameDomain: z.nullish(z.string()),
  domainRestrictions: z.nullish(z.string()),
  siteIDs: z.nullish(z.array(z.number().check(z.int()))),
  maxSize: z.nullish(z.coerce.number()),
  ttl: z.nullish(z.coerce.number()),
  // Bookkeeping
  createTime: z.optional(epochMs),
  updateTime: z.optional(epochMs),
  crUID: z.nullish(z.number().check(z.int())),
  upUID: z.nullish(z.number().check(z.int())),
  mappingCount: z.optional(z.number().check(z.int(), z.nonnegative())),
  mappings: z.nullish(z.array(mappingSchema)),
})

/**
 * A destination as AAM returns it (API guide, "Destination API methods" and 6.4 of our reference),
 * with our extensions `category`, `platform`, `partner`, `clientName`, `autoFillMapping`,
 * `dataExportLabels` and `mappingCount`. `GET /destinations/` returns partial objects, so
 * type-specific fields are optional; `mappings` is null unless `includeMappings=true`.
 * Reads `orderId` as `destinationId` (an AAM example uses it); a missing `category` (AAM sends
 * none) is derived from `destinationType`: ANALYTICS -> Adobe Experience Cloud, S2S / PEOPLE_BASED
 * -> Integrated Platforms, otherwise Custom.
 */
export const destinationSchema = z.pipe(
  z.transform((raw: unknown) => {
    if (!raw || typeof raw !== 'object') return raw
    const d = raw as Record<string, unknown>
    // AAM itself sends no `category` (our extension): derive it from the type, as AAM's UI groups them.
    const category = d.category ?? (d.destinationType === 'ANALYTICS' ? 'ADOBE_EXPERIENCE_CLOUD' : d.destinationType === 'S2S' || d.destinationType === 'PEOPLE_BASED' ? 'INTEGRATED_PLATFORMS' : 'CUSTOM')
    return { ...d, destinationId: d.destinationId ?? d.orderId, category }
  }),
  destinationObjectSchema,
)
export type Destination = z.output<typeof destinationSchema>

/** Query of `GET /v1/destinations/`: paging plus `containsSegment`, `category`, `destinationType`. */
export const destinationListQuerySchema = z.object({
  containsSegment: z.optional(intId),
  category: z.optional(categorySchema),
  destinationType: z.optional(destinationTypeSchema),
})

export const destinationNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'Enter a name.'), z.maxLength(NAME_MAX_LENGTH, `Use at most ${NAME_MAX_LENGTH} characters.`))
export const destinationDescriptionSchema = z
  .string()
  .check(z.trim(), z.maxLength(DESCRIPTION_MAX_LENGTH, `Use at most ${DESCRIPTION_MAX_LENGTH} characters.`))

/** One row of `GET /v1/destinations/limits` (AAM "Usage limits"; the JSON shape is [INF]). */
export const destinationLimitSchema = z.object({
  destinationType: z.string(),
  label: z.string(),
  max: z.number().check(z.int(), z.nonnegative()),
  used: z.number().check(z.int(), z.nonnegative()),
})
export const destinationLimitsSchema = z.object({ limits: z.array(destinationLimitSchema) })
export type DestinationLimits = z.output<typeof destinationLimitsSchema>

/** `GET /v1/destinations/configurations/available-platforms/`: AAM's platform names. */
export const availablePlatformsSchema = z.array(z.string())
