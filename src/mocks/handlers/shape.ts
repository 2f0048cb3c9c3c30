import type { DemoDb } from '../db'
import type { DestinationRecord, MappingRecord, SegmentRecord } from '../types'

/** A mapping on the wire: `mappingId` plus AAM's alias `destinationMappingId` (same value). */
export function mappingJson(m: MappingRecord) {
  return { ...m, destinationMappingId: m.mappingId }
}

/**
 * A destination on the wire (`GET /v1/destinations/{id}`): `mappings` is null unless asked for
 * (AAM: `includeMappings=true`); `mappingCount` is our extension.
 */
export function destinationJson(db: DemoDb, d: DestinationRecord, includeMappings: boolean) {
  return {
    ...d,
    mappingCount: db.mappingCount(d.destinationId),
    mappings: includeMappings ? db.mappingsOf(d.destinationId).map(mappingJson) : null,
  }
}

/** A partial destination as `GET /v1/destinations/` lists it: no `mappings`, no type configuration. */
export function destinationListItem(db: DemoDb, d: DestinationRecord) {
  return {
    destinationId: d.destinationId,
    pid: d.pid,
    name: d.name,
    description: d.description,
    destinationType: d.destinationType,
    category: d.category,
    platform: d.platform,
    partner: d.partner,
    clientName: d.clientName,
    autoFillMapping: d.autoFillMapping,
    dataExportLabels: d.dataExportLabels,
    status: d.status,
    serializationEnabled: d.serializationEnabled,
    formatType: d.formatType,
    createTime: d.createTime,
    updateTime: d.updateTime,
    crUID: d.crUID,
    upUID: d.upUID,
    mappingCount: db.mappingCount(d.destinationId),
  }
}

/** A segment on the wire; `traitDataSourceIds` only with `includeTraitDataSourceIds=true` (AAM Segments API). */
export function segmentJson(s: SegmentRecord, includeTraitDataSourceIds: boolean) {
  if (includeTraitDataSourceIds) return s
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { traitDataSourceIds, ...rest } = s
  return rest
}
