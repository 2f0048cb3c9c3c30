import { z } from 'zod'
import type { Control } from 'react-hook-form'
import {
  autoFillSchema,
  dataExportLabelSchema,
  destinationCreateSchema,
  destinationObjectSchema,
  destinationUpdateSchema,
  DOMAIN_RESTRICTIONS,
  FORMAT_TYPES,
  parseSiteIdsText,
  type Category,
  type Destination,
  type DestinationType,
} from '../../../api/schemas'

/** Types per Category, in AAM's order (Destination Builder, "Basic Information"). */
export const TYPES_BY_CATEGORY: Record<Category, readonly DestinationType[]> = {
  CUSTOM: ['PUSH', 'ADS'],
  INTEGRATED_PLATFORMS: ['S2S', 'PEOPLE_BASED'],
  ADOBE_EXPERIENCE_CLOUD: ['ANALYTICS'],
}

/**
 * The configuration form's fields: the category and type picked from the destination schema, every
 * text input as a string ('' = empty) and `updateTime` of the version being edited (0 on create).
 */
export const destinationFormFieldsSchema = z.object({
  category: destinationObjectSchema.shape.category,
  destinationType: destinationObjectSchema.shape.destinationType,
  name: z.string(),
  description: z.string(),
  partner: z.string(),
  platform: z.string(),
  dataExportLabels: z.array(dataExportLabelSchema),
  autoFillMapping: autoFillSchema,
  clientName: z.string(),
  serializationEnabled: z.boolean(),
  urlFormatString: z.string(),
  secureUrlFormatString: z.string(),
  delimiter: z.string(),
  cookieName: z.string(),
  formatType: z.enum(FORMAT_TYPES),
  singleKey: z.string(),
  keySeparator: z.string(),
  valueSeparator: z.string(),
  serializationSeparator: z.string(),
  cnameDomain: z.string(),
  domainRestrictions: z.enum(DOMAIN_RESTRICTIONS),
  siteIDs: z.string(),
  updateTime: z.number(),
})
export type DestinationFormValues = z.output<typeof destinationFormFieldsSchema>

const blank = (s: string) => (s.trim() === '' ? null : s)

/**
 * The request body for the form's values: only the fields of the chosen type, optional blanks as
 * null, hidden inputs left out (Base URL etc. only with Serialize on, Key only for single-key
 * cookies, LiveRamp Client Name only for LiveRamp, Site IDs only when the domains are chosen). Field names equal the form's, so the shared
 * schemas' issues land on the right inputs.
 */
export function toWriteBody(v: DestinationFormValues) {
  const common = { name: v.name, description: v.description, category: v.category, dataExportLabels: v.dataExportLabels, updateTime: v.updateTime }
  switch (v.destinationType) {
    case 'PUSH':
      return {
        ...common, destinationType: v.destinationType, platform: v.platform, autoFillMapping: v.autoFillMapping,
        serializationEnabled: v.serializationEnabled,
        urlFormatString: v.serializationEnabled ? blank(v.urlFormatString) : null,
        secureUrlFormatString: v.serializationEnabled ? blank(v.secureUrlFormatString) : null,
        delimiter: v.serializationEnabled ? blank(v.delimiter) : null,
      }
    case 'ADS':
      return {
        ...common, destinationType: v.destinationType, platform: 'BROWSER', autoFillMapping: 'NONE', cookieName: v.cookieName,
        formatType: v.formatType, singleKey: v.formatType === 'single_key' ? blank(v.singleKey) : null,
        keySeparator: v.keySeparator, valueSeparator: v.valueSeparator, serializationEnabled: v.serializationEnabled,
        serializationSeparator: v.serializationEnabled ? blank(v.serializationSeparator) : null,
        cnameDomain: v.cnameDomain, domainRestrictions: v.domainRestrictions,
        siteIDs: v.domainRestrictions === 'all_domains' ? null : parseSiteIdsText(v.siteIDs),
      }
    case 'S2S':
      return {
        ...common, destinationType: v.destinationType, partner: v.partner || null, autoFillMapping: v.autoFillMapping,
        clientName: v.partner === 'LIVERAMP' ? blank(v.clientName) : null,
      }
    default:
      return { ...common, destinationType: v.destinationType, autoFillMapping: v.autoFillMapping, ...(v.platform ? { platform: v.platform } : {}) }
  }
}

/** Form schema of "create": the form's fields, turned into the body and checked by `destinationCreateSchema`. */
export const destinationCreateFormSchema = destinationFormFieldsSchema.transform((v): unknown => toWriteBody(v)).pipe(destinationCreateSchema)
/** Form schema of "edit": the same, checked by `destinationUpdateSchema` (with `updateTime`). */
export const destinationEditFormSchema = destinationFormFieldsSchema.transform((v): unknown => toWriteBody(v)).pipe(destinationUpdateSchema)
export type DestinationWriteBody = z.output<typeof destinationEditFormSchema>

/** Defaults of a new destination: Custom > URL, platform All, nothing checked; AAM's separators `=` and `,`. */
export const NEW_DESTINATION_VALUES: DestinationFormValues = {
  category: 'CUSTOM', destinationType: 'PUSH', name: '', description: '', partner: '', platform: 'ALL', dataExportLabels: [],
  autoFillMapping: 'NONE', clientName: '', serializationEnabled: false, urlFormatString: '', secureUrlFormatString: '',
  delimiter: ',', cookieName: '', formatType: 'single_key', singleKey: '', keySeparator: '=', valueSeparator: ',',
  serializationSeparator: ',', cnameDomain: '', domainRestrictions: 'all_domains', siteIDs: '', updateTime: 0,
}

/** The form's values for an existing destination (unset fields fall back to the new-destination defaults). */
export function toFormValues(d: Destination): DestinationFormValues {
  const n = NEW_DESTINATION_VALUES
  const restriction = (d.domainRestrictions ?? 'all_domains').toLowerCase()
  return {
    category: d.category, destinationType: d.destinationType, name: d.name, description: d.description,
    partner: d.partner ?? '', platform: d.platform ?? '', dataExportLabels: [...d.dataExportLabels],
    autoFillMapping: d.autoFillMapping, clientName: d.clientName ?? '', serializationEnabled: Boolean(d.serializationEnabled),
    urlFormatString: d.urlFormatString ?? '', secureUrlFormatString: d.secureUrlFormatString ?? '', delimiter: d.delimiter ?? n.delimiter,
    cookieName: d.cookieName ?? '', formatType: d.formatType ?? n.formatType, singleKey: d.singleKey ?? '',
    keySeparator: d.keySeparator ?? n.keySeparator, valueSeparator: d.valueSeparator ?? n.valueSeparator,
    serializationSeparator: d.serializationSeparator ?? n.serializationSeparator, cnameDomain: d.cnameDomain ?? '',
    domainRestrictions: (DOMAIN_RESTRICTIONS as readonly string[]).includes(restriction) ? (restriction as DestinationFormValues['domainRestrictions']) : 'all_domains',
    siteIDs: d.siteIDs?.join(', ') ?? '',
    updateTime: d.updateTime ?? 0,
  }
}

/** The values after choosing `type`: its category, and LiveRamp's defaults (auto-fill Segment ID) for S2S. */
export function valuesForType(current: DestinationFormValues, type: DestinationType): Partial<DestinationFormValues> {
  if (type === 'S2S') return { destinationType: type, partner: 'LIVERAMP', autoFillMapping: 'SEGMENT_ID', platform: '' }
  if (type === 'ADS') return { destinationType: type, platform: 'BROWSER', autoFillMapping: 'NONE' }
  if (type === 'PUSH') return { destinationType: type, platform: current.platform && current.platform !== 'BROWSER' ? current.platform : 'ALL', autoFillMapping: 'NONE' }
  return { destinationType: type, autoFillMapping: type === 'ANALYTICS' ? 'SEGMENT_ID' : 'NONE', platform: 'ALL' }
}

/** The form's react-hook-form control (field values in, request body out). */
export type FormControl = Control<DestinationFormValues, unknown, DestinationWriteBody>
