import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { get, getMany, set, setMany } from 'idb-keyval'
import { DEMO_CATALOG_KEY, DEMO_DB_KEY } from './storage'

// IndexedDB does not exist in jsdom: fake idb-keyval over a Map (values cloned like IndexedDB does)
// and pretend indexedDB exists.
const store = vi.hoisted(() => new Map<string, unknown>())
vi.mock('idb-keyval', () => ({
  get: vi.fn(async (key: string) => store.get(key)),
  getMany: vi.fn(async (keys: string[]) => keys.map((key) => store.get(key))),
  set: vi.fn(async (key: string, value: unknown) => {
    store.set(key, structuredClone(value))
  }),
  setMany: vi.fn(async (entries: [string, unknown][]) => {
    for (const [key, value] of entries) store.set(key, structuredClone(value))
  }),
}))

/**
 * A fresh copy of db.ts and of storage.ts, which remembers the stored catalog (the copies the MSW
 * handlers use were loaded before the mock).
 */
async function freshDb() {
  vi.resetModules()
  return import('./db')
}

interface Stored { catalogId: string; segments?: unknown[]; mappings?: unknown[] }

describe('demo database persistence', () => {
  beforeEach(() => {
    store.clear()
    vi.clearAllMocks()
    vi.stubGlobal('indexedDB', {})
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('seeds "typical" and saves it in two parts when nothing is stored', async () => {
    const db = await freshDb()
    await db.loadDemoDb()
    const state = store.get(DEMO_DB_KEY) as Stored
    const catalog = store.get(DEMO_CATALOG_KEY) as Stored
    expect(state).toMatchObject({ version: 2, scenario: 'typical', counters: { mappingId: 500283 } })
    expect(state).not.toHaveProperty('segments')
    expect(state.mappings).toHaveLength(282)
    expect(catalog).toMatchObject({ version: 2, catalogId: state.catalogId })
    expect(catalog.segments).toHaveLength(2310)
    expect(db.demoDb().mappingCount(1001)).toBe(150)
  })

  it('keeps a saved write, the ID counters included, across a reload; a write stores only what writes change', async () => {
    let db = await freshDb()
    await db.loadDemoDb()
    const catalogBefore = store.get(DEMO_CATALOG_KEY)
    vi.clearAllMocks()
    const live = db.demoDb()
    live.deleteMapping(500001)
    const id = live.allocate('mappingId')
    live.putMapping({ ...live.mappings.get(500002)!, mappingId: id, traitAlias: 'copy' })
    await db.saveDemoDb()
    expect(setMany).not.toHaveBeenCalled()
    expect(vi.mocked(set).mock.calls.map(([key]) => key)).toEqual([DEMO_DB_KEY])
    expect(store.get(DEMO_CATALOG_KEY)).toBe(catalogBefore)

    db = await freshDb()
    await db.loadDemoDb()
    expect(db.demoDb().mappings.has(500001)).toBe(false)
    expect(db.demoDb().mappings.get(id)?.traitAlias).toBe('copy')
    expect(db.demoDb().allocate('mappingId')).toBe(id + 1)
    expect(db.demoDb().segments.size).toBe(2310)
  })

  it('a reset stores a new catalog together with its data', async () => {
    const db = await freshDb()
    await db.loadDemoDb()
    const first = (store.get(DEMO_CATALOG_KEY) as Stored).catalogId
    db.resetDemoDb('empty')
    await db.saveDemoDb()
    const catalog = store.get(DEMO_CATALOG_KEY) as Stored
    expect(catalog.catalogId).not.toBe(first)
    expect(store.get(DEMO_DB_KEY)).toMatchObject({ scenario: 'empty', catalogId: catalog.catalogId, destinations: [], mappings: [] })
    expect(vi.mocked(setMany)).toHaveBeenCalledTimes(2)
  })

  it('reloading after another tab saved a write reads only what writes change and keeps the catalog', async () => {
    const db = await freshDb()
    await db.loadDemoDb()
    const catalog = db.demoDb().catalog
    // Another tab deletes a mapping and saves.
    const other = store.get(DEMO_DB_KEY) as { mappings: { mappingId: number }[] }
    store.set(DEMO_DB_KEY, { ...other, mappings: other.mappings.filter((m) => m.mappingId !== 500003) })
    vi.clearAllMocks()
    await db.loadDemoDb()
    expect(getMany).not.toHaveBeenCalled()
    expect(get).toHaveBeenCalledWith(DEMO_DB_KEY)
    expect(db.demoDb().catalog).toBe(catalog)
    expect(db.demoDb().mappings.has(500003)).toBe(false)
    expect(db.demoDb().mappings.has(500004)).toBe(true)
  })

  it('reseeds when the stored data has another version or shape', async () => {
    const db = await freshDb()
    // Version 1 stored everything under one key.
    store.set(DEMO_DB_KEY, { version: 1, scenario: 'typical', destinations: [], mappings: [], segments: [], folders: [], dataSources: [], counters: {} })
    await db.loadDemoDb()
    expect(db.demoDb().destinations.size).toBe(40)
    expect(store.get(DEMO_DB_KEY)).toMatchObject({ version: 2 })
    expect(store.get(DEMO_DB_KEY)).not.toHaveProperty('segments')
    expect(store.get(DEMO_CATALOG_KEY)).toMatchObject({ version: 2 })
  })

  it('reseeds when the stored data belongs to another catalog than the stored one', async () => {
    let db = await freshDb()
    await db.loadDemoDb()
    db.resetDemoDb('empty')
    await db.saveDemoDb()
    store.set(DEMO_CATALOG_KEY, { ...(store.get(DEMO_CATALOG_KEY) as Stored), catalogId: 'someone-else' })
    db = await freshDb()
    await db.loadDemoDb()
    expect(db.demoDb().scenario).toBe('typical')
    expect(db.demoDb().destinations.size).toBe(40)
    const state = store.get(DEMO_DB_KEY) as Stored
    expect((store.get(DEMO_CATALOG_KEY) as Stored).catalogId).toBe(state.catalogId)
  })

  it('shares repeated values of the loaded records', async () => {
    let db = await freshDb()
    await db.loadDemoDb()
    db = await freshDb()
    await db.loadDemoDb()
    const live = db.demoDb()
    const segments = [...live.segments.values()]
    const ids = segments.filter((s) => s.traitDataSourceIds.join() === segments[0].traitDataSourceIds.join())
    expect(ids.length).toBeGreaterThan(1)
    expect(new Set(ids.map((s) => s.traitDataSourceIds)).size).toBe(1)
    expect(Object.isFrozen(segments[0].traitDataSourceIds)).toBe(true)
    const mapping = live.mappingsOf(1001)[0]
    expect(mapping.elementName).toBe(live.segments.get(mapping.sid)!.name)
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

  it('without indexedDB a reset gives fresh copies of what writes change, over the same catalog', async () => {
    vi.unstubAllGlobals()
    const db = await freshDb()
    db.resetDemoDb('typical')
    const first = db.demoDb()
    first.destinations.get(1001)!.name = 'Changed in place'
    first.deleteMapping(500001)
    db.resetDemoDb('typical')
    expect(db.demoDb().destinations.get(1001)?.name).toBe('LiveRamp Acme Retail')
    expect(db.demoDb().mappings.has(500001)).toBe(true)
    expect(db.demoDb().catalog).toBe(first.catalog)
  })
})
