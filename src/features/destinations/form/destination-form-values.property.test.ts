import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CONTROL_CHARS,
  cookieDomainSchema,
  cookieKeySchema,
  cookieNameSchema,
  DATA_EXPORT_LABELS,
  DEVICE_BASED_PARTNERS,
  destinationCreateSchema,
  destinationUpdateSchema,
  HTTP_URL_MESSAGE,
  httpUrlSchema,
  isHttpUrl,
  liveRampClientNameSchema,
  parseSiteIdsText,
  PLATFORMS,
  separatorSchema,
  siteIdsSchema,
  urlTemplateSchema,
  type DestinationType,
} from '../../../api/schemas'
import { hostileString, hostileValue, httpUrlArb, longString, NON_HTTP_URLS } from '../../../test/hostile-values'
import {
  destinationCreateFormSchema,
  destinationEditFormSchema,
  NEW_DESTINATION_VALUES,
  type DestinationFormValues,
} from './destination-form-values'

/**
 * Property tests of the destination configuration form's schemas (`destinationCreateFormSchema`,
 * `destinationEditFormSchema`) and the write rules under them (`destination-write.ts`): random
 * input never throws, one bad visible field fails on exactly that field's path, valid values pass
 * (whatever the hidden inputs hold), and only http(s) URLs are ever accepted.
 */

// ---- valid values --------------------------------------------------------------------------------

const printable = (min: number, max: number) =>
  fc.string({ unit: 'grapheme', minLength: min, maxLength: max }).filter((s) => s.trim().length >= min && s.length <= 255 && !CONTROL_CHARS.test(s))
const name = printable(1, 30)
const description = fc.array(printable(0, 30), { maxLength: 3 }).map((lines) => lines.join('\n'))
const punctuation = fc.stringMatching(/^[!-$&-/:-@[-`{-~]{1,3}$/)
const cookieToken = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)
const domain = fc
  .stringMatching(/^\.([a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?\.){1,3}[a-z]{2,6}$/)
  .filter((d) => !/^\.www\./.test(d) && d.length <= 253)
const siteIdsText = fc
  .uniqueArray(fc.integer({ min: 1, max: 999_999_999 }), { minLength: 1, maxLength: 6 })
  .chain((ids) => fc.constantFrom(', ', ',', ' ', '; ', '\n').map((sep) => ids.join(sep)))

/** Text of an input the chosen options hide: anything, since the form leaves it out of the body. */
const hidden = fc.oneof(hostileString, fc.constant(''))

const CATEGORY_OF = { PUSH: 'CUSTOM', ADS: 'CUSTOM', S2S: 'INTEGRATED_PLATFORMS', PEOPLE_BASED: 'INTEGRATED_PLATFORMS', ANALYTICS: 'ADOBE_EXPERIENCE_CLOUD' } as const

/** Valid form values of `type`: every visible input valid, every hidden input random. */
function validValues(type: DestinationType): fc.Arbitrary<DestinationFormValues> {
  const common = {
    name,
    description,
    dataExportLabels: fc.subarray([...DATA_EXPORT_LABELS]),
    updateTime: fc.integer({ min: 0, max: 2 ** 45 }),
    // Inputs of the other types: hidden.
    partner: hidden, clientName: hidden, urlFormatString: hidden, secureUrlFormatString: hidden, delimiter: hidden, cookieName: hidden,
    singleKey: hidden, keySeparator: hidden, valueSeparator: hidden, serializationSeparator: hidden, cnameDomain: hidden, siteIDs: hidden,
    platform: hidden,
    formatType: fc.constantFrom('single_key' as const, 'key_value' as const),
    domainRestrictions: fc.constantFrom('all_domains' as const, 'inclusion' as const, 'exclusion' as const),
    serializationEnabled: fc.boolean(),
    autoFillMapping: fc.constantFrom('NONE' as const, 'SEGMENT_ID' as const, 'INTEGRATION_CODE' as const),
  }
  const base = fc.record({ ...common, category: fc.constant(CATEGORY_OF[type]), destinationType: fc.constant(type) })
  switch (type) {
    case 'PUSH':
      return base.chain((v) =>
        fc.record({ platform: fc.constantFrom(...PLATFORMS), urlFormatString: httpUrlArb, secureUrlFormatString: httpUrlArb, delimiter: punctuation }).map((visible) => ({
          ...v,
          platform: visible.platform,
          ...(v.serializationEnabled ? { urlFormatString: visible.urlFormatString, secureUrlFormatString: visible.secureUrlFormatString, delimiter: visible.delimiter } : {}),
        })),
      )
    case 'ADS':
      return base.chain((v) =>
        fc.record({
          cookieName: cookieToken, singleKey: cookieToken, keySeparator: punctuation, valueSeparator: punctuation, serializationSeparator: punctuation,
          cnameDomain: fc.oneof(fc.constant(''), domain), siteIDs: siteIdsText,
        }).map((visible) => ({
          ...v,
          autoFillMapping: 'NONE' as const,
          cookieName: visible.cookieName,
          keySeparator: visible.keySeparator,
          valueSeparator: visible.valueSeparator,
          cnameDomain: visible.cnameDomain,
          ...(v.formatType === 'single_key' ? { singleKey: visible.singleKey } : {}),
          ...(v.serializationEnabled ? { serializationSeparator: visible.serializationSeparator } : {}),
          ...(v.domainRestrictions !== 'all_domains' ? { siteIDs: visible.siteIDs } : {}),
        })),
      )
    case 'S2S':
      return base.chain((v) =>
        fc.record({ partner: fc.constantFrom(...DEVICE_BASED_PARTNERS), clientName: fc.stringMatching(/^[A-Za-z0-9]{1,64}$/) }).map((visible) => ({
          ...v,
          partner: visible.partner,
          ...(visible.partner === 'LIVERAMP' ? { clientName: visible.clientName } : {}),
        })),
      )
    default:
      return base.chain((v) => fc.oneof(fc.constant(''), fc.constantFrom(...PLATFORMS), name).map((platform) => ({ ...v, platform })))
  }
}

const creatable = fc.constantFrom<DestinationType>('PUSH', 'ADS', 'S2S').chain(validValues)
const editable = fc.constantFrom<DestinationType>('PUSH', 'ADS', 'S2S', 'PEOPLE_BASED', 'ANALYTICS').chain(validValues)

// ---- invalid values of each visible input --------------------------------------------------------

const CONTROL = fc.constantFrom('\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085')
const withControl = (arb: fc.Arbitrary<string>) => fc.tuple(arb, CONTROL).map(([v, c]) => `${v.slice(0, 1)}${c}${v.slice(1)}`)
const BAD: Partial<Record<keyof DestinationFormValues, fc.Arbitrary<string>>> = {
  name: fc.oneof(fc.constantFrom('', '   ', '\t', 'x'.repeat(256)), withControl(name), longString.filter((s) => [...s.trim()].length > 255)),
  description: fc.oneof(fc.constant('x'.repeat(1001)), withControl(name), longString.filter((s) => [...s.trim()].length > 1000)),
  urlFormatString: fc.oneof(fc.constantFrom(...NON_HTTP_URLS, '', 'https://px.example/no-macro'), withControl(httpUrlArb)),
  secureUrlFormatString: fc.oneof(fc.constantFrom(...NON_HTTP_URLS, '', 'https://px.example/no-macro'), withControl(httpUrlArb)),
  delimiter: fc.oneof(fc.constantFrom('', ' ', 'a', '1', '%', ',,,,', 'é', '\u0001'), withControl(punctuation)),
  cookieName: fc.oneof(fc.constantFrom('', 'aam seg', 'aam;seg', 'é', '<script>', 'a'.repeat(65)), withControl(cookieToken)),
  singleKey: fc.oneof(fc.constantFrom('', 'a b', 'k=v', 'a'.repeat(65)), withControl(cookieToken)),
  keySeparator: fc.constantFrom('', ' ', 'a', '%', ',,,,', '\u0000'),
  valueSeparator: fc.constantFrom('', ' ', 'a', '%', ',,,,', '\u0000'),
  serializationSeparator: fc.constantFrom('', ' ', 'a', '%', ',,,,', '\u0000'),
  cnameDomain: fc.oneof(fc.constantFrom('sports.com', '*.sports.com', 'https://sports.com', 'www.sports.com', '.www.sports.com', '.a.com .b.com', '.a.com,.b.com', '.com', 'javascript:alert(1)'), withControl(domain)),
  siteIDs: fc.constantFrom('', '   ', 'abc', '0', '-5', '1.5', '7 7', '12, x', '<script>'),
  clientName: fc.oneof(fc.constantFrom('', 'acme-01!', 'acme 01', 'ümlaut', 'a'.repeat(65)), withControl(fc.stringMatching(/^[a-z0-9]{2,10}$/))),
}

/** The inputs the values show (and so send): hidden ones never fail the form. */
function visibleFields(v: DestinationFormValues): (keyof DestinationFormValues)[] {
  const fields: (keyof DestinationFormValues)[] = ['name', 'description']
  if (v.destinationType === 'PUSH' && v.serializationEnabled) fields.push('urlFormatString', 'secureUrlFormatString', 'delimiter')
  if (v.destinationType === 'ADS') {
    fields.push('cookieName', 'keySeparator', 'valueSeparator', 'cnameDomain')
    if (v.formatType === 'single_key') fields.push('singleKey')
    if (v.serializationEnabled) fields.push('serializationSeparator')
    if (v.domainRestrictions !== 'all_domains') fields.push('siteIDs')
  }
  if (v.destinationType === 'S2S' && v.partner === 'LIVERAMP') fields.push('clientName')
  return fields
}

/** Valid values with one visible input made invalid: [values, that field]. */
const oneBadField = (values: fc.Arbitrary<DestinationFormValues>) =>
  values.chain((v) =>
    fc.constantFrom(...visibleFields(v)).chain((field) => BAD[field]!.map((bad): [DestinationFormValues, string] => [{ ...v, [field]: bad }, field])),
  )

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : [...new Set(result.error!.issues.map((i) => i.path.join('.')))]
const messagesAt = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }, path: string) =>
  (result.error?.issues ?? []).filter((i) => i.path.join('.') === path).map((i) => i.message)

// ---- properties ----------------------------------------------------------------------------------

describe('destination form schemas under random input', () => {
  const schemas = {
    destinationCreateFormSchema, destinationEditFormSchema, destinationCreateSchema, destinationUpdateSchema,
    urlTemplateSchema, httpUrlSchema, separatorSchema, cookieNameSchema, cookieKeySchema, cookieDomainSchema, liveRampClientNameSchema, siteIdsSchema,
  }

  it('never throw, whatever they are given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), hostileValue, fc.record(Object.fromEntries(Object.keys(NEW_DESTINATION_VALUES).map((k) => [k, hostileValue])), { requiredKeys: [] })), (input) => {
        for (const schema of Object.values(schemas)) expect(() => schema.safeParse(input)).not.toThrow()
      }),
      { numRuns: 300 },
    )
    fc.assert(fc.property(hostileString, (text) => void parseSiteIdsText(text)), { numRuns: 200 })
  })

  it('never throw on form values with random text in every input', () => {
    const text = fc.oneof(hostileString, fc.string())
    const values = fc.record({
      ...Object.fromEntries(Object.keys(NEW_DESTINATION_VALUES).map((k) => [k, text])),
      category: fc.constantFrom('CUSTOM', 'INTEGRATED_PLATFORMS', 'ADOBE_EXPERIENCE_CLOUD'),
      destinationType: fc.constantFrom('PUSH', 'ADS', 'S2S', 'PEOPLE_BASED', 'ANALYTICS'),
      dataExportLabels: fc.subarray([...DATA_EXPORT_LABELS]),
      autoFillMapping: fc.constantFrom('NONE', 'SEGMENT_ID', 'INTEGRATION_CODE'),
      serializationEnabled: fc.boolean(),
      formatType: fc.constantFrom('single_key', 'key_value'),
      domainRestrictions: fc.constantFrom('all_domains', 'inclusion', 'exclusion'),
      updateTime: fc.integer(),
    })
    fc.assert(
      fc.property(values, (v) => {
        expect(() => destinationCreateFormSchema.safeParse(v)).not.toThrow()
        expect(() => destinationEditFormSchema.safeParse(v)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })

  it('accept valid values of every type, whatever the hidden inputs hold', () => {
    fc.assert(
      fc.property(creatable, (v) => {
        const result = destinationCreateFormSchema.safeParse(v)
        expect(issuePaths(result), JSON.stringify(v)).toEqual([])
        expect((result.data as { name: string }).name).toBe(v.name.trim())
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(editable, (v) => {
        expect(issuePaths(destinationEditFormSchema.safeParse(v)), JSON.stringify(v)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('fail one bad visible input on exactly that input', () => {
    fc.assert(
      fc.property(oneBadField(creatable), ([v, field]) => {
        expect(issuePaths(destinationCreateFormSchema.safeParse(v)), `${field}=${JSON.stringify(v[field as keyof DestinationFormValues])}`).toEqual([field])
      }),
      { numRuns: 400 },
    )
    fc.assert(
      fc.property(oneBadField(editable), ([v, field]) => {
        expect(issuePaths(destinationEditFormSchema.safeParse(v)), `${field}=${JSON.stringify(v[field as keyof DestinationFormValues])}`).toEqual([field])
      }),
      { numRuns: 300 },
    )
  })
})

describe('URLs: http and https only', () => {
  it('accepts generated http(s) URLs in every URL input', () => {
    fc.assert(
      fc.property(httpUrlArb, (url) => {
        expect(isHttpUrl(url), url).toBe(true)
        expect(urlTemplateSchema.safeParse(url).success, url).toBe(true)
        expect(httpUrlSchema.safeParse(url).success, url).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it.each(NON_HTTP_URLS)('refuses %j on the Base URL, Secure URL and mapping URL, saying why', (url) => {
    const serialized = { ...NEW_DESTINATION_VALUES, name: 'Pixel', serializationEnabled: true, urlFormatString: 'https://ok.example/%ALIAS%', secureUrlFormatString: 'https://ok.example/%ALIAS%' }
    for (const field of ['urlFormatString', 'secureUrlFormatString'] as const) {
      const result = destinationCreateFormSchema.safeParse({ ...serialized, [field]: url })
      expect(issuePaths(result)).toEqual([field])
      expect(messagesAt(result, field)).toContain(HTTP_URL_MESSAGE)
    }
    expect(httpUrlSchema.safeParse(url).error?.issues.map((i) => i.message)).toContain(HTTP_URL_MESSAGE)
  })

  it('never accepts a string that is not an absolute http(s) URL, whatever prefix or trick it carries', () => {
    const tricky = fc
      .tuple(
        fc.constantFrom('', ' ', '\t', '\u0000', '\u0001', '\n', '\u00a0', '\ufeff', '//', '/'),
        fc.constantFrom('javascript:', 'JAVASCRIPT:', 'java\tscript:', 'data:', 'vbscript:', 'ftp://', 'file://', 'http:', 'https:/', 'http://', 'https://', 'HtTpS://', ''),
        fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('px.example/%ALIAS%', 'alert(1)//%ALIAS%', '', ' ', '@evil.example', '\\evil.example')),
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(tricky, hostileString), (text) => {
        for (const schema of [urlTemplateSchema, httpUrlSchema]) {
          const result = schema.safeParse(text)
          if (!result.success) continue
          // Whatever passed is an absolute http(s) URL with a host, no space and no control character.
          const url = new URL(result.data)
          expect(['http:', 'https:'], text).toContain(url.protocol)
          expect(url.hostname, text).not.toBe('')
          expect(result.data, text).toMatch(/^https?:\/\/[^\s\\]+$/i)
          expect(CONTROL_CHARS.test(result.data), text).toBe(false)
        }
      }),
      { numRuns: 500 },
    )
  })
})
