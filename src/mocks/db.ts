import type { DataSource } from '../api/schemas'
import { todayUtc } from '../lib/dates'
import { DemoCatalog, newCatalogId } from './catalog'
import { compactMapping, interner } from './compact'
import { buildSeed } from './seed'
import { DEMO_DB_VERSION } from './seed/version'
import { hasIndexedDb, onOtherTabSave, readStored, writeStored } from './storage'
import type {
  Counters, DemoScenario, DemoState, DemoStoredState, DestinationRecord, FolderRecord, MappingRecord, SegmentRecord,
} from './types'

/**
 * The demo database the handlers read and write: destinations, mappings and ID counters over a
 * shared `DemoCatalog` (`catalog.ts`), the current database, seeding and resetting it, and loading
 * and saving it through `storage.ts`.
 */

/** The changing parts of a seed or of stored data. */
type MutableData = Pick<DemoState, 'scenario' | 'destinations' | 'mappings' | 'counters'>

/**
 * The in-memory demo database: maps by ID plus cheap indexes (mappings by destination; segments by
 * integration code and child folders, from its `DemoCatalog`). Records are owned by this
 * object: handlers replace records rather than mutate them or shared nested arrays. Segments,
 * folders and data sources are never written.
 */
export class DemoDb {
  readonly scenario: DemoScenario
  readonly catalog: DemoCatalog
  readonly destinations = new Map<number, DestinationRecord>()
  readonly mappings = new Map<number, MappingRecord>()
  readonly mappingsByDestination = new Map<number, Map<number, MappingRecord>>()
  readonly segments: ReadonlyMap<number, SegmentRecord>
  readonly segmentsByCode: ReadonlyMap<string, SegmentRecord>
  readonly folders: ReadonlyMap<number, FolderRecord>
  readonly childFolders: ReadonlyMap<number, readonly number[]>
  readonly dataSources: ReadonlyMap<number, DataSource>
  readonly counters: Counters

  /**
   * Takes ownership of the destination records of `data` (no copies: pass records nobody else
   * holds), keeps compact copies of its mappings (`compactMapping`) and copies the counters.
   */
  constructor(catalog: DemoCatalog, data: MutableData) {
    this.scenario = data.scenario
    this.catalog = catalog
    this.segments = catalog.segments
    this.segmentsByCode = catalog.segmentsByCode
    this.folders = catalog.folders
    this.childFolders = catalog.childFolders
    this.dataSources = catalog.dataSources
    this.counters = { ...data.counters }
    for (const d of data.destinations) {
      this.destinations.set(d.destinationId, d)
      this.mappingsByDestination.set(d.destinationId, new Map())
    }
    const text = interner<string>((s) => s)
    for (const m of data.mappings) this.putMapping(compactMapping(m, catalog.segments.get(m.sid), text))
  }

  /** The whole database as plain data (the shape the seed builds). */
  toState(): DemoState {
    return {
      version: DEMO_DB_VERSION,
      scenario: this.scenario,
      destinations: [...this.destinations.values()],
      mappings: [...this.mappings.values()],
      segments: [...this.segments.values()],
      folders: [...this.folders.values()],
      dataSources: [...this.dataSources.values()],
      counters: { ...this.counters },
    }
  }

  /** What writes change, as IndexedDB stores it (`DEMO_DB_KEY`), tied to this database's catalog. */
  toStoredState(): DemoStoredState {
    return {
      version: DEMO_DB_VERSION,
      scenario: this.scenario,
      catalogId: this.catalog.catalogId,
      destinations: [...this.destinations.values()],
      mappings: [...this.mappings.values()],
      counters: { ...this.counters },
    }
  }

  /** Mappings of one destination in insertion (mapping ID) order; empty for an unknown destination. */
  mappingsOf(destinationId: number): MappingRecord[] {
    return [...(this.mappingsByDestination.get(destinationId)?.values() ?? [])]
  }

  /** Number of mappings of a destination (our `mappingCount`). */
  mappingCount(destinationId: number): number {
    return this.mappingsByDestination.get(destinationId)?.size ?? 0
  }

  /** `folderId` and every folder below it (AAM: a folder filter includes its subfolders). */
  folderAndDescendants(folderId: number): number[] {
    const out: number[] = []
    const stack = [folderId]
    while (stack.length) {
      const id = stack.pop() as number
      out.push(id)
      stack.push(...(this.childFolders.get(id) ?? []))
    }
    return out
  }

  /** Hands out the next ID of a kind from the stored counters. */
  allocate(kind: keyof Counters): number {
    return this.counters[kind]++
  }

  /** Inserts or replaces a mapping (keeps the destination index in step). */
  putMapping(mapping: MappingRecord): void {
    this.mappings.set(mapping.mappingId, mapping)
    let byDest = this.mappingsByDestination.get(mapping.destinationId)
    if (!byDest) this.mappingsByDestination.set(mapping.destinationId, (byDest = new Map()))
    byDest.set(mapping.mappingId, mapping)
  }

  /** Removes one mapping; unknown IDs are ignored. */
  deleteMapping(mappingId: number): void {
    const mapping = this.mappings.get(mappingId)
    if (!mapping) return
    this.mappings.delete(mappingId)
    this.mappingsByDestination.get(mapping.destinationId)?.delete(mappingId)
  }

  /** Removes a destination together with any mappings it still has (handlers refuse that case first). */
  deleteDestination(destinationId: number): void {
    for (const m of this.mappingsOf(destinationId)) this.mappings.delete(m.mappingId)
    this.mappingsByDestination.delete(destinationId)
    this.destinations.delete(destinationId)
  }

  /** Bumps a destination's `updateTime` after its mappings changed (strictly increasing, epoch ms). */
  touchDestination(destinationId: number, now: number): void {
    const dest = this.destinations.get(destinationId)
    if (dest) this.destinations.set(destinationId, { ...dest, updateTime: Math.max(now, (dest.updateTime ?? 0) + 1) })
  }
}

/**
 * Seeds kept in memory, by `scenario|today`: only without IndexedDB (tests, Node), where every test
 * resets the data and a rebuild would cost each of them the seed again. In a browser a seed is built
 * on demand and not kept, so the page never holds two copies of the 20,000 "large" segments.
 */
const seedCache = new Map<string, { catalog: DemoCatalog; state: MutableData }>()
let current: DemoDb | null = null

function seeded(scenario: DemoScenario): DemoDb {
  const today = todayUtc()
  if (hasIndexedDb()) {
    const seed = buildSeed(scenario, today)
    return new DemoDb(new DemoCatalog(newCatalogId(scenario), seed), seed)
  }
  const key = `${scenario}|${today}`
  let cached = seedCache.get(key)
  if (!cached) {
    const { destinations, mappings, counters, ...catalogData } = buildSeed(scenario, today)
    cached = { catalog: new DemoCatalog(newCatalogId(scenario), catalogData), state: { scenario, destinations, mappings, counters } }
    seedCache.set(key, cached)
  }
  // The cached records stay pristine: this database gets its own copies of what writes change.
  const { state } = cached
  return new DemoDb(cached.catalog, { ...state, destinations: state.destinations.map((d) => ({ ...d })) })
}

/** The current database; seeds "typical" on first use. */
export function demoDb(): DemoDb {
  return (current ??= seeded('typical'))
}

/**
 * Synchronously replaces the data with the seed of `scenario` ("typical", "large" = AAM limits,
 * "empty" = no destinations or mappings, segments kept), built for today (UTC). Only memory changes:
 * call `saveDemoDb` to persist (`POST /__demo/reset` does); the new seed gets a new catalog, so that
 * save writes the catalog too.
 */
export function resetDemoDb(scenario: DemoScenario): void {
  current = seeded(scenario)
}

/**
 * Loads the saved data from IndexedDB (idb-keyval keys `aam-demo-db` for what writes change and
 * `aam-demo-catalog` for segments, folders and data sources), or seeds "typical" and saves it when
 * nothing usable (or an older version) is stored. Without IndexedDB (jsdom, Node) the data stays in
 * memory. Never rejects: a storage failure falls back to the in-memory seed.
 */
export async function loadDemoDb(): Promise<void> {
  if (!hasIndexedDb()) {
    demoDb()
    return
  }
  try {
    const stored = await readStored(() => current?.catalog)
    if (stored) {
      current = new DemoDb(stored.catalog, stored.state)
      return
    }
  } catch (error) {
    console.warn('Demo data could not be read from IndexedDB; starting from the seed.', error)
  }
  current = seeded('typical')
  await saveDemoDb()
}

/**
 * Saves the database after a successful write and tells the demo's other tabs to reload it; a no-op
 * without IndexedDB. Only what writes change (destinations, mappings, counters: `DEMO_DB_KEY`) is
 * written, unless the catalog is not stored yet (first save after a seed or reset): then the
 * catalog (`DEMO_CATALOG_KEY`) goes with it, in the same transaction (`writeStored`).
 */
export async function saveDemoDb(): Promise<void> {
  if (!hasIndexedDb()) return
  const db = demoDb()
  await writeStored(db.catalog, db.toStoredState())
}

/**
 * Keeps this tab's demo data in step with the other tabs: whenever one of them saves, reload the
 * data from IndexedDB (only the changing part when the catalog is the same), so a stale write here
 * is refused (409 STALE_UPDATE) instead of silently overwriting the other tab's change.
 */
export function followOtherTabs(): void {
  onOtherTabSave(() => void loadDemoDb())
}
