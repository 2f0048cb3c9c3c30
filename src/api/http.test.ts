import { delay, http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { describeError } from '../components/error-message'
import { server } from '../mocks/node'
import { ApiError } from './api-error'
import { apiRequest, apiUrl, getApiHealth, resetApiHealth, setAccessToken, subscribeApiHealth } from './http'

const ok = z.object({ ok: z.boolean() })

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('expected the request to fail')
}

describe('apiRequest', () => {
  it('sends the bearer token and JSON headers, and parses the body with the schema', async () => {
    let seen: Headers | undefined
    server.use(http.post('*/v1/probe', async ({ request }) => {
      seen = request.headers
      return HttpResponse.json({ ok: true, extra: 'ignored' })
    }))
    setAccessToken('demo-care')
    await expect(apiRequest('/v1/probe', { method: 'POST', body: { a: 1 }, schema: ok })).resolves.toEqual({ ok: true })
    expect(seen?.get('authorization')).toBe('Bearer demo-care')
    expect(seen?.get('content-type')).toBe('application/json')
    expect(seen?.get('accept')).toBe('application/json')
  })

  it('sends no Authorization header without a token (behind a credential proxy)', async () => {
    let auth: string | null = 'unset'
    server.use(http.get('*/v1/probe', ({ request }) => {
      auth = request.headers.get('authorization')
      return HttpResponse.json({ ok: true })
    }))
    setAccessToken(null)
    await apiRequest('/v1/probe', { schema: ok })
    expect(auth).toBeNull()
  })

  it('throws the server error body with code, message and field details', async () => {
    server.use(http.post('*/v1/probe', () => HttpResponse.json(
      { code: 'VALIDATION_FAILED', message: 'Check the marked fields.', details: [{ field: '0.endDate', message: 'End Date cannot be before Start Date.' }] },
      { status: 400 },
    )))
    const error = await failure(apiRequest('/v1/probe', { method: 'POST', body: [], schema: ok }))
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: 'Check the marked fields.' })
    expect(error.details).toEqual([{ field: '0.endDate', message: 'End Date cannot be before Start Date.' }])
  })

  it.each([
    ['an empty body', 502, '', /server failed \(HTTP 502\)/],
    ['an HTML page', 503, '<html><body>Service Unavailable</body></html>', /server failed \(HTTP 503\)/],
    ['JSON of another shape', 500, '{"error":"boom"}', /server failed \(HTTP 500\)/],
    ['an empty 401', 401, '', /Sign in again/],
    ['an empty 403', 403, '', /permission/],
  ])('copes with %s as an error body', async (_name, status, body, message) => {
    server.use(http.get('*/v1/probe', () => new HttpResponse(body, { status })))
    const error = await failure(apiRequest('/v1/probe', { schema: ok }))
    expect(error.status).toBe(status)
    expect(error.code).toBe(`HTTP_${status}`)
    expect(error.message).toMatch(message)
  })

  it('reports a response that does not match the contract as BAD_RESPONSE', async () => {
    server.use(http.get('*/v1/probe', () => HttpResponse.json({ ok: 'yes' })))
    const error = await failure(apiRequest('/v1/probe', { schema: ok }))
    expect(error.code).toBe('BAD_RESPONSE')
    expect(error.message).toContain('ok')
  })

  it('reports a 200 that is not JSON as BAD_RESPONSE', async () => {
    server.use(http.get('*/v1/probe', () => new HttpResponse('<html></html>', { status: 200 })))
    expect((await failure(apiRequest('/v1/probe', { schema: ok }))).code).toBe('BAD_RESPONSE')
  })

  it('reports a network failure as NETWORK_ERROR with status 0', async () => {
    server.use(http.get('*/v1/probe', () => HttpResponse.error()))
    const error = await failure(apiRequest('/v1/probe', { schema: ok }))
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' })
  })

  it('accepts 204 No Content without a schema', async () => {
    server.use(http.delete('*/v1/probe', () => new HttpResponse(null, { status: 204 })))
    await expect(apiRequest('/v1/probe', { method: 'DELETE' })).resolves.toBeUndefined()
  })
})

describe('apiRequest time-out and abort', () => {
  it('gives up after timeoutMs with ApiError TIMEOUT that says so', async () => {
    server.use(http.get('*/v1/probe', async () => {
      await delay('infinite')
      return HttpResponse.json({ ok: true })
    }))
    const error = await failure(apiRequest('/v1/probe', { schema: ok, timeoutMs: 20 }))
    expect(error).toMatchObject({ status: 0, code: 'TIMEOUT', message: 'The server did not answer within 20 ms, so the request was stopped.' })
    expect(describeError(error).hint).toMatch(/server may be overloaded/)
  })

  it('waits 30 s by default', async () => {
    server.use(http.get('*/v1/probe', async () => {
      await delay('infinite')
      return HttpResponse.json({ ok: true })
    }))
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      let settled = false
      const pending = apiRequest('/v1/probe', { schema: ok }).finally(() => {
        settled = true
      })
      const outcome = pending.catch((e: unknown) => e)
      await vi.advanceTimersByTimeAsync(29_999)
      expect(settled).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(await outcome).toMatchObject({ code: 'TIMEOUT', message: 'The server did not answer within 30 seconds, so the request was stopped.' })
    } finally {
      vi.useRealTimers()
    }
  })

  it("still lets the caller's AbortSignal cancel the request (AbortError, not an ApiError)", async () => {
    server.use(http.get('*/v1/probe', async () => {
      await delay('infinite')
      return HttpResponse.json({ ok: true })
    }))
    const controller = new AbortController()
    const pending = apiRequest('/v1/probe', { schema: ok, signal: controller.signal })
    controller.abort()
    const error: unknown = await pending.catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ name: 'AbortError' })

    const already = new AbortController()
    already.abort()
    await expect(apiRequest('/v1/probe', { schema: ok, signal: already.signal })).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('API health', () => {
  afterEach(() => resetApiHealth())

  it('marks the API unreachable on a network error and reachable again on any answer', async () => {
    const changes: boolean[] = []
    const unsubscribe = subscribeApiHealth(() => changes.push(getApiHealth().unreachable))
    server.use(http.get('*/v1/probe', () => HttpResponse.error(), { once: true }))
    await failure(apiRequest('/v1/probe', { schema: ok }))
    expect(getApiHealth().unreachable).toBe(true)
    server.use(http.get('*/v1/probe', () => HttpResponse.json({ code: 'SERVER_ERROR', message: 'x' }, { status: 500 })))
    await failure(apiRequest('/v1/probe', { schema: ok }))
    expect(getApiHealth().unreachable).toBe(false)
    expect(changes).toEqual([true, false])
    unsubscribe()
  })

  it('marks a 401 as unauthorized until another answer comes; non-API paths do not count', async () => {
    server.use(http.get('*/v1/probe', () => new HttpResponse('', { status: 401 }), { once: true }))
    await failure(apiRequest('/v1/probe', { schema: ok }))
    expect(getApiHealth()).toEqual({ unreachable: false, unauthorized: true })
    server.use(http.get('*/__demo/probe', () => HttpResponse.json({ ok: true })))
    await apiRequest('/__demo/probe', { schema: ok })
    expect(getApiHealth().unauthorized).toBe(true)
    server.use(http.get('*/v1/probe', () => HttpResponse.json({ ok: true })))
    await apiRequest('/v1/probe', { schema: ok })
    expect(getApiHealth().unauthorized).toBe(false)
  })
})

describe('apiUrl', () => {
  it('drops empty query values and encodes the rest', () => {
    expect(apiUrl('/v1/segments/', { search: 'a&b c', page: 0, folderId: undefined, status: '', flag: false })).toBe(
      '/v1/segments/?search=a%26b+c&page=0&flag=false',
    )
  })
})
