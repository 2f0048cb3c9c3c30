import { z } from 'zod'

/** A segment storage folder (`GET /v1/folders/segments/`): the root "All Segments" has `folderId` 0. */
export interface SegmentFolder {
  folderId: number
  parentFolderId: number
  name: string
  path?: string | null
  subFolders: SegmentFolder[]
}

export const segmentFolderSchema: z.ZodType<SegmentFolder> = z.lazy(() =>
  z.object({
    folderId: z.number().int(),
    parentFolderId: z.number().int(),
    name: z.string(),
    path: z.string().nullish(),
    subFolders: z.array(segmentFolderSchema).nullish().transform((v) => v ?? []),
  }),
)

/** The whole tree: an array whose first element is the root. */
export const segmentFolderTreeSchema = z.array(segmentFolderSchema)
