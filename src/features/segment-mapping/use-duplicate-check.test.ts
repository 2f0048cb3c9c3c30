import { describe, expect, it } from 'vitest'
import type { Mapping } from '../../api/schemas'
import type { EditMappingValues } from './edit-mapping-form'
import { DUPLICATE_MESSAGE } from './mapping-rules'
import { duplicateChecker } from './use-duplicate-check'

const values: EditMappingValues = {
  rows: [{ sid: 5, name: 'Five', traitAlias: 'five', valueAlias: '', url: '', secureUrl: '', locked: false, autoFilled: false, refusedReason: '' }],
  startDate: '2030-01-01',
  endDate: '',
}
const held = [{ mappingId: 77, sid: 5, traitAlias: 'five', startDate: '2030-01-01', endDate: null }] as Mapping[]

/** The message the checker's resolver puts on the first row's value, if any. */
async function firstRowError(checker: ReturnType<typeof duplicateChecker>): Promise<string | undefined> {
  const result = await checker.resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false })
  const rows = result.errors.rows as unknown as { traitAlias?: { message?: string } }[] | undefined
  return rows?.[0]?.traitAlias?.message
}

describe('duplicateChecker', () => {
  it('checks against nothing until given the destination\'s mappings, then refuses a duplicate', async () => {
    const checker = duplicateChecker('value', null, null)
    expect(checker.hasMappings()).toBe(false)
    expect(await firstRowError(checker)).toBeUndefined()
    checker.checkAgainst(held)
    expect(checker.hasMappings()).toBe(true)
    expect(await firstRowError(checker)).toBe(DUPLICATE_MESSAGE)
  })

  it('starts with known mappings and leaves the edited mapping out of the check', async () => {
    expect(duplicateChecker('value', null, held).hasMappings()).toBe(true)
    expect(await firstRowError(duplicateChecker('value', null, held))).toBe(DUPLICATE_MESSAGE)
    expect(await firstRowError(duplicateChecker('value', 77, held))).toBeUndefined()
  })
})
