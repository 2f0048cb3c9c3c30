import { act, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { clearDemoFaults, putDemoFaults } from '../api/demo'
import { resetApiHealth } from '../api/http'
import { clearFaults } from '../mocks/faults'
import { renderApp } from '../test/render-app'

afterEach(() => {
  clearFaults()
  resetApiHealth()
  vi.restoreAllMocks()
})

describe('offline banner', () => {
  it('shows while the browser is offline, over the page that stays readable', async () => {
    await renderApp('/destinations/1001')
    await screen.findByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })
    expect(screen.queryByText('You are offline')).not.toBeInTheDocument()

    const onLine = vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false)
    act(() => void window.dispatchEvent(new Event('offline')))
    expect(await screen.findByRole('heading', { name: 'You are offline' })).toBeInTheDocument()
    expect(screen.getByText(/What is on screen stays readable and nothing you typed is lost/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeInTheDocument()

    onLine.mockReturnValue(true)
    act(() => void window.dispatchEvent(new Event('online')))
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'You are offline' })).not.toBeInTheDocument())
  })

  it('shows after a request fails as a network error, keeps the data on screen, and goes once a request succeeds', async () => {
    const { queryClient, user } = await renderApp('/destinations/1001')
    await screen.findByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })
    await putDemoFaults({ offline: true, methods: ['GET'] })
    await act(() => queryClient.invalidateQueries())

    const heading = await screen.findByRole('heading', { name: 'You are offline, or the server cannot be reached' })
    expect(heading).toBeInTheDocument()
    // The destination loaded before stays on screen instead of an error page.
    expect(screen.getByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeInTheDocument()
    expect(screen.queryByText(/Could not load destination/)).not.toBeInTheDocument()

    await clearDemoFaults()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(screen.queryByRole('heading', { name: /You are offline/ })).not.toBeInTheDocument())
  })
})
