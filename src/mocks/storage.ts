import { get, getMany, set, setMany } from 'idb-keyval'
import { DemoCatalog } from './catalog'
import { DEMO_DB_VERSION } from './seed/version'
import type { DemoStoredCatalog, DemoStoredState } from './types'

/**
 * Where the demo data is kept between page loads: IndexedDB (idb-keyval's default store), in two
 * parts: the catalog, written once per seed or reset, and what writes change, written after every
 * write. Knows which catalog is stored, so a save writes the catalog only when it is new, and tells
 * the demo's other tabs (BroadcastChannel) when it saved. Stored data of another `DEMO_DB_VERSION`
 * is not read.
 */

/** IndexedDB key (idb-keyval's default store) of what writes change: `DemoStoredState`, saved after every write. */
export const DEMO_DB_KEY = 'aam-demo-db'
/** IndexedDB key of what no write changes: `DemoStoredCatalog` (20,000 segments in "large"), saved once per seed or reset. */
export const DEMO_CATALOG_KEY = 'aam-demo-catalog'

/** True where IndexedDB exists (a browser); false in jsdom and Node, where the demo data stays in memory. */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined'
}

/** `catalogId` of the catalog known to be in IndexedDB (loaded from it or written to it), if any. */
let storedCatalogId: string | null = null

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
 * What IndexedDB holds (keys `aam-demo-db` and `aam-demo-catalog`), or null when nothing usable is
 * stored (nothing, an older version, or a changing part whose catalog is not the stored one). When
 * the stored changing part belongs to the catalog in memory (`inMemory()`, asked once that part is
 * read: another tab saved a write), only that part is read and that catalog is handed back.
 * @throws whatever IndexedDB rejects with
 */
export async function readStored(
  inMemory: () => DemoCatalog | undefined,
): Promise<{ catalog: DemoCatalog; state: DemoStoredState } | null> {
  const state: unknown = await get(DEMO_DB_KEY)
  if (!isStoredState(state)) return null
  const catalogInMemory = inMemory()
  if (catalogInMemory && catalogInMemory.catalogId === state.catalogId) {
    storedCatalogId = state.catalogId
    return { catalog: catalogInMemory, state }
  }
  // Both parts in one transaction, so a reset in another tab cannot come between them.
  const [again, catalog] = await getMany<unknown>([DEMO_DB_KEY, DEMO_CATALOG_KEY])
  if (!isStoredState(again) || !isStoredCatalog(catalog) || again.catalogId !== catalog.catalogId) return null
  storedCatalogId = catalog.catalogId
  return { catalog: new DemoCatalog(catalog.catalogId, catalog), state: again }
}

// Other tabs of the same demo keep their own copy in memory; they reload it when one tab saves.
const otherTabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('aam-demo-db') : null

/**
 * Writes `state` (`DEMO_DB_KEY`) and tells the demo's other tabs; when `catalog` is not stored yet
 * (first save after a seed or reset) it is written too (`DEMO_CATALOG_KEY`), in the same
 * transaction. Never rejects: a storage failure is logged, and the next save writes the catalog again.
 */
export async function writeStored(catalog: DemoCatalog, state: DemoStoredState): Promise<void> {
  try {
    if (storedCatalogId === catalog.catalogId) {
      await set(DEMO_DB_KEY, state)
    } else {
      // Marked before the write completes: a save right after this one needs only its own part.
      storedCatalogId = catalog.catalogId
      await setMany([[DEMO_CATALOG_KEY, catalog.toStored()], [DEMO_DB_KEY, state]])
    }
    otherTabs?.postMessage('saved')
  } catch (error) {
    storedCatalogId = null
    console.warn('Demo data could not be saved to IndexedDB; changes last until the page reloads.', error)
  }
}

/**
 * Calls `listener` whenever another tab of the demo saved (`writeStored`), in place of any earlier
 * listener; a no-op without IndexedDB or BroadcastChannel.
 */
export function onOtherTabSave(listener: () => void): void {
  if (!otherTabs || !hasIndexedDb()) return
  otherTabs.onmessage = () => listener()
}
