import { z } from 'zod'
import { epochMs, intId } from './common'

export const SEGMENT_STATUSES = ['ACTIVE', 'INACTIVE'] as const
export const segmentStatusSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.toUpperCase() : v),
  z.enum(SEGMENT_STATUSES),
)
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number]

/**
 * A segment (AAM Segments API, `GET /v1/segments/{sid}`). `traitDataSourceIds` only comes with
 * `includeTraitDataSourceIds=true`; `totalUniques30Day` is the 30-day population where known.
 */
export const segmentSchema = z.object({
  sid: intId,
  pid: z.number().int().optional(),
  name: z.string(),
  description: z.string().nullish().transform((v) => v ?? ''),
  integrationCode: z.string().nullish(),
  folderId: z.number().int(),
  dataSourceId: z.number().int(),
  mergeRuleDataSourceId: z.number().int().nullish(),
  segmentRule: z.string().nullish(),
  status: segmentStatusSchema,
  createTime: z.optional(epochMs),
  updateTime: z.optional(epochMs),
  crUID: z.number().int().nullish(),
  upUID: z.number().int().nullish(),
  traitDataSourceIds: z.array(z.number().int()).nullish(),
  totalUniques30Day: z.number().int().nullish(),
})
export type Segment = z.output<typeof segmentSchema>

/** Query of `GET /v1/segments/` beyond paging (AAM Segments API). */
export const segmentListQuerySchema = z.object({
  folderId: z.optional(intId),
  dataSourceId: z.optional(intId),
  status: segmentStatusSchema.optional(),
  integrationCode: z.string().optional(),
  includeTraitDataSourceIds: z.stringbool().optional(),
  includeMetrics: z.stringbool().optional(),
})
