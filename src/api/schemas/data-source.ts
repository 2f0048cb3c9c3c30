import { z } from 'zod'
import { epochMs } from './common'
import { dataExportLabelSchema } from './labels'

/** A data source (`GET /v1/datasources/`); `dataExportRestrictions` holds its Data Export Controls. */
export const dataSourceSchema = z.object({
  dataSourceId: z.number().int(),
  pid: z.number().int().optional(),
  name: z.string(),
  description: z.string().nullish(),
  status: z.string().optional(),
  integrationCode: z.string().nullish(),
  dataExportRestrictions: z.array(dataExportLabelSchema).default([]),
  outboundS2S: z.boolean().optional(),
  inboundS2S: z.boolean().optional(),
  uniqueTraitIntegrationCodes: z.boolean().optional(),
  uniqueSegmentIntegrationCodes: z.boolean().optional(),
  type: z.string().optional(),
  idType: z.string().optional(),
  updateTime: z.optional(epochMs),
  crUID: z.number().int().nullish(),
  upUID: z.number().int().nullish(),
})
export type DataSource = z.output<typeof dataSourceSchema>
