import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONTROL_CHARS, HTTP_URL_MESSAGE } from '../../api/schemas'
import { FIRST_MAPPING_DAY, LAST_MAPPING_DAY } from '../../lib/dates'
import { badDayArb, hostileString, hostileValue, httpUrlArb, isoDayArb, NON_HTTP_URLS } from '../../test/hostile-values'
import { editMappingSchema, ROW_FIELDS, type EditMappingValues, type MappingRow } from './edit-mapping-form'
import type { MappingInputKind } from './mapping-rules'

/**
 * Property tests of the Edit Mapping form schema (`editMappingSchema`): random input never throws,
 * valid rows pass (whatever refused rows and the kind's unused inputs hold), one bad input fails on
 * its own path (`rows.<i>.<field>`, `startDate`, `endDate`), and URL inputs take http(s) only.
 */

const KINDS: MappingInputKind[] = ['url', 'cookie-value', 'cookie-key-value', 'value']
type RowField = (typeof ROW_FIELDS)[MappingInputKind][number]

const value = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .filter((s) => s.trim() !== '' && [...s.trim()].length <= 255 && !CONTROL_CHARS.test(s))
const validFor = (field: RowField) => (field === 'url' || field === 'secureUrl' ? httpUrlArb : value)

/** A savable row of `kind` for segment `sid`: its inputs valid, the unused ones random. */
function validRow(kind: MappingInputKind, sid: number): fc.Arbitrary<MappingRow> {
  const used = ROW_FIELDS[kind]
  const input = (field: RowField) => (used.includes(field) ? validFor(field) : fc.oneof(hostileString, fc.constant('')))
  return fc.record({
    sid: fc.constant(sid),
    name: hostileString,
    traitAlias: input('traitAlias'),
    valueAlias: input('valueAlias'),
    url: input('url'),
    secureUrl: input('secureUrl'),
    locked: fc.boolean(),
    autoFilled: fc.boolean(),
    refusedReason: fc.constant(''),
  })
}

/** A refused row: not saved, so its inputs may hold anything. */
const refusedRow = (sid: number) =>
  fc.record({
    sid: fc.constant(sid), name: hostileString, traitAlias: hostileString, valueAlias: hostileString, url: hostileString, secureUrl: hostileString,
    locked: fc.boolean(), autoFilled: fc.boolean(), refusedReason: fc.constantFrom('Blocked by Data Export Controls.', 'No integration code.'),
  })

/** Days a mapping date may take (2000-01-01 .. 2099-12-31, `FIRST_MAPPING_DAY` .. `LAST_MAPPING_DAY`). */
const mappingDayArb = isoDayArb.filter((d) => d >= FIRST_MAPPING_DAY && d <= LAST_MAPPING_DAY)

const dates = fc.tuple(mappingDayArb, fc.option(mappingDayArb, { nil: undefined })).map(([a, b]) => {
  if (b === undefined) return { startDate: a, endDate: '' }
  return a <= b ? { startDate: a, endDate: b } : { startDate: b, endDate: a }
})

/** Valid values of `kind`: 1 to 6 rows with distinct segments, some refused. */
const validValues = (kind: MappingInputKind): fc.Arbitrary<EditMappingValues> =>
  fc
    .uniqueArray(fc.integer({ min: 10_000, max: 99_999 }), { minLength: 1, maxLength: 6 })
    .chain((sids) => fc.tuple(...sids.map((sid) => fc.oneof({ weight: 4, arbitrary: validRow(kind, sid) }, { weight: 1, arbitrary: refusedRow(sid) }))))
    .chain((rows) => dates.map((d) => ({ rows, ...d })))

const CONTROL = fc.constantFrom('\u0000', '\u0001', '\u0007', '\t', '\n', '\u001b', '\u007f', '\u0085')
const badFor = (field: RowField): fc.Arbitrary<string> =>
  field === 'url' || field === 'secureUrl'
    ? fc.oneof(fc.constantFrom(...NON_HTTP_URLS, '', '   '), fc.tuple(httpUrlArb, CONTROL).map(([u, c]) => u.replace('://', `://a${c}`)))
    : fc.oneof(fc.constantFrom('', '   ', 'x'.repeat(256)), fc.tuple(value, CONTROL).map(([v, c]) => `a${c}${v}`))

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : [...new Set(result.error!.issues.map((i) => i.path.join('.')))].sort()

describe('Edit Mapping form schema under random input', () => {
  it('never throws, whatever it is given', () => {
    const rowLike = fc.record({
      sid: fc.oneof(fc.integer(), hostileValue), name: hostileValue, traitAlias: hostileValue, valueAlias: hostileValue, url: hostileValue, secureUrl: hostileValue,
      locked: hostileValue, autoFilled: hostileValue, refusedReason: hostileValue,
    }, { requiredKeys: [] })
    const input = fc.oneof(
      fc.anything(),
      fc.record({ rows: fc.oneof(fc.array(rowLike, { maxLength: 4 }), hostileValue), startDate: hostileValue, endDate: hostileValue, savedSids: hostileValue }, { requiredKeys: [] }),
    )
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), input, (kind, values) => {
        expect(() => editMappingSchema(kind, []).safeParse(values)).not.toThrow()
      }),
      { numRuns: 400 },
    )
  })

  it('accepts valid rows of every kind, whatever refused rows and unused inputs hold', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS).chain((kind) => fc.tuple(fc.constant(kind), validValues(kind))), ([kind, values]) => {
        expect(issuePaths(editMappingSchema(kind, []).safeParse(values)), JSON.stringify(values)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('fails one bad input of a savable row on rows.<i>.<field>', () => {
    const bad = fc.constantFrom(...KINDS).chain((kind) =>
      validValues(kind)
        .filter((v) => v.rows.some((r) => !r.refusedReason))
        .chain((values) => {
          const savable = values.rows.flatMap((r, i) => (r.refusedReason ? [] : [i]))
          return fc.record({ index: fc.constantFrom(...savable), field: fc.constantFrom(...ROW_FIELDS[kind]) }).chain(({ index, field }) =>
            badFor(field).map((text) => ({ kind, values, index, field, text })),
          )
        }),
    )
    fc.assert(
      fc.property(bad, ({ kind, values, index, field, text }) => {
        const rows = values.rows.map((r, i) => (i === index ? { ...r, [field]: text } : r))
        const result = editMappingSchema(kind, []).safeParse({ ...values, rows })
        expect(issuePaths(result), `${field}=${JSON.stringify(text)}`).toEqual([`rows.${index}.${field}`])
        if (field === 'url' || field === 'secureUrl') {
          const message = result.error?.issues[0].message
          expect(message === HTTP_URL_MESSAGE || message === 'Use at most 2048 characters.', message).toBe(true)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('fails a bad start date on startDate and an end before the start on endDate', () => {
    const kindAndValues = fc.constantFrom(...KINDS).chain((kind) => fc.tuple(fc.constant(kind), validValues(kind)))
    fc.assert(
      fc.property(kindAndValues, fc.oneof(badDayArb, fc.constant(''), hostileString.filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s))), ([kind, values], startDate) => {
        expect(issuePaths(editMappingSchema(kind, []).safeParse({ ...values, startDate })), startDate).toEqual(['startDate'])
      }),
      { numRuns: 200 },
    )
    fc.assert(
      fc.property(kindAndValues, mappingDayArb, mappingDayArb, ([kind, values], a, b) => {
        fc.pre(a !== b)
        const [startDate, endDate] = a < b ? [b, a] : [a, b]
        expect(issuePaths(editMappingSchema(kind, []).safeParse({ ...values, startDate, endDate }))).toEqual(['endDate'])
      }),
      { numRuns: 200 },
    )
  })
})
