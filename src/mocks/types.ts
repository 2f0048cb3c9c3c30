import type { DataSource, Destination, Mapping, Segment } from '../api/schemas'

/** Scenarios of the demo database (product spec 4.3 / 4.4). */
export type DemoScenario = 'typical' | 'large' | 'empty'
export const DEMO_SCENARIOS = ['typical', 'large', 'empty'] as const

/** A stored destination: the wire shape without `mappings` / `mappingCount` (computed on read). */
export type DestinationRecord = Omit<Destination, 'mappings' | 'mappingCount'>

/** A stored mapping: the wire shape with its destination always set. */
export type MappingRecord = Omit<Mapping, 'destinationId'> & { destinationId: number }

/** A stored segment: `traitDataSourceIds` is always known in the database. */
export type SegmentRecord = Omit<Segment, 'traitDataSourceIds'> & { traitDataSourceIds: number[] }

/** A stored segment folder, flat; the tree is built on read (`GET /v1/folders/segments/`). */
export interface FolderRecord {
  folderId: number
  parentFolderId: number
  name: string
  path: string
}

/** Next IDs to hand out; stored with the data so IDs never repeat after a reload. */
export interface Counters {
  destinationId: number
  mappingId: number
  sid: number
  folderId: number
}

/** The whole demo database as plain data: what the seed builds (IndexedDB stores it in two parts). */
export interface DemoState {
  version: number
  scenario: DemoScenario
  destinations: DestinationRecord[]
  mappings: MappingRecord[]
  segments: SegmentRecord[]
  folders: FolderRecord[]
  dataSources: DataSource[]
  counters: Counters
}

/**
 * The part of the demo data that no handler changes (segments, folders, data sources), as IndexedDB
 * stores it: written once per seed or reset, under its own key. `catalogId` names this copy: the
 * stored `DemoStoredState` says which catalog it belongs to.
 */
export interface DemoStoredCatalog {
  version: number
  catalogId: string
  segments: SegmentRecord[]
  folders: FolderRecord[]
  dataSources: DataSource[]
}

/** The part every write changes (destinations, mappings, ID counters), as IndexedDB stores it after each write. */
export interface DemoStoredState {
  version: number
  scenario: DemoScenario
  /** The `DemoStoredCatalog` these records belong to. */
  catalogId: string
  destinations: DestinationRecord[]
  mappings: MappingRecord[]
  counters: Counters
}
