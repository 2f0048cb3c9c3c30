import { z } from 'zod'
import { CONTROL_CHARS, epochMs, HTTP_URL_MESSAGE, isHttpUrl, NAME_MAX_LENGTH, wireNumber } from './common'
import { siteIdsSchema } from './site-ids'
import {
  autoFillSchema,
  destinationDescriptionSchema,
  destinationNameSchema,
  destinationObjectSchema,
  liveRampClientNameSchema,
  PLATFORMS,
} from './destination'
import { dataExportLabelSchema } from './labels'

/**
 * Write rules of destinations (`POST /v1/destinations/`, `PUT /v1/destinations/{id}`): the one place
 * every field rule lives. The demo backend parses request bodies with these schemas and the
 * configuration form validates through them (`destinationFormSchema`), so both say the same thing.
 * Field shapes are picked from `destinationObjectSchema` and tightened; cross-field rules are the
 * exported `check*` refinements. AAM sources: user guide "Create a URL destination", "Create a
 * cookie destination", "Cookie destination options" (aam-reference 2.3), API guide "Create a
 * destination" (6.4); where AAM is silent the rule is ours and marked [INF] below.
 */

/** Device-based partners a destination may be created for (our extension; LiveRamp first). */
export const DEVICE_BASED_PARTNERS = ['LIVERAMP', 'THE_TRADE_DESK', 'GOOGLE_DISPLAY', 'TWITTER', 'AMAZON'] as const

/** Types `POST /v1/destinations/` creates: AAM's URL (`PUSH`) and cookie (`ADS`) plus LiveRamp-style `S2S`. */
export const CREATABLE_TYPES = ['PUSH', 'ADS', 'S2S'] as const

/** "Publish Data To" (`domainRestrictions`) in AAM's words; `exclusion` is [INF]. */
export const DOMAIN_RESTRICTIONS = ['all_domains', 'inclusion', 'exclusion'] as const
export const DOMAIN_RESTRICTION_TEXT: Record<(typeof DOMAIN_RESTRICTIONS)[number], string> = {
  all_domains: 'All of our domains',
  inclusion: 'Only the selected domains',
  exclusion: 'All of our domains except the selected domains',
}

/** Cookie "Data Format" (`formatType`) in AAM's words. */
export const FORMAT_TYPES = ['single_key', 'key_value'] as const
export const FORMAT_TYPE_TEXT: Record<(typeof FORMAT_TYPES)[number], string> = { single_key: 'Single key', key_value: 'Multi key' }

// A blank string fails the field's own schema; these rules only add what a missing (null) value lacks.
const has = (v: string | null | undefined) => v != null

/** A URL template (Base URL / Secure URL): http(s) only (`isHttpUrl`), ≤ 2048, must contain the `%ALIAS%` macro (any case). */
export const urlTemplateSchema = z
  .string()
  .trim()
  .min(1, 'Enter a URL.')
  .max(2048, 'Use at most 2048 characters.')
  .refine(isHttpUrl, HTTP_URL_MESSAGE)
  .refine((v) => /%alias%/i.test(v), 'Add the %ALIAS% macro where the segment values go.')

/** A separator or delimiter [INF]: 1 to 3 ASCII punctuation characters other than `%` (no spaces, letters, digits or control characters). */
export const separatorSchema = z
  .string()
  .min(1, 'Enter a separator, e.g. , or ;')
  .max(3, 'Use at most 3 characters.')
  .refine((v) => /^[\x21-\x7e]*$/.test(v) && !/[%A-Za-z0-9]/.test(v), 'Use punctuation such as , ; | = (no spaces, letters, digits or %).')

/** Cookie name [INF: AAM asks for a short name without special characters]: letters, digits, _ and -, 1 to 64. */
export const cookieNameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1 to 64 letters, digits, _ or -.')

/** The single cookie key [INF]: same characters as a cookie name, 1 to 64. */
export const cookieKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1 to 64 letters, digits, _ or -.')

/**
 * Cookie Domain (`cnameDomain`, AAM "Cookie destination options"): blank means all domains;
 * otherwise exactly one domain starting with a dot (`.sports.com`), no wildcards, no scheme or `www`.
 * Blank reads as null.
 */
export const cookieDomainSchema = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (v === '') return
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message })
    if (/[\s,;]/.test(v.replace(/^\s+|\s+$/g, ''))) return fail('Enter one domain only.')
    if (v.includes('*')) return fail('Wildcards are not allowed: enter one domain such as .sports.com.')
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^\.?www\./i.test(v)) return fail('Leave out https:// and www: enter a domain such as .sports.com.')
    if (!v.startsWith('.')) return fail('Start the domain with a dot, e.g. .sports.com.')
    if (!/^\.(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(v) || v.length > 253) fail('Enter a domain such as .sports.com.')
  })
  .transform((v) => (v === '' ? null : v))

const f = destinationObjectSchema.shape
const commonShape = {
  dataExportLabels: z
    .array(dataExportLabelSchema)
    .default([])
    .refine((labels) => new Set(labels).size === labels.length, 'Each label can be chosen once.'),
  name: destinationNameSchema.check(z.refine((v) => !CONTROL_CHARS.test(v), 'Remove control characters (tabs, line breaks) from the name.')),
  description: z._default(
    destinationDescriptionSchema.check(
      z.refine((v) => !CONTROL_CHARS.test(v.replace(/[\t\n\r]/g, '')), 'Remove control characters from the description (line breaks and tabs are fine).'),
    ),
    '',
  ),
  category: z.optional(f.category),
}

const urlShape = {
  ...commonShape,
  destinationType: z.literal('PUSH'),
  platform: z.enum(PLATFORMS, { error: 'Choose Browser, Android, iOS or All.' }).default('ALL'),
  autoFillMapping: f.autoFillMapping,
  serializationEnabled: z.boolean().default(false),
  urlFormatString: urlTemplateSchema.nullish(),
  secureUrlFormatString: urlTemplateSchema.nullish(),
  delimiter: separatorSchema.nullish(),
}

const cookieShape = {
  ...commonShape,
  destinationType: z.literal('ADS'),
  platform: z.literal('BROWSER', { error: 'Cookie destinations work in browsers only: use BROWSER.' }).default('BROWSER'),
  autoFillMapping: z.literal('NONE', { error: 'Cookie destinations do not auto-fill mapping values.' }).default('NONE'),
  cookieName: cookieNameSchema,
  formatType: z.enum(FORMAT_TYPES, { error: 'Choose Single key or Multi key.' }),
  singleKey: cookieKeySchema.nullish(),
  keySeparator: separatorSchema.default('='),
  valueSeparator: separatorSchema.default(','),
  serializationEnabled: z.boolean().default(false),
  serializationSeparator: separatorSchema.nullish(),
  cnameDomain: cookieDomainSchema.nullish(),
  domainRestrictions: z.enum(DOMAIN_RESTRICTIONS, { error: 'Choose one of the three Publish Data To options.' }).default('all_domains'),
  siteIDs: siteIdsSchema.nullish(),
  maxSize: z.nullish(wireNumber(z.number().int().min(1).max(8192))),
  ttl: z.nullish(wireNumber(z.number().int().min(0))),
  adServerTypeID: z.number().int().optional(),
}

const s2sShape = {
  ...commonShape,
  destinationType: z.literal('S2S'),
  partner: z.enum(DEVICE_BASED_PARTNERS, { error: 'Choose the device-based platform, e.g. LiveRamp.' }).nullish(),
  clientName: z.nullish(liveRampClientNameSchema),
  autoFillMapping: z._default(autoFillSchema, 'SEGMENT_ID'),
}

type Ctx = z.RefinementCtx
const need = (ctx: Ctx, path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })

/** URL destinations (AAM "Create a URL destination"): Serialize on requires Base URL, Secure URL and Delimiter. */
export function checkUrlDestination(v: { serializationEnabled: boolean; urlFormatString?: string | null; secureUrlFormatString?: string | null; delimiter?: string | null }, ctx: Ctx) {
  if (!v.serializationEnabled) return
  if (!has(v.urlFormatString)) need(ctx, 'urlFormatString', 'Enter the Base URL: it is required when Serialize is on.')
  if (!has(v.secureUrlFormatString)) need(ctx, 'secureUrlFormatString', 'Enter the Secure URL: it is required when Serialize is on.')
  if (!has(v.delimiter)) need(ctx, 'delimiter', 'Enter the Delimiter between segment values, e.g. , or ;')
}

type CookieRuleFields = {
  formatType: string; singleKey?: string | null; serializationEnabled: boolean; serializationSeparator?: string | null
  domainRestrictions: string; siteIDs?: unknown[] | null
}

/**
 * Cookie destinations: single key needs its Key; Serialize needs its delimiter; "Only the selected
 * domains" and "All of our domains except the selected domains" need site IDs, "All of our domains" none.
 */
export function checkCookieDestination(v: CookieRuleFields, ctx: Ctx) {
  if (v.formatType === 'single_key' && !has(v.singleKey)) need(ctx, 'singleKey', 'Enter the Key: single-key cookies set it here.')
  if (v.serializationEnabled && !has(v.serializationSeparator)) need(ctx, 'serializationSeparator', 'Enter the Serial Delimiter, e.g. ,')
  const sites = v.siteIDs?.length ?? 0
  if (v.domainRestrictions !== 'all_domains' && sites === 0) {
    need(ctx, 'siteIDs', `Enter the site IDs of the domains: "${DOMAIN_RESTRICTION_TEXT[v.domainRestrictions as 'inclusion'] ?? v.domainRestrictions}" needs at least one.`)
  }
  if (v.domainRestrictions === 'all_domains' && sites > 0) {
    need(ctx, 'siteIDs', 'Site IDs apply only to "Only the selected domains" or "All of our domains except the selected domains": remove them.')
  }
}

/** Device-based: a LiveRamp destination needs its LiveRamp Client Name (AAM KCS "LiveRamp server-to-server destination"). */
export function checkS2sDestination(v: { partner?: string | null; clientName?: string | null }, ctx: Ctx) {
  if (v.partner === 'LIVERAMP' && !has(v.clientName)) need(ctx, 'clientName', 'Enter the LiveRamp Client Name (the user name LiveRamp gave you).')
}

const requirePartner = (v: { partner?: string | null }, ctx: Ctx) => {
  if (!v.partner) need(ctx, 'partner', 'Choose the device-based platform, e.g. LiveRamp.')
}

const NOT_CREATABLE = {
  error: 'Create URL (PUSH), cookie (ADS) or device-based (S2S) destinations here; People-Based and Adobe Analytics destinations are set up in Audience Manager.',
}

/**
 * Body of `POST /v1/destinations/`, by `destinationType`: `PUSH` (URL), `ADS` (cookie, Browser
 * only) or `S2S` (device-based, `partner` required, LiveRamp needs `clientName`). Blank optional
 * strings should be sent as null.
 */
export const destinationCreateSchema = z.discriminatedUnion(
  'destinationType',
  [
    z.object(urlShape).superRefine(checkUrlDestination),
    z.object(cookieShape).superRefine(checkCookieDestination),
    z.object(s2sShape).superRefine(checkS2sDestination).superRefine(requirePartner),
  ],
  NOT_CREATABLE,
)
export type DestinationCreate = z.input<typeof destinationCreateSchema>

const updateTime = { updateTime: epochMs.check(z.describe('updateTime of the version being edited')) }
/** Platform name of a People-Based or Analytics destination (e.g. "Facebook", "ALL"): 1 to 255 characters, no control characters. */
const platformNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter the platform name.')
  .max(NAME_MAX_LENGTH, `Use at most ${NAME_MAX_LENGTH} characters.`)
  .refine((v) => !CONTROL_CHARS.test(v), 'Remove control characters (tabs, line breaks) from the platform name.')
const otherShape = { ...commonShape, ...updateTime, autoFillMapping: f.autoFillMapping, platform: platformNameSchema.nullish() }

/**
 * Body of `PUT /v1/destinations/{id}`: the create rules plus `updateTime` (required: a stale one
 * gets 409 STALE_UPDATE); People-Based and Analytics destinations may change their common fields.
 */
export const destinationUpdateSchema = z.discriminatedUnion('destinationType', [
  z.object({ ...urlShape, ...updateTime }).superRefine(checkUrlDestination),
  z.object({ ...cookieShape, ...updateTime }).superRefine(checkCookieDestination),
  z.object({ ...s2sShape, ...updateTime }).superRefine(checkS2sDestination),
  z.object({ ...otherShape, destinationType: z.literal('PEOPLE_BASED') }),
  z.object({ ...otherShape, destinationType: z.literal('ANALYTICS') }),
])
export type DestinationUpdate = z.input<typeof destinationUpdateSchema>
