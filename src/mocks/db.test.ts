import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// IndexedDB does not exist in jsdom: fake idb-keyval's get/set over a Map and pretend indexedDB exists.
const store = vi.hoisted(() => new Map<string, unknown>())
vi.mock('idb-keyval', () => ({
  get: vi.fn(async (key: string) => store.get(key)),
  set: vi.fn(async (key: string, value: unknown) => {
    store.set(key, structuredClone(value))
  }),
}))

/** A fresh copy of db.ts (the one the MSW handlers use was loaded before the mock). */
async function freshDb() {
  vi.resetModules()
  return import('./db')
}

describe('demo database persistence', () => {
  beforeEach(() => {
    store.clear()
    vi.stubGlobal('indexedDB', {})
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('seeds "typical" and saves it when nothing is stored', async () => {
    const db = await freshDb()
    await db.loadDemoDb()
    expect(store.get(db.DEMO_DB_KEY)).toMatchObject({ version: 1, scenario: 'typical', counters: { mappingId: 500283 } })
    expect(db.demoDb().mappingCount(1001)).toBe(150)
  })

  it('keeps a saved write, the ID counters included, across a reload', async () => {
    let db = await freshDb()
    await db.loadDemoDb()
    const live = db.demoDb()
    live.deleteMapping(500001)
    const id = live.allocate('mappingId')
    live.putMapping({ ...live.mappings.get(500002)!, mappingId: id, traitAlias: 'copy' })
    await db.saveDemoDb()
    db = await freshDb()
    await db.loadDemoDb()
    expect(db.demoDb().mappings.has(500001)).toBe(false)
    expect(db.demoDb().mappings.get(id)?.traitAlias).toBe('copy')
    expect(db.demoDb().allocate('mappingId')).toBe(id + 1)
  })

  it('reseeds when the stored state has another version or shape', async () => {
    const db = await freshDb()
    store.set(db.DEMO_DB_KEY, { version: 0, destinations: [] })
    await db.loadDemoDb()
    expect(db.demoDb().destinations.size).toBe(40)
    expect(store.get(db.DEMO_DB_KEY)).toMatchObject({ version: 1 })
  })

  it('stays in memory when indexedDB is undefined', async () => {
    vi.unstubAllGlobals()
    const db = await freshDb()
    await db.loadDemoDb()
    db.resetDemoDb('empty')
    await db.saveDemoDb()
    expect(store.size).toBe(0)
    expect(db.demoDb().destinations.size).toBe(0)
    expect(db.demoDb().segments.size).toBe(2310)
  })
})
