import { get, getMany, set, setMany } from 'idb-keyval'
import type { DataSource } from '../api/schemas'
import { todayUtc } from '../lib/dates'
import { buildSeed } from './seed'
import { DEMO_DB_VERSION } from './seed/version'
import type {
  Counters, DemoScenario, DemoState, DemoStoredCatalog, DemoStoredState, DestinationRecord, FolderRecord, MappingRecord, SegmentRecord,
} from './types'

export type { DemoScenario } from './types'

/** IndexedDB key (idb-keyval's default store) of what writes change: `DemoStoredState`, saved after every write. */
export const DEMO_DB_KEY = 'aam-demo-db'
/** IndexedDB key of what no write changes: `DemoStoredCatalog` (20,000 segments in "large"), saved once per seed or reset. */
export const DEMO_CATALOG_KEY = 'aam-demo-catalog'

/** The catalog parts of a seed or of stored data. */
type CatalogData = Pick<DemoState, 'segments' | 'folders' | 'dataSources'>
/** The changing parts of a seed or of stored data. */
type MutableData = Pick<DemoState, 'scenario' | 'destinations' | 'mappings' | 'counters'>

/**
 * Returns one shared instance per distinct value: IndexedDB hands back a new copy of every string and
 * array, so 20,000 segments would otherwise hold 20,000 copies of "ACTIVE" and of the same few data
 * source ID lists.
 */
function interner<T>(keyOf: (value: T) => string) {
  const seen = new Map<string, T>()
  return (value: T): T => {
    const key = keyOf(value)
    const shared = seen.get(key)
    if (shared !== undefined) return shared
    seen.set(key, value)
    return value
  }
}

const SEGMENT_FIELDS = new Set<string>([
  'sid', 'pid', 'name', 'description', 'integrationCode', 'folderId', 'dataSourceId', 'mergeRuleDataSourceId', 'segmentRule', 'status',
  'createTime', 'updateTime', 'crUID', 'upUID', 'traitDataSourceIds', 'totalUniques30Day',
] satisfies (keyof SegmentRecord)[])

const MAPPING_FIELDS = new Set<string>([
  'mappingId', 'destinationId', 'sid', 'traitType', 'traitValue', 'elementName', 'elementDescription', 'elementStatus', 'traitAlias',
  'valueAlias', 'url', 'secureUrl', 'priority', 'startDate', 'endDate', 'createTime', 'updateTime', 'crUID', 'upUID',
] satisfies (keyof MappingRecord)[])

const onlyFields = (record: object, fields: ReadonlySet<string>) => Object.keys(record).every((k) => fields.has(k))

/**
 * `s` as a compact record: an object literal holds its fields inline, where an object read back from
 * IndexedDB keeps them in a separate property array (about 3 MB more for 20,000 segments).
 * `text` shares equal strings (descriptions repeat across look-back variants), `ids` equal data
 * source ID lists (frozen). A record with fields beyond `SegmentRecord`'s is kept as it is.
 */
function compactSegment(s: SegmentRecord, text: (value: string) => string, ids: (value: number[]) => number[]): SegmentRecord {
  const traitDataSourceIds = ids(Object.isFrozen(s.traitDataSourceIds) ? s.traitDataSourceIds : Object.freeze(s.traitDataSourceIds) as number[])
  if (!onlyFields(s, SEGMENT_FIELDS)) return { ...s, traitDataSourceIds }
  return {
    sid: s.sid, pid: s.pid, name: s.name, description: text(s.description), integrationCode: s.integrationCode, folderId: s.folderId,
    dataSourceId: s.dataSourceId, mergeRuleDataSourceId: s.mergeRuleDataSourceId, segmentRule: s.segmentRule, status: text(s.status) as SegmentRecord['status'],
    createTime: s.createTime, updateTime: s.updateTime, crUID: s.crUID, upUID: s.upUID, traitDataSourceIds, totalUniques30Day: s.totalUniques30Day,
  }
}

/**
 * `m` as a compact record (see `compactSegment`), its element name and description sharing the
 * segment's strings when equal and its dates shared through `text`.
 */
function compactMapping(m: MappingRecord, segment: SegmentRecord | undefined, text: (value: string) => string): MappingRecord {
  const elementName = segment && m.elementName === segment.name ? segment.name : m.elementName
  const elementDescription = segment && m.elementDescription === segment.description ? segment.description : m.elementDescription
  const startDate = m.startDate == null ? m.startDate : text(m.startDate)
  const endDate = m.endDate == null ? m.endDate : text(m.endDate)
  if (!onlyFields(m, MAPPING_FIELDS)) return { ...m, elementName, elementDescription, startDate, endDate }
  return {
    mappingId: m.mappingId, destinationId: m.destinationId, sid: m.sid, traitType: m.traitType, traitValue: m.traitValue, elementName,
    elementDescription, elementStatus: m.elementStatus, traitAlias: m.traitAlias, valueAlias: m.valueAlias, url: m.url, secureUrl: m.secureUrl,
    priority: m.priority, startDate, endDate, createTime: m.createTime, updateTime: m.updateTime, crUID: m.crUID, upUID: m.upUID,
  }
}

/**
 * The part of the demo database that no handler changes, indexed: segments by ID (in `sid` order)
 * and by integration code, folders and their child folders, data sources. Built once per
 * seed, reset or load, and shared by every `DemoDb` on the same `catalogId` (reloading another tab's
 * write keeps it), so per-catalog caches such as the segment search index survive writes.
 */
export class DemoCatalog {
  /** Names this copy of the catalog; the stored changing part says which catalog it belongs to. */
  readonly catalogId: string
  readonly segments = new Map<number, SegmentRecord>()
  readonly segmentsByCode = new Map<string, SegmentRecord>()
  readonly folders = new Map<number, FolderRecord>()
  readonly childFolders = new Map<number, number[]>()
  readonly dataSources = new Map<number, DataSource>()

  /**
   * Keeps compact copies of the segments of `data` (`compactSegment`), in `sid` order, and takes
   * the folders and data sources as they are.
   */
  constructor(catalogId: string, data: CatalogData) {
    this.catalogId = catalogId
    const text = interner<string>((s) => s)
    const idList = interner<number[]>((ids) => ids.join(','))
    const sorted = data.segments.every((s, i, all) => i === 0 || all[i - 1].sid < s.sid)
    for (const raw of sorted ? data.segments : [...data.segments].sort((a, b) => a.sid - b.sid)) {
      const s = compactSegment(raw, text, idList)
      this.segments.set(s.sid, s)
      if (s.integrationCode) this.segmentsByCode.set(s.integrationCode, s)
    }
    for (const f of data.folders) {
      this.folders.set(f.folderId, f)
      if (f.parentFolderId >= 0) {
        const siblings = this.childFolders.get(f.parentFolderId)
        if (siblings) siblings.push(f.folderId)
        else this.childFolders.set(f.parentFolderId, [f.folderId])
      }
    }
    for (const ds of data.dataSources) this.dataSources.set(ds.dataSourceId, ds)
  }

  /** The catalog as IndexedDB stores it (`DEMO_CATALOG_KEY`). */
  toStored(): DemoStoredCatalog {
    return {
      version: DEMO_DB_VERSION,
      catalogId: this.catalogId,
      segments: [...this.segments.values()],
      folders: [...this.folders.values()],
      dataSources: [...this.dataSources.values()],
    }
  }
}

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

function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined'
}

/** A new catalog ID: the scenario, the time (epoch ms, base 36) and a random part. */
function newCatalogId(scenario: DemoScenario): string {
  return `${scenario}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/**
 * Seeds kept in memory, by `scenario|today`: only without IndexedDB (tests, Node), where every test
 * resets the data and a rebuild would cost each of them the seed again. In a browser a seed is built
 * on demand and not kept, so the page never holds two copies of the 20,000 "large" segments.
 */
const seedCache = new Map<string, { catalog: DemoCatalog; state: MutableData }>()
let current: DemoDb | null = null
/** `catalogId` of the catalog known to be in IndexedDB (loaded from it or written to it), if any. */
let storedCatalogId: string | null = null

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

function isStoredState(value: unknown): value is DemoStoredState {
  if (!value || typeof value !== 'object') return false
  const s = value as Partial<DemoStoredState>
  return s.version === DEMO_DB_VERSION && typeof s.catalogId === 'string' && typeof s.scenario === 'string' &&
    Array.isArray(s.destinations) && Array.isArray(s.mappings) && !!s.counters
}

function isStoredCatalog(value: unknown): value is DemoStoredCatalog {
  if (!value || typeof value !== 'object') return false
  const c = value as Partial<DemoStoredCatalog>
  return c.version === DEMO_DB_VERSION && typeof c.catalogId === 'string' && Array.isArray(c.segments) &&
    Array.isArray(c.folders) && Array.isArray(c.dataSources)
}

/**
 * The database IndexedDB holds, or null when nothing usable is stored (nothing, an older version, or
 * a changing part whose catalog is not the stored one). When the stored changing part belongs to the
 * catalog already in memory (another tab saved a write), only that part is read.
 */
async function readStored(): Promise<DemoDb | null> {
  const state: unknown = await get(DEMO_DB_KEY)
  if (!isStoredState(state)) return null
  if (current && current.catalog.catalogId === state.catalogId) {
    storedCatalogId = state.catalogId
    return new DemoDb(current.catalog, state)
  }
  // Both parts in one transaction, so a reset in another tab cannot come between them.
  const [again, catalog] = await getMany<unknown>([DEMO_DB_KEY, DEMO_CATALOG_KEY])
  if (!isStoredState(again) || !isStoredCatalog(catalog) || again.catalogId !== catalog.catalogId) return null
  storedCatalogId = catalog.catalogId
  return new DemoDb(new DemoCatalog(catalog.catalogId, catalog), again)
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
    const stored = await readStored()
    if (stored) {
      current = stored
      return
    }
  } catch (error) {
    console.warn('Demo data could not be read from IndexedDB; starting from the seed.', error)
  }
  current = seeded('typical')
  await saveDemoDb()
}

// Other tabs of the same demo keep their own copy in memory; they reload it when one tab saves.
const otherTabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('aam-demo-db') : null

/**
 * Saves the database after a successful write and tells the demo's other tabs to reload it; a no-op
 * without IndexedDB. Only what writes change (destinations, mappings, counters: `DEMO_DB_KEY`) is
 * written, unless the catalog is not stored yet (first save after a seed or reset): then the
 * catalog (`DEMO_CATALOG_KEY`) goes with it, in the same transaction.
 */
export async function saveDemoDb(): Promise<void> {
  if (!hasIndexedDb()) return
  const db = demoDb()
  try {
    if (storedCatalogId === db.catalog.catalogId) {
      await set(DEMO_DB_KEY, db.toStoredState())
    } else {
      // Marked before the write completes: a save right after this one needs only its own part.
      storedCatalogId = db.catalog.catalogId
      await setMany([[DEMO_CATALOG_KEY, db.catalog.toStored()], [DEMO_DB_KEY, db.toStoredState()]])
    }
    otherTabs?.postMessage('saved')
  } catch (error) {
    storedCatalogId = null
    console.warn('Demo data could not be saved to IndexedDB; changes last until the page reloads.', error)
  }
}

/**
 * Keeps this tab's demo data in step with the other tabs: whenever one of them saves, reload the
 * data from IndexedDB (only the changing part when the catalog is the same), so a stale write here
 * is refused (409 STALE_UPDATE) instead of silently overwriting the other tab's change.
 */
export function followOtherTabs(): void {
  if (!otherTabs || !hasIndexedDb()) return
  otherTabs.onmessage = () => void loadDemoDb()
}
