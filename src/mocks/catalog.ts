import type { DataSource } from '../api/schemas'
import { compactSegment, interner } from './compact'
import { DEMO_DB_VERSION } from './seed/version'
import type { DemoScenario, DemoState, DemoStoredCatalog, FolderRecord, SegmentRecord } from './types'

/**
 * The demo catalog: segments, folders and data sources, which no handler writes. One compact copy
 * is shared by every `DemoDb` built over it, and IndexedDB stores it apart from what writes change
 * (`storage.ts`).
 */

/** The catalog parts of a seed or of stored data. */
type CatalogData = Pick<DemoState, 'segments' | 'folders' | 'dataSources'>

/** A new catalog ID: the scenario, the time (epoch ms, base 36) and a random part. */
export function newCatalogId(scenario: DemoScenario): string {
  return `${scenario}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
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
