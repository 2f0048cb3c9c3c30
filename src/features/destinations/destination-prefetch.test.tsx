import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, onTestFinished } from 'vitest'
import { destinationQueries } from '../../api/destinations'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render-app'

/** Every request the demo backend sees during this test, as path (no trailing slash) + query. */
function recordRequests(): string[] {
  const seen: string[] = []
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    seen.push(`${url.pathname.replace(/\/$/, '')}${url.search}`)
  }
  server.events.on('request:start', listener)
  onTestFinished(() => server.events.removeListener('request:start', listener))
  return seen
}

const count = (requests: string[], wanted: string) => requests.filter((r) => r === wanted).length

describe('destination list prefetching', () => {
  it('prefetches a destination and its first mapping page once, when its name is hovered or focused', async () => {
    const requests = recordRequests()
    const { user, queryClient, router } = await renderApp('/destinations')
    const table = await screen.findByRole('grid', { name: 'Destinations' })
    const link = await within(table).findByRole('link', { name: 'LiveRamp Friendly Names' })

    await user.hover(link)
    await waitFor(() => expect(queryClient.getQueryState(destinationQueries.detail(1002).queryKey)?.status).toBe('success'))
    await waitFor(() => expect(queryClient.getQueryState(destinationQueries.mappingPages(1002).queryKey)?.status).toBe('success'))
    expect(count(requests, '/v1/destinations/1002')).toBe(1)
    expect(count(requests, '/v1/destinations/1002/mappings?page=0&pageSize=100')).toBe(1)

    // Once: hovering again asks for nothing more.
    await user.unhover(link)
    await user.hover(link)
    await user.unhover(link)

    // Keyboard users get the same through focus.
    fireEvent.focus(within(table).getByRole('link', { name: 'LiveRamp Acme Retail' }))
    await waitFor(() => expect(queryClient.getQueryState(destinationQueries.mappingPages(1001).queryKey)?.status).toBe('success'))
    expect(count(requests, '/v1/destinations/1001')).toBe(1)
    expect(count(requests, '/v1/destinations/1002')).toBe(1)
    expect(count(requests, '/v1/destinations/1002/mappings?page=0&pageSize=100')).toBe(1)

    // Opening a prefetched destination asks the server for nothing it already has (with the app's
    // 30 s freshness; the test client's default treats everything as stale at once).
    queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, staleTime: 30_000 } })
    const before = requests.length
    await act(() => router.navigate({ to: '/destinations/$destinationId', params: { destinationId: '1002' } }))
    expect(await screen.findByRole('heading', { level: 1, name: 'LiveRamp Friendly Names' })).toBeInTheDocument()
    const table1002 = await screen.findByRole('grid', { name: 'Segments Mapped to LiveRamp Friendly Names' })
    await within(table1002).findAllByRole('rowheader')
    expect(requests.slice(before).filter((r) => r.includes('page=0') || r === '/v1/destinations/1002')).toEqual([])
  })

  it("loads the details page's code once the list shows rows, before any destination is hovered or opened", async () => {
    const { router } = await renderApp('/destinations')
    const details = router.routesById['/destinations/$destinationId']
    await within(await screen.findByRole('grid', { name: 'Destinations' })).findAllByRole('rowheader')
    await waitFor(() => expect(details.options.component).toBeDefined())
    expect(router.state.location.pathname).toBe('/destinations')
  })

  it('prefetches the next page of the list once the current one is shown', async () => {
    const requests = recordRequests()
    const { queryClient } = await renderApp('/destinations')
    await within(await screen.findByRole('grid', { name: 'Destinations' })).findAllByRole('rowheader')
    const next = destinationQueries.list({ page: 1, pageSize: 25, sortBy: 'destinationId', descending: false })
    await waitFor(() => expect(queryClient.getQueryState(next.queryKey)?.status).toBe('success'))
    expect(requests.filter((r) => r.startsWith('/v1/destinations?')).map((r) => new URLSearchParams(r.split('?')[1]).get('page'))).toEqual(['0', '1'])
  })
})
