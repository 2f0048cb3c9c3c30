import { act, render, screen } from '@testing-library/react'
import { createMemoryHistory } from '@tanstack/react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/api-error'
import { putDemoFaults } from '../api/demo'
import { resetApiHealth } from '../api/http'
import { setDemoUser } from '../features/session/demo-users'
import { clearFaults } from '../mocks/faults'
import { AppProviders } from './app-providers'
import { createAppQueryClient, retryDelay, shouldRetry } from './query-client'
import { createAppRouter } from './router'

afterEach(() => {
  vi.useRealTimers()
  clearFaults()
  resetApiHealth()
})

const serverError = () => new ApiError({ status: 503, code: 'SERVER_ERROR', message: 'Down.' })

describe('read retries', () => {
  it('back off exponentially from 500 ms and never wait more than 8 s', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(retryDelay)).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000])
  })

  it('retry network and server failures twice, never a 4xx', () => {
    const network = new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'x' })
    expect([0, 1, 2].map((n) => shouldRetry(n, serverError()))).toEqual([true, true, false])
    expect(shouldRetry(0, network)).toBe(true)
    for (const status of [400, 401, 403, 404, 409]) expect(shouldRetry(0, new ApiError({ status, code: 'X', message: 'x' }))).toBe(false)
  })

  it('the app client waits 500 ms, then 1 s between attempts, and gives up after the third', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const client = createAppQueryClient()
    const queryFn = vi.fn(() => Promise.reject(serverError()))
    const result = client.fetchQuery({ queryKey: ['probe'], queryFn }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(0)
    expect(queryFn).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(499)
    expect(queryFn).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(queryFn).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(999)
    expect(queryFn).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(queryFn).toHaveBeenCalledTimes(3)
    expect(await result).toMatchObject({ status: 503 })

    const notFound = vi.fn(() => Promise.reject(new ApiError({ status: 404, code: 'NOT_FOUND', message: 'x' })))
    await expect(client.fetchQuery({ queryKey: ['missing'], queryFn: notFound })).rejects.toMatchObject({ status: 404 })
    expect(notFound).toHaveBeenCalledTimes(1)
  })
})

describe('a failed background refetch', () => {
  it('keeps the data on screen and says once that it may be out of date', async () => {
    setDemoUser('demo-marketer')
    const queryClient = createAppQueryClient()
    queryClient.setDefaultOptions({ ...queryClient.getDefaultOptions(), queries: { ...queryClient.getDefaultOptions().queries, retry: false } })
    const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: ['/destinations/1001'] }))
    render(<AppProviders queryClient={queryClient} router={router} />)
    await screen.findByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })

    await putDemoFaults({ errorRate: 1, methods: ['GET'] })
    await act(() => queryClient.invalidateQueries())
    expect(await screen.findByText(/^Could not refresh the data on screen; it may be out of date\. .*simulated/i)).toBeInTheDocument()
    expect(screen.getAllByText(/^Could not refresh the data on screen/)).toHaveLength(1)
    expect(screen.getByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeInTheDocument()
    expect(screen.queryByText(/Could not load destination/)).not.toBeInTheDocument()
  })
})
