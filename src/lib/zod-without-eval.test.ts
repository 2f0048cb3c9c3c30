import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { config } from 'zod/v4/core'

// What vite.config.ts resolves `zod` and `zod/mini` to in a build (tests import zod itself).
describe('zod aliases of the build', () => {
  let before: boolean | undefined
  beforeEach(() => {
    before = config().jitless
    config({ jitless: false })
    vi.resetModules()
  })
  afterEach(() => {
    config({ jitless: before })
  })

  it('zod/mini: turns the new Function fast path off as it loads and exports the light build', async () => {
    const z = await import('./zod-mini-without-eval')
    expect(config().jitless).toBe(true)
    const schema = z.object({ name: z.optional(z.string().check(z.minLength(1))) })
    expect(schema.parse({ name: 'a', extra: 1 })).toEqual({ name: 'a' })
    expect(schema.safeParse({ name: '' }).success).toBe(false)
    // Mini schemas have no chained methods such as `.optional()`.
    expect('optional' in schema).toBe(false)
  })

  it('zod: turns the new Function fast path off as it loads and exports the classic build', async () => {
    const { z } = await import('./zod-without-eval')
    expect(config().jitless).toBe(true)
    const schema = z.object({ name: z.string().min(1).optional() })
    expect(schema.parse({ name: 'a', extra: 1 })).toEqual({ name: 'a' })
    expect(schema.safeParse({ name: '' }).success).toBe(false)
  })
})
