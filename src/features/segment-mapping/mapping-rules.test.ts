import { describe, expect, it } from 'vitest'
import type { Mapping } from '../../api/schemas'
import { editMappingSchema, serverFieldToFormField, toCreatePayload, type EditMappingValues, type MappingRow } from './edit-mapping-form'
import { daysOverlap, isDuplicateMapping, mappingDisplayValue, mappingInputKind, mappingValueSortBy, removalConsequence } from './mapping-rules'

const mapping = (over: Partial<Mapping>): Mapping => ({
  mappingId: 1, sid: 10001, traitType: 'SEGMENT', elementStatus: 'active', elementName: 'Cart abandoners',
  traitAlias: '10001', startDate: '2026-01-01', endDate: null, ...over,
})
const row = (over: Partial<MappingRow>): MappingRow => ({
  sid: 10001, name: 'Cart abandoners', traitAlias: '', valueAlias: '', url: '', secureUrl: '',
  locked: false, autoFilled: false, refusedReason: '', ...over,
})

describe('mappingInputKind', () => {
  it.each([
    [{ destinationType: 'S2S' as const }, 'value'],
    [{ destinationType: 'PUSH' as const, serializationEnabled: true }, 'value'],
    [{ destinationType: 'PUSH' as const, serializationEnabled: false }, 'url'],
    [{ destinationType: 'PUSH' as const }, 'url'],
    [{ destinationType: 'ADS' as const, formatType: 'single_key' as const }, 'cookie-value'],
    [{ destinationType: 'ADS' as const, formatType: 'key_value' as const }, 'cookie-key-value'],
    [{ destinationType: 'PEOPLE_BASED' as const }, 'value'],
  ])('%o -> %s', (destination, expected) => {
    expect(mappingInputKind(destination)).toBe(expected)
  })
})

describe('mapping table helpers', () => {
  it('shows key=value, alias or URL', () => {
    expect(mappingDisplayValue({ traitAlias: 'interest', valueAlias: 'golf' })).toBe('interest=golf')
    expect(mappingDisplayValue({ valueAlias: 'golf' })).toBe('golf')
    expect(mappingDisplayValue({ url: 'https://px.example/a' })).toBe('https://px.example/a')
    expect(mappingDisplayValue({})).toBe('')
  })
  it('sorts the Mapping column by the field that holds the value', () => {
    expect(mappingValueSortBy(mappingInputKind({ destinationType: 'PUSH', serializationEnabled: false }))).toBe('url')
    expect(mappingValueSortBy(mappingInputKind({ destinationType: 'ADS', formatType: 'single_key' }))).toBe('valueAlias')
    expect(mappingValueSortBy(mappingInputKind({ destinationType: 'ADS', formatType: 'key_value' }))).toBe('traitAlias')
    expect(mappingValueSortBy(mappingInputKind({ destinationType: 'S2S' }))).toBe('traitAlias')
  })
  it('explains removal for LiveRamp and others', () => {
    expect(removalConsequence({ partner: 'LIVERAMP', name: 'LR' })).toMatch(/ages out there over time; it is not deleted from LiveRamp/)
    expect(removalConsequence({ partner: null, name: 'Pixel' })).toBe('Audience Manager stops sending this segment to Pixel. Existing data at the partner is not deleted.')
  })
})

describe('duplicates', () => {
  it.each([
    [{ startDate: '2026-01-01', endDate: null }, { startDate: '2027-01-01', endDate: null }, true],
    [{ startDate: '2026-01-01', endDate: '2026-01-31' }, { startDate: '2026-01-31', endDate: null }, true],
    [{ startDate: '2026-01-01', endDate: '2026-01-30' }, { startDate: '2026-01-31', endDate: null }, false],
    [{ startDate: null, endDate: '2026-01-30' }, { startDate: '2026-02-01', endDate: '2026-02-02' }, false],
    [{ startDate: null, endDate: null }, { startDate: '2026-02-01', endDate: '2026-02-02' }, true],
  ])('%o overlaps %o: %s', (a, b, expected) => {
    expect(daysOverlap(a, b)).toBe(expected)
    expect(daysOverlap(b, a)).toBe(expected)
  })
  it('needs the same segment, value and overlapping dates', () => {
    const existing = [mapping({ startDate: '2026-01-01', endDate: null })]
    expect(isDuplicateMapping('value', { sid: 10001, traitAlias: '10001', startDate: '2026-05-01' }, existing)).toBe(true)
    expect(isDuplicateMapping('value', { sid: 10001, traitAlias: 'other', startDate: '2026-05-01' }, existing)).toBe(false)
    expect(isDuplicateMapping('value', { sid: 10002, traitAlias: '10001', startDate: '2026-05-01' }, existing)).toBe(false)
    expect(isDuplicateMapping('value', { sid: 10001, traitAlias: '10001', startDate: '2025-01-01', endDate: '2025-12-31' }, existing)).toBe(false)
  })
})

describe('edit mapping form', () => {
  const values = (rows: MappingRow[], startDate = '2026-03-15', endDate = ''): EditMappingValues => ({ rows, startDate, endDate })
  const issues = (kind: Parameters<typeof editMappingSchema>[0], v: EditMappingValues, existing: Mapping[] = []) => {
    const result = editMappingSchema(kind, existing).safeParse(v)
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  }
  it('requires a manual value and rejects control characters', () => {
    expect(issues('value', values([row({ traitAlias: '  ' })]))).toEqual(['rows.0.traitAlias: Enter a mapping value.'])
    expect(issues('value', values([row({ traitAlias: 'a\tb' })]))[0]).toMatch(/control characters/)
    expect(issues('value', values([row({ traitAlias: 'x'.repeat(256) })]))[0]).toMatch(/255/)
    expect(issues('value', values([row({ traitAlias: 'Friendly' })]))).toEqual([])
  })
  it('checks end not before start, and skips refused rows', () => {
    expect(issues('value', values([row({ refusedReason: 'no code' })], '2026-03-15', '2026-03-14'))).toEqual([
      'endDate: End Date cannot be before Start Date.',
    ])
    expect(issues('value', values([row({ traitAlias: 'x' })], '2026-03-15', '2026-03-15'))).toEqual([])
  })
  it('checks URLs and flags duplicates of existing mappings and earlier rows', () => {
    expect(issues('url', values([row({ url: 'ftp://x', secureUrl: 'https://x.example/a' })]))[0]).toMatch(/^rows.0.url/)
    expect(issues('value', values([row({ traitAlias: '10001' })]), [mapping({})])).toEqual([
      'rows.0.traitAlias: Already mapped with this value and overlapping dates.',
    ])
    expect(issues('value', values([row({ traitAlias: 'a' }), row({ traitAlias: 'a' })]))).toEqual([
      'rows.1.traitAlias: Already mapped with this value and overlapping dates.',
    ])
  })
  it('builds one bulk-create body without refused rows, and maps server fields back to rows', () => {
    const { mappings, rowIndexes } = toCreatePayload('cookie-key-value', values([
      row({ refusedReason: 'blocked' }),
      row({ sid: 10002, traitAlias: ' interest ', valueAlias: 'golf' }),
    ]))
    expect(mappings).toEqual([{ sid: 10002, traitType: 'SEGMENT', startDate: '2026-03-15', endDate: null, traitAlias: 'interest', valueAlias: 'golf' }])
    expect(rowIndexes).toEqual([1])
    expect(serverFieldToFormField('0.valueAlias', 'cookie-key-value', rowIndexes)).toBe('rows.1.valueAlias')
    expect(serverFieldToFormField('[0].traitAlias', 'cookie-key-value', rowIndexes)).toBe('rows.1.traitAlias')
    expect(serverFieldToFormField('endDate', 'value', rowIndexes)).toBe('endDate')
    expect(serverFieldToFormField('5.traitAlias', 'value', rowIndexes)).toBeNull()
    expect(serverFieldToFormField('0.url', 'value', rowIndexes)).toBeNull()
  })
})
