import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../mocks/node'
import { ApiError } from './api-error'
import { fetchAllMappings } from './destinations'
import { BulkCreateError, bulkCreateMappingsInChunks, isOutcomeUnknown } from './mappings'
import { ALL_SEGMENTS_PAGE_SIZE, fetchAllSegments } from './segments'

const TODAY = new Date().toISOString().slice(0, 10)

/** Segment IDs not yet mapped to 1001 (its value is the segment ID), `n` of them. */
async function free(n: number) {
  const mapped = new Set((await fetchAllMappings(1001)).map((m) => m.sid))
  const sids = (await fetchAllSegments({ folderId: 2 })).map((s) => s.sid).filter((sid) => !mapped.has(sid))
  return sids.slice(0, n).map((sid) => ({ sid, startDate: TODAY }))
}

describe('bulkCreateMappingsInChunks', () => {
  it('sends one request per chunk, in order, and reports progress', async () => {
    const mappings = await free(5)
    const sizes: number[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/bulk-create')) void request.clone().json().then((b: unknown[]) => sizes.push(b.length))
    })
    const progress: number[] = []
    const created = await bulkCreateMappingsInChunks(1001, mappings, { chunkSize: 2, onProgress: (p) => progress.push(p.created) })
    server.events.removeAllListeners()
    expect(created.map((m) => m.sid)).toEqual(mappings.map((m) => m.sid))
    expect(sizes).toEqual([2, 2, 1])
    expect(progress).toEqual([2, 4, 5])
  })

  it('stops at the first failed chunk and says what was created before it; never retries', async () => {
    let calls = 0
    server.use(http.post('*/v1/destinations/:id/bulk-create', () => (++calls === 2 ? HttpResponse.json({ code: 'SERVER_ERROR', message: 'Down.' }, { status: 503 }) : undefined)))
    const mappings = await free(5)
    const error = await bulkCreateMappingsInChunks(1001, mappings, { chunkSize: 2 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BulkCreateError)
    expect(error).toMatchObject({ failedFrom: 2, failedCount: 2, total: 5, outcomeUnknown: true, message: 'Down.' })
    expect((error as BulkCreateError).created.map((m) => m.sid)).toEqual(mappings.slice(0, 2).map((m) => m.sid))
    expect(calls).toBe(2)
  })

  it('knows which failures may have been applied', () => {
    expect(isOutcomeUnknown(new ApiError({ status: 0, code: 'NETWORK_ERROR', message: '' }))).toBe(true)
    expect(isOutcomeUnknown(new ApiError({ status: 504, code: 'GATEWAY_TIMEOUT', message: '' }))).toBe(true)
    expect(isOutcomeUnknown(new ApiError({ status: 201, code: 'BAD_RESPONSE', message: '' }))).toBe(true)
    expect(isOutcomeUnknown(new ApiError({ status: 409, code: 'DUPLICATE_MAPPING', message: '' }))).toBe(false)
    expect(isOutcomeUnknown(new ApiError({ status: 400, code: 'VALIDATION_FAILED', message: '' }))).toBe(false)
  })
})

describe('fetchAllSegments', () => {
  it('reads every match in pages and reports progress', async () => {
    const progress: [number, number][] = []
    const all = await fetchAllSegments({}, { pageSize: ALL_SEGMENTS_PAGE_SIZE, onProgress: (loaded, total) => progress.push([loaded, total]) })
    expect(all.length).toBe(progress.at(-1)?.[1])
    expect(new Set(all.map((s) => s.sid)).size).toBe(all.length)
    expect(progress.map(([loaded]) => loaded)).toEqual(progress.map((_, i) => Math.min((i + 1) * ALL_SEGMENTS_PAGE_SIZE, all.length)))
  })

  it('rethrows the abort when cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(fetchAllSegments({ search: 'Age' }, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' })
  })
})
