import { describe, expect, it } from 'vitest'
import type { AutoFill } from '../api/schemas'
import { autoFillValue, differsFromAutoFill, resolveMappingValue } from './auto-fill'

const withCode = { sid: 10042, integrationCode: 'cart_abandon_30d' }
const noCode = { sid: 10043, integrationCode: null }
const blankCode = { sid: 10044, integrationCode: '   ' }

describe('autoFillValue', () => {
  it.each<[AutoFill, { sid: number; integrationCode?: string | null }, ReturnType<typeof autoFillValue>['kind'], string | undefined]>([
    ['SEGMENT_ID', withCode, 'filled', '10042'],
    ['SEGMENT_ID', noCode, 'filled', '10043'],
    ['INTEGRATION_CODE', withCode, 'filled', 'cart_abandon_30d'],
    ['INTEGRATION_CODE', { sid: 1, integrationCode: '  padded ' }, 'filled', 'padded'],
    ['INTEGRATION_CODE', noCode, 'refused', undefined],
    ['INTEGRATION_CODE', blankCode, 'refused', undefined],
    ['INTEGRATION_CODE', { sid: 2 }, 'refused', undefined],
    ['NONE', withCode, 'manual', undefined],
    ['NONE', noCode, 'manual', undefined],
  ])('%s with %o gives %s %s', (mode, segment, kind, value) => {
    const result = autoFillValue(mode, segment)
    expect(result.kind).toBe(kind)
    if (result.kind === 'filled') expect(result.value).toBe(value)
  })

  it('says why a segment without integration code is refused', () => {
    const result = autoFillValue('INTEGRATION_CODE', noCode)
    expect(result).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/no integration code/) })
  })
})

describe('resolveMappingValue', () => {
  it.each<[AutoFill, { sid: number; integrationCode?: string | null }, { value: string; typedByUser: boolean }, string]>([
    ['SEGMENT_ID', withCode, { value: '', typedByUser: false }, '10042'],
    ['SEGMENT_ID', withCode, { value: 'stale', typedByUser: false }, '10042'],
    ['SEGMENT_ID', withCode, { value: 'typed', typedByUser: true }, 'typed'],
    ['INTEGRATION_CODE', withCode, { value: '', typedByUser: false }, 'cart_abandon_30d'],
    ['INTEGRATION_CODE', withCode, { value: 'mine', typedByUser: true }, 'mine'],
    ['INTEGRATION_CODE', noCode, { value: 'kept', typedByUser: false }, 'kept'],
    ['NONE', withCode, { value: '', typedByUser: false }, ''],
    ['NONE', withCode, { value: 'Friendly name', typedByUser: true }, 'Friendly name'],
    ['NONE', withCode, { value: 'draft', typedByUser: false }, 'draft'],
  ])('%s %o %o -> %s', (mode, segment, current, expected) => {
    expect(resolveMappingValue(mode, segment, current)).toBe(expected)
  })
})

describe('differsFromAutoFill', () => {
  it.each<[AutoFill, { sid: number; integrationCode?: string | null }, string | null | undefined, boolean]>([
    ['SEGMENT_ID', withCode, '10042', false],
    ['SEGMENT_ID', withCode, 'Cart abandoners', true],
    ['SEGMENT_ID', withCode, null, true],
    ['SEGMENT_ID', withCode, undefined, true],
    ['INTEGRATION_CODE', withCode, 'cart_abandon_30d', false],
    ['INTEGRATION_CODE', withCode, '10042', true],
    // Nothing to compare against: never flagged.
    ['INTEGRATION_CODE', noCode, 'anything', false],
    ['NONE', withCode, 'anything', false],
    ['NONE', withCode, null, false],
  ])('%s %o value %s -> %s', (mode, segment, value, expected) => {
    expect(differsFromAutoFill(mode, segment, value)).toBe(expected)
  })
})
