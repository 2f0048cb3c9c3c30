import { describe, expect, it } from 'vitest'
import {
  cookieDomainSchema,
  cookieNameSchema,
  destinationCreateSchema,
  destinationUpdateSchema,
  separatorSchema,
  urlTemplateSchema,
} from './destination-write'
import { destinationDescriptionSchema, destinationNameSchema, liveRampClientNameSchema } from './destination'
import { parseSiteIdsText, siteIdsSchema } from './site-ids'

/** Fields with issues, sorted ("body" for root issues). */
function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.success ? [] : [...new Set(result.error!.issues.map((i) => i.path.join('.') || 'body'))].sort()
}

const URL_BASE = { name: 'Pixel', destinationType: 'PUSH' }
const COOKIE_BASE = { name: 'Cookie', destinationType: 'ADS', cookieName: 'aam', formatType: 'key_value' }
const LIVERAMP = { name: 'LR', destinationType: 'S2S', partner: 'LIVERAMP', clientName: 'acme01' }

describe('field rules', () => {
  it.each([
    ['name', destinationNameSchema, ['A', '  padded  ', 'x'.repeat(255)], ['', '   ', 'x'.repeat(256)]],
    ['description', destinationDescriptionSchema, ['', 'x'.repeat(1000)], ['x'.repeat(1001)]],
    ['LiveRamp client name', liveRampClientNameSchema, ['acme01', 'A', 'a'.repeat(64), ' acme01 '], ['', 'acme-01!', 'acme 01', 'a'.repeat(65), 'ümlaut']],
    ['URL template', urlTemplateSchema, ['http://px.example/?ids=%ALIAS%', 'https://px.example/%alias%', 'HTTPS://X.EXAMPLE/a?b=%Alias%'], ['', 'http://px.example/?ids=1', 'ftp://px.example/%ALIAS%', 'px.example/%ALIAS%', 'http:// spaced/%ALIAS%', `http://x.example/%ALIAS%${'a'.repeat(2048)}`]],
    ['separator', separatorSchema, [',', ';', '|', '=', '::'], ['', ' ', 'a', '1', '%', ',,,,']],
    ['cookie name', cookieNameSchema, ['aam_seg', 'AAM-1', 'a'.repeat(64)], ['', 'aam seg', 'aam;seg', 'a'.repeat(65)]],
    ['cookie domain', cookieDomainSchema, ['', '.sports.com', '.shop.acme.example', ' .sports.com '], ['sports.com', '*.sports.com', '.*.sports.com', 'https://www.sports.com', '.www.sports.com', '.sports.com,.news.com', '.com', '.spo rts.com', '.sports.c']],
  ] as const)('%s', (_name, schema, valid, invalid) => {
    for (const v of valid) expect(schema.safeParse(v).success, `valid: ${v}`).toBe(true)
    for (const v of invalid) expect(schema.safeParse(v).success, `invalid: ${v}`).toBe(false)
  })

  it('reads a blank cookie domain as null (all domains) and trims', () => {
    expect(cookieDomainSchema.parse('  ')).toBeNull()
    expect(cookieDomainSchema.parse(' .sports.com ')).toBe('.sports.com')
  })

  it('names the problem of a cookie domain', () => {
    const message = (v: string) => cookieDomainSchema.safeParse(v).error?.issues[0].message
    expect(message('*.sports.com')).toMatch(/Wildcards/)
    expect(message('https://sports.com')).toMatch(/https:\/\/ and www/)
    expect(message('sports.com')).toMatch(/Start the domain with a dot/)
    expect(message('.a.com .b.com')).toMatch(/one domain/)
  })
})

describe('URL destinations (PUSH)', () => {
  it('Serialize off needs no templates; on requires Base URL, Secure URL and Delimiter', () => {
    expect(issues(destinationCreateSchema.safeParse(URL_BASE))).toEqual([])
    expect(issues(destinationCreateSchema.safeParse({ ...URL_BASE, serializationEnabled: true }))).toEqual(['delimiter', 'secureUrlFormatString', 'urlFormatString'])
    const ok = { ...URL_BASE, serializationEnabled: true, urlFormatString: 'http://a.example/%ALIAS%', secureUrlFormatString: 'https://a.example/%ALIAS%', delimiter: ';' }
    expect(destinationCreateSchema.parse(ok)).toMatchObject({ platform: 'ALL', autoFillMapping: 'NONE', dataExportLabels: [], description: '' })
    expect(issues(destinationCreateSchema.safeParse({ ...ok, secureUrlFormatString: 'https://a.example/x' }))).toEqual(['secureUrlFormatString'])
    expect(issues(destinationCreateSchema.safeParse({ ...ok, platform: 'WINDOWS' }))).toEqual(['platform'])
  })
})

describe('cookie destinations (ADS)', () => {
  it('requires a cookie name, a format, and the Key for single key', () => {
    expect(destinationCreateSchema.parse(COOKIE_BASE)).toMatchObject({ platform: 'BROWSER', domainRestrictions: 'all_domains', keySeparator: '=', valueSeparator: ',' })
    expect(issues(destinationCreateSchema.safeParse({ ...COOKIE_BASE, cookieName: '' }))).toEqual(['cookieName'])
    expect(issues(destinationCreateSchema.safeParse({ ...COOKIE_BASE, formatType: 'single_key' }))).toEqual(['singleKey'])
    expect(issues(destinationCreateSchema.safeParse({ ...COOKIE_BASE, formatType: 'csv' }))).toEqual(['formatType'])
    expect(issues(destinationCreateSchema.safeParse({ ...COOKIE_BASE, serializationEnabled: true }))).toEqual(['serializationSeparator'])
  })

  it('is Browser only, publishes to all / inclusion / exclusion, no auto-fill', () => {
    expect(issues(destinationCreateSchema.safeParse({ ...COOKIE_BASE, platform: 'ALL' }))).toEqual(['platform'])
    expect(destinationCreateSchema.safeParse({ ...COOKIE_BASE, domainRestrictions: 'all_domains' }).success).toBe(true)
    for (const r of ['inclusion', 'exclusion']) expect(destinationCreateSchema.parse({ ...COOKIE_BASE, domainRestrictions: r, siteIDs: [77, 78] })).toMatchObject({ siteIDs: [77, 78] })
    expect(issues(destinationCreateSchema.safeParse({ ...COOKIE_BASE, domainRestrictions: 'some' }))).toEqual(['domainRestrictions'])
    expect(issues(destinationCreateSchema.safeParse({ ...COOKIE_BASE, autoFillMapping: 'SEGMENT_ID' }))).toEqual(['autoFillMapping'])
    expect(issues(destinationCreateSchema.safeParse({ ...COOKIE_BASE, cnameDomain: 'sports.com' }))).toEqual(['cnameDomain'])
  })
})

describe('cookie "Publish Data To" site IDs', () => {
  it('needs site IDs for the selected domains (included or excluded) and none for all domains', () => {
    for (const r of ['inclusion', 'exclusion']) {
      for (const siteIDs of [undefined, null, []]) expect(issues(destinationCreateSchema.safeParse({ ...COOKIE_BASE, domainRestrictions: r, siteIDs }))).toEqual(['siteIDs'])
    }
    expect(destinationCreateSchema.safeParse({ ...COOKIE_BASE, siteIDs: [] }).success).toBe(true)
    expect(issues(destinationCreateSchema.safeParse({ ...COOKIE_BASE, siteIDs: [77] }))).toEqual(['siteIDs'])
  })

  it('accepts positive whole numbers, each once, and reports problems on the list', () => {
    const message = (ids: unknown[]) => siteIdsSchema.safeParse(ids).error?.issues.map((i) => [i.path.join('.'), i.message])
    expect(siteIdsSchema.parse([1, 77, 123456])).toEqual([1, 77, 123456])
    expect(message([77, 0, -3])).toEqual([['', 'Site IDs are positive whole numbers; "0", "-3" are not.']])
    expect(message([1.5])).toEqual([['', 'Site IDs are positive whole numbers; "1.5" is not.']])
    expect(message(['77'])).toEqual([['', 'Site IDs are positive whole numbers; "77" is not.']])
    expect(message([77, 77])).toEqual([['', 'Enter each site ID once; 77 is repeated.']])
    expect(siteIdsSchema.safeParse(Array.from({ length: 1001 }, (_, i) => i + 1)).success).toBe(false)
    expect(siteIdsSchema.safeParse('77').success).toBe(false)
  })

  it('reads the form text: numbers for digits, other tokens kept for the error, blank as none', () => {
    expect(parseSiteIdsText(' 77, 78 ;79\n80 ')).toEqual([77, 78, 79, 80])
    expect(parseSiteIdsText('77, abc')).toEqual([77, 'abc'])
    expect(parseSiteIdsText(' , ')).toBeNull()
  })
})

describe('device-based destinations (S2S)', () => {
  it('LiveRamp needs a valid client name; auto-fill Segment ID is the default', () => {
    expect(destinationCreateSchema.parse(LIVERAMP)).toMatchObject({ autoFillMapping: 'SEGMENT_ID', clientName: 'acme01' })
    expect(issues(destinationCreateSchema.safeParse({ ...LIVERAMP, clientName: null }))).toEqual(['clientName'])
    expect(issues(destinationCreateSchema.safeParse({ ...LIVERAMP, clientName: 'acme-01!' }))).toEqual(['clientName'])
    expect(issues(destinationCreateSchema.safeParse({ ...LIVERAMP, partner: null }))).toEqual(['partner'])
    expect(issues(destinationCreateSchema.safeParse({ ...LIVERAMP, partner: 'FACEBOOK' }))).toEqual(['partner'])
  })
})

describe('common rules', () => {
  it('refuses other types on create, and duplicate or unknown labels', () => {
    expect(issues(destinationCreateSchema.safeParse({ name: 'A', destinationType: 'ANALYTICS' }))).toEqual(['destinationType'])
    expect(issues(destinationCreateSchema.safeParse({ ...URL_BASE, dataExportLabels: ['PII', 'PII'] }))).toEqual(['dataExportLabels'])
    expect(issues(destinationCreateSchema.safeParse({ ...URL_BASE, dataExportLabels: ['NOPE'] }))).toEqual(['dataExportLabels.0'])
    expect(issues(destinationCreateSchema.safeParse({ ...URL_BASE, name: 'tab\there' }))).toEqual(['name'])
    expect(issues(destinationCreateSchema.safeParse({ ...URL_BASE, description: 'x'.repeat(1001) }))).toEqual(['description'])
  })

  it('update requires updateTime and accepts People-Based and Analytics', () => {
    expect(issues(destinationUpdateSchema.safeParse(URL_BASE))).toEqual(['updateTime'])
    expect(destinationUpdateSchema.safeParse({ ...URL_BASE, updateTime: 1 }).success).toBe(true)
    expect(destinationUpdateSchema.safeParse({ name: 'A', destinationType: 'ANALYTICS', updateTime: 1 }).success).toBe(true)
    expect(destinationUpdateSchema.safeParse({ name: 'A', destinationType: 'S2S', partner: null, updateTime: 1 }).success).toBe(true)
  })
})
