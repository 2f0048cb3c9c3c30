import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  dataSourceSchema, destinationSchema, errorBodySchema, mappingSchema, pageOrArraySchema, segmentFolderTreeSchema, segmentSchema,
} from '../api/schemas'
import { raw } from './handlers/test-helpers'

// Payloads shaped like AAM's documented examples (aam-reference 6.9 / 6.10), quirks included.
const AAM_SERIALIZED_DESTINATION = {
  destinationId: 5101, pid: 2001, name: 'Acme DSP pixel', description: 'Retargeting pixel', destinationType: 'PUSH',
  dataSourceId: null, status: 'active', startDate: null, endDate: null, domainRestrictions: 'all_domains', tagType: 0,
  serializationEnabled: true, urlFormatString: 'http://px.acme.example/seg?ids=%ALIAS%',
  secureUrlFormatString: 'https://px.acme.example/seg?ids=%ALIAS%', delimiter: ',',
  createTime: 1700000000000, updateTime: 1700000500000, crUID: 11, upUID: 11,
  mappings: [{
    mappingId: 90001, destinationId: 5101, sid: 4400, traitType: 'SEGMENT', traitValue: 0, elementName: 'Cart abandoners',
    elementDescription: '', elementStatus: 'active', traitAlias: '4400', url: '4400', secureUrl: '4400', priority: null,
    startDate: '2024-05-01', endDate: null, createTime: 1700000600000, updateTime: 1700000600000, crUID: 11, upUID: 11,
  }],
}

describe('contract schemas read AAM-shaped payloads', () => {
  it('reads destinationMappingId / traitToDataOrderId as mappingId and orderId as destinationId', () => {
    expect(mappingSchema.parse({ destinationMappingId: 7, orderId: 5101, sid: 4400, startDate: '2024-05-01' })).toMatchObject({ mappingId: 7, destinationId: 5101, traitType: 'SEGMENT', elementStatus: 'active' })
    expect(mappingSchema.parse({ traitToDataOrderId: 8, sid: 1 })).toMatchObject({ mappingId: 8 })
    expect(mappingSchema.safeParse({ sid: 1 }).success).toBe(false)
  })

  it('reads elementStatus and destination status as 1, "ACTIVE" or "active"', () => {
    for (const status of [1, '1', 'ACTIVE', 'active']) {
      expect(mappingSchema.parse({ mappingId: 1, sid: 1, elementStatus: status }).elementStatus).toBe('active')
    }
    expect(mappingSchema.parse({ mappingId: 1, sid: 1, elementStatus: 'INACTIVE' }).elementStatus).toBe('inactive')
    for (const status of [1, 'ACTIVE']) {
      expect(destinationSchema.parse({ ...AAM_SERIALIZED_DESTINATION, category: 'CUSTOM', status }).status).toBe('active')
    }
  })

  it('reads a documented AAM destination that has none of our extensions', () => {
    const parsed = destinationSchema.parse(AAM_SERIALIZED_DESTINATION)
    expect(parsed).toMatchObject({ destinationId: 5101, category: 'CUSTOM', autoFillMapping: 'NONE', dataExportLabels: [] })
    expect(parsed.mappings?.[0]).toMatchObject({ mappingId: 90001, traitAlias: '4400' })
    expect(destinationSchema.parse({ orderId: 9, name: 'S', destinationType: 'S2S' })).toMatchObject({ destinationId: 9, category: 'INTEGRATED_PLATFORMS' })
    expect(destinationSchema.parse({ destinationId: 9, name: 'A', destinationType: 'ANALYTICS' }).category).toBe('ADOBE_EXPERIENCE_CLOUD')
  })

  it('accepts a bare array or the paging envelope for lists', () => {
    const list = pageOrArraySchema(mappingSchema)
    expect(list.parse([{ mappingId: 1, sid: 2 }])).toMatchObject({ total: 1, page: 0, list: [{ mappingId: 1 }] })
    const envelope = { total: 3, page: 0, pageSize: 2, list: [{ mappingId: 90001, sid: 4400, traitType: 'SEGMENT', traitAlias: '4400', elementName: 'Cart abandoners', elementStatus: 'active', startDate: '2024-05-01', endDate: null }] }
    expect(list.parse(envelope)).toMatchObject({ total: 3, pageSize: 2 })
  })

  it('reads the documented segment, folder tree and data source examples', () => {
    expect(segmentSchema.parse({ sid: 4400, pid: 2001, name: 'Cart abandoners', description: 'Added to cart, no purchase', integrationCode: 'cart_abandon_30d', folderId: 12, dataSourceId: 3300, mergeRuleDataSourceId: 3301, segmentRule: '101T AND NOT 102T', status: 'ACTIVE', createTime: 1690000000000, updateTime: 1699000000000, crUID: 11, upUID: 14, totalUniques30Day: 182000, instantUniques30Day: 95000 })).toMatchObject({ sid: 4400, status: 'ACTIVE' })
    expect(segmentSchema.parse({ sid: 1, name: 'x', folderId: 0, dataSourceId: 1, status: 'inactive' }).status).toBe('INACTIVE')
    const tree = segmentFolderTreeSchema.parse([{ folderId: 0, parentFolderId: -1, name: 'All Segments', path: '/', subFolders: [{ folderId: 12, parentFolderId: 0, name: 'Retail', subFolders: null }] }])
    expect(tree[0].subFolders[0].subFolders).toEqual([])
    expect(dataSourceSchema.parse({ dataSourceId: 1, name: 'CRM', dataExportRestrictions: ['PII'] }).dataExportRestrictions).toEqual(['PII'])
    expect(dataSourceSchema.parse({ dataSourceId: 1, name: 'Web' }).dataExportRestrictions).toEqual([])
  })
})

describe('every demo backend answer matches the contract', () => {
  it('lists, details, folders, data sources and errors parse with the shared schemas', async () => {
    const ok = async (path: string, schema: z.core.$ZodType) => {
      const response = await raw(path)
      expect(response.status, path).toBe(200)
      const parsed = z.safeParse(schema, response.body)
      expect(parsed.success, `${path}: ${parsed.error?.issues[0]?.path.join('.')}`).toBe(true)
    }
    await ok('/v1/destinations/', z.array(destinationSchema))
    for (let id = 1001; id <= 1040; id++) await ok(`/v1/destinations/${id}?includeMappings=true`, destinationSchema)
    await ok('/v1/segments/?includeTraitDataSourceIds=true', z.array(segmentSchema))
    await ok('/v1/folders/segments/', segmentFolderTreeSchema)
    await ok('/v1/datasources/', z.array(dataSourceSchema))
    for (const path of ['/v1/destinations/1', '/v1/destinations/x', '/v1/segments/?page=-1']) {
      expect(errorBodySchema.safeParse((await raw(path)).body).success, path).toBe(true)
    }
  })
})
