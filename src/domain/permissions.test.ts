import { describe, expect, it } from 'vitest'
import { hasPermission, missingPermissionReason } from './permissions'

describe('permissions', () => {
  it.each([
    [null, false],
    [undefined, false],
    [{ isAdmin: false, permissions: [] }, false],
    [{ isAdmin: false, permissions: ['VIEW_ALL_SEGMENTS'] }, false],
    [{ isAdmin: false, permissions: ['MAP_ALL_TO_DESTINATIONS'] }, true],
    [{ isAdmin: true, permissions: [] }, true],
  ])('%o may map: %s', (user, expected) => {
    expect(hasPermission(user, 'MAP_ALL_TO_DESTINATIONS')).toBe(expected)
    expect(missingPermissionReason(user, 'MAP_ALL_TO_DESTINATIONS') === null).toBe(expected)
  })

  it('names the missing permission', () => {
    expect(missingPermissionReason({ isAdmin: false, permissions: [] }, 'MAP_ALL_TO_DESTINATIONS')).toMatch(/MAP_ALL_TO_DESTINATIONS/)
  })
})
