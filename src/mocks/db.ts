import { get, set } from 'idb-keyval'
import type { DataSource } from '../api/schemas'
import { todayUtc } from '../lib/dates'
import { buildSeed } from './seed'
import { DEMO_DB_VERSION } from './seed/version'
import type { Counters, DemoScenario, DemoState, DestinationRecord, FolderRecord, MappingRecord, SegmentRecord } from './types'

export type { DemoScenario } from './types'

/** IndexedDB key (idb-keyval's default store) holding the whole demo state. */
export const DEMO_DB_KEY = 'aam-demo-db'

/**
 * The in-memory demo database: maps by ID plus cheap indexes (mappings by destination, segments by
 * folder and by integration code, child folders). Records are owned by this object: handlers
 * replace records rather than mutate shared nested arrays.
 */
export class DemoDb {
  readonly scenario: DemoScenario
  readonly destinations = new Map<number, DestinationRecord>()
  readonly mappings = new Map<number, MappingRecord>()
  readonly mappingsByDestination = new Map<number, Map<number, MappingRecord>>()
  readonly segments = new Map<number, SegmentRecord>()
  readonly segmentsByFolder = new Map<number, SegmentRecord[]>()
  readonly segmentsByCode = new Map<string, SegmentRecord>()
  readonly folders = new Map<number, FolderRecord>()
  readonly childFolders = new Map<number, number[]>()
  readonly dataSources = new Map<number, DataSource>()
  readonly counters: Counters

  /** Copies every record of `state` (shallowly), so the cached seed is never mutated. */
  constructor(state: DemoState) {
    this.scenario = state.scenario
    this.counters = { ...state.counters }
    for (const d of state.destinations) {
      this.destinations.set(d.destinationId, { ...d })
      this.mappingsByDestination.set(d.destinationId, new Map())
    }
    for (const m of state.mappings) this.putMapping({ ...m })
    for (const f of state.folders) {
      this.folders.set(f.folderId, { ...f })
      if (f.parentFolderId >= 0) this.childFolders.set(f.parentFolderId, [...(this.childFolders.get(f.parentFolderId) ?? []), f.folderId])
    }
    // Segments are never written by the handlers, so they are shared with the cached seed.
    for (const s of state.segments) {
      this.segments.set(s.sid, s)
      const inFolder = this.segmentsByFolder.get(s.folderId)
      if (inFolder) inFolder.push(s)
      else this.segmentsByFolder.set(s.folderId, [s])
      if (s.integrationCode) this.segmentsByCode.set(s.integrationCode, s)
    }
    for (const ds of state.dataSources) this.dataSources.set(ds.dataSourceId, ds)
  }

  /** The whole database as plain data (what IndexedDB stores). */
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

const seedCache = new Map<string, DemoState>()
let current: DemoDb | null = null

function seeded(scenario: DemoScenario): DemoDb {
  const today = todayUtc()
  const key = `${scenario}|${today}`
  let state = seedCache.get(key)
  if (!state) seedCache.set(key, (state = buildSeed(scenario, today)))
  return new DemoDb(state)
}

/** The current database; seeds "typical" on first use. */
export function demoDb(): DemoDb {
  return (current ??= seeded('typical'))
}

/**
 * Synchronously replaces the data with the seed of `scenario` ("typical", "large" = AAM limits,
 * "empty" = no destinations or mappings, segments kept). Seeds are built once per UTC day and
 * cached. Only memory changes: call `saveDemoDb` to persist (`POST /__demo/reset` does).
 */
export function resetDemoDb(scenario: DemoScenario): void {
  current = seeded(scenario)
}

function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined'
}

function isState(value: unknown): value is DemoState {
  if (!value || typeof value !== 'object') return false
  const s = value as Partial<DemoState>
  return s.version === DEMO_DB_VERSION && Array.isArray(s.destinations) && Array.isArray(s.mappings) &&
    Array.isArray(s.segments) && Array.isArray(s.folders) && Array.isArray(s.dataSources) && !!s.counters
}

/**
 * Loads the saved state from IndexedDB (idb-keyval key `aam-demo-db`), or seeds "typical" and saves
 * it when nothing (or an older version) is stored. Without IndexedDB (jsdom, Node) the data stays in
 * memory. Never rejects: a storage failure falls back to the in-memory seed.
 */
export async function loadDemoDb(): Promise<void> {
  if (!hasIndexedDb()) {
    demoDb()
    return
  }
  try {
    const stored: unknown = await get(DEMO_DB_KEY)
    if (isState(stored)) {
      current = new DemoDb(stored)
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
 * Saves the whole state under one IndexedDB key after a successful write and tells the demo's
 * other tabs to reload it; a no-op without IndexedDB.
 */
export async function saveDemoDb(): Promise<void> {
  if (!hasIndexedDb()) return
  try {
    await set(DEMO_DB_KEY, demoDb().toState())
    otherTabs?.postMessage('saved')
  } catch (error) {
    console.warn('Demo data could not be saved to IndexedDB; changes last until the page reloads.', error)
  }
}

/**
 * Keeps this tab's demo data in step with the other tabs: whenever one of them saves, reload the
 * state from IndexedDB, so a stale write here is refused (409 STALE_UPDATE) instead of silently
 * overwriting the other tab's change.
 */
export function followOtherTabs(): void {
  if (!otherTabs || !hasIndexedDb()) return
  otherTabs.onmessage = () => void loadDemoDb()
}
