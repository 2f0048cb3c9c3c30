import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render-app'

function grid() {
  return screen.getByRole('grid', { name: 'Destinations' })
}
/** Data rows (the header row dropped). */
function dataRows() {
  return within(grid()).getAllByRole('row').slice(1)
}
function rowNames() {
  return within(grid()).queryAllByRole('rowheader').map((cell) => cell.textContent ?? '')
}
function searchOf(router: { state: { location: { href: string } } }) {
  return new URL(router.state.location.href, 'http://x').searchParams
}

describe('destination list', () => {
  it('redirects / to the list and shows the first page with its columns and links', async () => {
    const { router } = await renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Destinations' })).toBeInTheDocument()
    const link = await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    expect(router.state.location.pathname).toBe('/destinations')
    expect(link).toHaveAttribute('href', '/destinations/1001')
    const headers = within(grid()).getAllByRole('columnheader').map((h) => h.textContent)
    expect(headers).toEqual(['ID', 'Name', 'Description', 'Category', 'Type', 'Mapped Segments', 'Last Modified'])
    const first = dataRows()[0]
    expect(within(first).getAllByRole('gridcell')[0]).toHaveTextContent('1001')
    expect(first).toHaveTextContent('Integrated Platforms')
    expect(first).toHaveTextContent('Device-Based')
    expect(first).toHaveTextContent(/\d{2}\/\d{2}\/\d{4}/)
    expect(screen.getByText(/^Page 1 of \d+$/)).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'All' })).toHaveAttribute('aria-selected', 'true')
  })

  it('narrows by search (debounced, written to the URL as q)', async () => {
    const { router, user } = await renderApp('/destinations')
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    await user.type(screen.getByRole('searchbox', { name: 'Search destinations' }), 'Empty Test')
    // "Empty" alone already narrows to this row, so wait for the whole query to reach the URL.
    await waitFor(() => expect(searchOf(router).get('q')).toBe('Empty Test'))
    await waitFor(() => expect(rowNames()).toEqual(['Empty Test Destination']))
  })

  it('keeps an over-long search in the box, says so there, sends nothing and keeps the rows', async () => {
    const sent: string[] = []
    server.use(http.get('*/v1/destinations/', ({ request }) => {
      sent.push(new URL(request.url).searchParams.get('search') ?? '')
      return undefined // on to the demo backend
    }))
    const { router, user } = await renderApp('/destinations?q=pixel')
    await screen.findByRole('link', { name: 'Acme DSP Pixel' })
    const box = screen.getByRole('searchbox', { name: 'Search destinations' })
    await user.click(box)
    await user.paste('x'.repeat(1000))
    await user.keyboard('{Enter}')

    await waitFor(() => expect(box).toHaveAccessibleDescription(/Use at most 1,000 characters to search \(this text has 1,005\)\./))
    expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(box).toHaveValue(`pixel${'x'.repeat(1000)}`)
    expect(searchOf(router).get('q')).toBe('pixel')
    expect(screen.getByRole('link', { name: 'Acme DSP Pixel' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Could not load destinations' })).not.toBeInTheDocument()

    // Back under the limit, the search goes out again and the message goes away.
    await user.clear(box)
    await user.type(box, 'Empty Test')
    await waitFor(() => expect(searchOf(router).get('q')).toBe('Empty Test'))
    await waitFor(() => expect(rowNames()).toEqual(['Empty Test Destination']))
    expect(box).not.toHaveAttribute('aria-invalid')
    expect(sent).toContain('Empty Test')
    expect(sent.filter((search) => search.length > 1000)).toEqual([])
  })

  it('ignores an over-long q in the URL (the server would refuse it)', async () => {
    const { router } = await renderApp(`/destinations?q=${'x'.repeat(1001)}`)
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    expect(screen.getByRole('searchbox', { name: 'Search destinations' })).toHaveValue('')
    expect(searchOf(router).get('q')).toBeNull()
  })

  it('filters by the Custom tab, and Back returns to All', async () => {
    const { router, user } = await renderApp('/destinations')
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    await user.click(screen.getByRole('tab', { name: 'Custom' }))
    await waitFor(() => expect(searchOf(router).get('tab')).toBe('custom'))
    await waitFor(() => expect(screen.queryByRole('link', { name: 'LiveRamp Acme Retail' })).not.toBeInTheDocument())
    await screen.findByRole('link', { name: 'Empty Test Destination' })
    for (const row of dataRows()) expect(within(row).getAllByRole('gridcell')[2]).toHaveTextContent(/^Custom$/)
    act(() => router.history.back())
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    expect(screen.getByRole('tab', { name: 'All' })).toHaveAttribute('aria-selected', 'true')
  })

  it('moves between the category tabs with the arrow keys, Home and End, selecting as it goes', async () => {
    const { router, user } = await renderApp('/destinations')
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    const tablist = screen.getByRole('tablist', { name: 'Destination categories' })
    const tab = (name: string) => within(tablist).getByRole('tab', { name })
    // Only the selected tab is in the Tab order; its panel is labelled by it.
    expect(within(tablist).getAllByRole('tab').filter((t) => t.tabIndex === 0)).toEqual([tab('All')])
    expect(screen.getByRole('tabpanel', { name: 'All' })).toContainElement(grid())

    act(() => tab('All').focus())
    await user.keyboard('{ArrowRight}')
    expect(tab('Adobe Experience Cloud')).toHaveFocus()
    await waitFor(() => expect(searchOf(router).get('tab')).toBe('adobe'))
    await waitFor(() => expect(tab('Adobe Experience Cloud')).toHaveAttribute('aria-selected', 'true'))
    expect(tab('All')).toHaveAttribute('aria-selected', 'false')
    expect(screen.getByRole('tabpanel', { name: 'Adobe Experience Cloud' })).toContainElement(grid())

    await user.keyboard('{End}')
    expect(tab('Custom')).toHaveFocus()
    await waitFor(() => expect(searchOf(router).get('tab')).toBe('custom'))
    await user.keyboard('{ArrowRight}')
    expect(tab('All')).toHaveFocus()
    await waitFor(() => expect(tab('All')).toHaveAttribute('aria-selected', 'true'))
    await user.keyboard('{ArrowLeft}')
    expect(tab('Custom')).toHaveFocus()
    await waitFor(() => expect(searchOf(router).get('tab')).toBe('custom'))
    await user.keyboard('{Home}')
    expect(tab('All')).toHaveFocus()
    await waitFor(() => expect(tab('All')).toHaveAttribute('aria-selected', 'true'))
  })

  it('offers Device-Based and People-Based under Integrated Platforms', async () => {
    const { router, user } = await renderApp('/destinations?tab=integrated')
    await user.click(await screen.findByRole('radio', { name: 'People-Based' }))
    await waitFor(() => expect(searchOf(router).get('type')).toBe('people-based'))
    await screen.findByRole('link', { name: 'Facebook Custom Audiences' })
    await waitFor(() => expect(screen.queryByRole('link', { name: 'LiveRamp Acme Retail' })).not.toBeInTheDocument())
    for (const row of dataRows()) expect(within(row).getAllByRole('gridcell')[3]).toHaveTextContent('People-Based')
  })

  it('sorts by Name on the server and writes sort=name to the URL', async () => {
    const { router, user } = await renderApp('/destinations')
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    await user.click(within(grid()).getByRole('columnheader', { name: 'Name' }))
    await waitFor(() => expect(searchOf(router).get('sort')).toBe('name'))
    await waitFor(() => expect(rowNames()[0]).not.toBe('LiveRamp Acme Retail'))
    const names = rowNames()
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
  })

  it('pages with Next and Previous (page in the URL, 1-based)', async () => {
    const { router, user } = await renderApp('/destinations')
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await screen.findByText(/^Page 2 of \d+$/)
    expect(searchOf(router).get('page')).toBe('2')
    await waitFor(() => expect(screen.queryByRole('link', { name: 'LiveRamp Acme Retail' })).not.toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Previous' }))
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    expect(searchOf(router).get('page')).toBeNull()
  })

  it('enables Create Destination only with CREATE_DESTINATIONS, otherwise says why', async () => {
    for (const token of ['demo-marketer', 'demo-viewer'] as const) {
      const { unmount } = await renderApp('/destinations', { user: token })
      const button = await screen.findByRole('button', { name: 'Create Destination' })
      await waitFor(() => expect(button).toHaveAccessibleDescription(/CREATE_DESTINATIONS/))
      expect(button).toBeDisabled()
      unmount()
    }
    const { router, user } = await renderApp('/destinations', { user: 'demo-care' })
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create Destination' })).toBeEnabled())
    await user.click(screen.getByRole('button', { name: 'Create Destination' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/destinations/new'))
  })

  it('shows an error state with Retry when the server fails', async () => {
    server.use(http.get('*/v1/destinations/', () => HttpResponse.json({ code: 'INTERNAL', message: 'Database unavailable.' }, { status: 500 })))
    const { user } = await renderApp('/destinations')
    expect(await screen.findByRole('heading', { name: 'Could not load destinations' })).toBeInTheDocument()
    expect(screen.getByText('Database unavailable.')).toBeInTheDocument()
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
  })
})
