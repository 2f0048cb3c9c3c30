import { describe, expect, it } from 'vitest'
import { bulkDeleteDestinations } from '../../api/destinations'
import { setAccessToken } from '../../api/http'
import { demoDb } from '../db'
import { SEED_IDS } from '../seed/fixtures'
import { raw } from './test-helpers'

const EMPTY = SEED_IDS.EMPTY_DESTINATION_ID

function bulkDelete(body: unknown, token = 'demo-care') {
  return raw('/v1/destinations/bulk-delete/', { method: 'POST', body, token })
}

/** Seed destinations without mappings (the empty one and whatever fillers have none). */
function unmappedIds() {
  const db = demoDb()
  return [...db.destinations.keys()].filter((id) => db.mappingCount(id) === 0)
}

describe('POST /v1/destinations/bulk-delete/', () => {
  it('204 and deletes every listed destination without mappings (duplicates ignored)', async () => {
    const ids = unmappedIds().slice(0, 2)
    expect(ids).toContain(EMPTY)
    const answer = await bulkDelete([...ids, ids[0]])
    expect(answer).toMatchObject({ status: 204, text: '' })
    for (const id of ids) expect(demoDb().destinations.has(id)).toBe(false)
    expect((await raw(`/v1/destinations/${EMPTY}`, { token: 'demo-care' })).status).toBe(404)
  })

  it('also answers without the trailing slash, through the client function', async () => {
    setAccessToken('demo-care')
    await expect(bulkDeleteDestinations([EMPTY])).resolves.toBeUndefined()
    expect(demoDb().destinations.has(EMPTY)).toBe(false)
    expect((await raw('/v1/destinations/bulk-delete', { method: 'POST', body: [999999], token: 'demo-care' })).status).toBe(404)
  })

  it('409 DESTINATION_HAS_MAPPINGS naming the mapped ones; nothing is deleted', async () => {
    const answer = await bulkDelete([EMPTY, 1002])
    expect(answer).toMatchObject({ status: 409, body: { code: 'DESTINATION_HAS_MAPPINGS', message: expect.stringContaining('(1002)') } })
    expect((answer.body as { message: string }).message).not.toContain(`(${EMPTY})`)
    expect((answer.body as { details: { field: string }[] }).details.map((d) => d.field)).toEqual(['1002'])
    expect(demoDb().destinations.has(EMPTY)).toBe(true)
    expect(demoDb().destinations.has(1002)).toBe(true)
  })

  it('404 NOT_FOUND naming unknown IDs; nothing is deleted', async () => {
    const answer = await bulkDelete([EMPTY, 987654])
    expect(answer).toMatchObject({ status: 404, body: { code: 'NOT_FOUND', message: expect.stringContaining('987654') } })
    expect(demoDb().destinations.has(EMPTY)).toBe(true)
  })

  it('403 naming DELETE_ALL_DESTINATIONS for a marketer or a viewer', async () => {
    for (const token of ['demo-marketer', 'demo-viewer']) {
      expect(await bulkDelete([EMPTY], token)).toMatchObject({ status: 403, body: { code: 'FORBIDDEN', message: expect.stringContaining('DELETE_ALL_DESTINATIONS') } })
    }
    expect(demoDb().destinations.has(EMPTY)).toBe(true)
  })

  it('400 VALIDATION_FAILED for a bad body', async () => {
    for (const body of [[], ['1010'], { ids: [EMPTY] }, [-1], [1.5], '{nope']) {
      expect(await bulkDelete(body)).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } })
    }
    expect((await raw('/v1/destinations/bulk-delete/', { method: 'POST', token: 'demo-care' })).status).toBe(400)
    expect(demoDb().destinations.has(EMPTY)).toBe(true)
  })
})
