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

/** The whole demo database as plain data: what the seed builds and what IndexedDB stores. */
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
