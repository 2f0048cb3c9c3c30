import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { demoDb } from '../../mocks/db'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render-app'

// jsdom has no layout: Spectrum Breadcrumbs measures offsetWidth (0) and would fold every item into a
// "…" menu. Give list items a width that fits their container.
vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
  return this.tagName === 'LI' ? 100 : 1000
})

/** The value next to a label in a read-only label/value list. */
function valueOf(label: string) {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent
}

describe('destination details', () => {
  it('shows Basic Information of the LiveRamp destination, and Delete disabled while it has mappings', async () => {
    await renderApp('/destinations/1001', { user: 'demo-care' })
    expect(await screen.findByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Basic Information' })).toBeInTheDocument()
    expect(valueOf('Destination ID')).toBe('1001')
    expect(valueOf('Name')).toBe('LiveRamp Acme Retail')
    expect(valueOf('Category')).toBe('Integrated Platforms')
    expect(valueOf('Type')).toBe('Device-Based')
    expect(valueOf('Platform')).toBe('LiveRamp')
    expect(valueOf('Auto-fill Destination Mapping')).toBe('Segment ID')
    expect(valueOf('LiveRamp Client Name')).toBe('acmeretail01')
    expect(screen.getByRole('heading', { name: 'Data Export Labels' })).toBeInTheDocument()
    expect(screen.getByText('This destination may be used for off-site ad targeting')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Destinations' })).toHaveAttribute('href', '/destinations')
    const deleteButton = screen.getByRole('button', { name: 'Delete' })
    expect(deleteButton).toBeDisabled()
    expect(deleteButton).toHaveAccessibleDescription(/^Remove its \d+ segment mappings first\.$/)
  })

  it('shows the URL configuration of a URL destination', async () => {
    await renderApp('/destinations/1010')
    await screen.findByRole('heading', { level: 1, name: 'Empty Test Destination' })
    expect(screen.getByRole('heading', { name: 'Configuration' })).toBeInTheDocument()
    expect(valueOf('Serialize')).toBe('Disabled')
    expect(valueOf('Auto-fill Destination Mapping')).toBe('None')
  })

  it('shows not-found for an unknown ID, a non-numeric ID and an unknown page', async () => {
    const { router } = await renderApp('/destinations/99999')
    expect(await screen.findByRole('heading', { level: 1, name: 'Destination 99999 was not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to Destinations' })).toBeInTheDocument()
    await act(() => router.navigate({ to: '/destinations/$destinationId', params: { destinationId: 'abc' } }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Destination abc was not found' })).toBeInTheDocument()
    await act(() => router.navigate({ href: '/no-such-page' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
  })

  it('lets customer care delete a destination without mappings', async () => {
    const { router, user } = await renderApp('/destinations/1010', { user: 'demo-care' })
    await screen.findByRole('heading', { level: 1, name: 'Empty Test Destination' })
    const deleteButton = screen.getByRole('button', { name: 'Delete' })
    await waitFor(() => expect(deleteButton).toBeEnabled())
    await user.click(deleteButton)
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete destination' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('Destination "Empty Test Destination" was deleted.')).toBeInTheDocument()
    await screen.findByRole('heading', { level: 1, name: 'Destinations' })
    expect(router.state.location.pathname).toBe('/destinations')
  })

  it('disables Delete without the permission, saying why', async () => {
    await renderApp('/destinations/1010', { user: 'demo-marketer' })
    await screen.findByRole('heading', { level: 1, name: 'Empty Test Destination' })
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(/DELETE_ALL_DESTINATIONS/))
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled()
  })
})

describe('guided delete of a destination with mappings', () => {
  it('removes all mappings after a typed confirmation, then deletes the destination', async () => {
    const { router, user } = await renderApp('/destinations/1002', { user: 'demo-care' })
    await screen.findByRole('heading', { level: 1, name: 'LiveRamp Friendly Names' })
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription('Remove its 4 segment mappings first.'))
    await user.click(screen.getByRole('button', { name: 'Remove All Mappings' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove all mappings, then delete' })
    expect(dialog).toHaveTextContent('has 4 segment mappings')
    const go = within(dialog).getByRole('button', { name: 'Remove 4 segment mappings and delete' })
    expect(go).toBeDisabled()
    await user.type(within(dialog).getByRole('textbox', { name: 'Type the destination ID (1002) to confirm' }), '1002')
    await user.click(go)
    expect(await screen.findByText('Removed 4 segment mappings and deleted destination "LiveRamp Friendly Names".')).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.pathname).toBe('/destinations'))
    expect(demoDb().destinations.has(1002)).toBe(false)
    expect(demoDb().mappingCount(1002)).toBe(0)
  })

  it('is not offered without DELETE_ALL_DESTINATIONS', async () => {
    await renderApp('/destinations/1002', { user: 'demo-marketer' })
    await screen.findByRole('heading', { level: 1, name: 'LiveRamp Friendly Names' })
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(/DELETE_ALL_DESTINATIONS/))
    expect(screen.queryByRole('button', { name: 'Remove All Mappings' })).not.toBeInTheDocument()
  })
})

describe('Edit on the details page', () => {
  it('is disabled with the reason without EDIT_ALL_DESTINATIONS, and opens the edit form for customer care', async () => {
    const { unmount } = await renderApp('/destinations/1010', { user: 'demo-marketer' })
    await screen.findByRole('heading', { level: 1, name: 'Empty Test Destination' })
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit' })).toHaveAccessibleDescription(/EDIT_ALL_DESTINATIONS/))
    expect(screen.getByRole('button', { name: 'Edit' })).toBeDisabled()
    unmount()
    const { router, user } = await renderApp('/destinations/1010', { user: 'demo-care' })
    await screen.findByRole('heading', { level: 1, name: 'Empty Test Destination' })
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit' })).toBeEnabled())
    await user.click(screen.getByRole('button', { name: 'Edit' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/destinations/1010/edit'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit Empty Test Destination' })).toBeInTheDocument()
  })
})

describe('session', () => {
  it('switches the demo user from the current-user menu', async () => {
    const { user } = await renderApp('/destinations')
    const menuButton = await screen.findByRole('button', { name: /^Signed in as .+ \(Marketer\)$/ })
    await user.click(menuButton)
    const menu = await screen.findByRole('menu')
    expect(within(menu).getByRole('menuitem', { name: 'Viewer' })).toBeInTheDocument()
    expect(within(menu).getByRole('menuitem', { name: 'Reset demo data' })).toBeInTheDocument()
    await user.click(within(menu).getByRole('menuitem', { name: 'Customer Care' }))
    expect(await screen.findByRole('button', { name: /^Signed in as .+ \(Customer Care\)$/ })).toBeInTheDocument()
    expect(await screen.findByText(/^Now signed in as .+ \(Customer Care\)\.$/)).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create Destination' })).toBeEnabled())
  })

  it('explains a 401 and how to recover', async () => {
    server.use(http.get('*/v1/destinations/', () => HttpResponse.json({ code: 'UNAUTHORIZED', message: 'No valid token.' }, { status: 401 })))
    await renderApp('/destinations')
    expect(await screen.findByRole('heading', { name: 'Could not load destinations' })).toBeInTheDocument()
    expect(screen.getByText(/Pick a user again from the menu/)).toBeInTheDocument()
  })

  it('shows admins the data sources with their Data Export Controls, in AAM wording; others do not see them', async () => {
    await renderApp('/destinations/1001', { user: 'demo-care' })
    const heading = await screen.findByRole('heading', { level: 2, name: 'Data sources with Data Export Controls' })
    const section = heading.closest('section')!
    const crm = await within(section).findByRole('list', { name: 'Data Export Controls of Offline CRM Onboarding' })
    expect(within(crm).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Cannot be tied to personally identifiable information (PII)',
      'Cannot be used for off-site ad targeting (blocks this destination\'s label "This destination may be used for off-site ad targeting")',
    ])
    expect(section).toHaveTextContent('Acme Web Analytics (First Party) (ID')
    expect(section).toHaveTextContent(': No Data Export Controls')
    cleanup()
    await renderApp('/destinations/1001', { user: 'demo-marketer' })
    await screen.findByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })
    expect(screen.queryByRole('heading', { name: 'Data sources with Data Export Controls' })).not.toBeInTheDocument()
  })

  it('asks for the destination and the first page of its mappings together, and for the full mapping list only after them', async () => {
    const requests: string[] = []
    let mappingsAsked = () => {}
    const firstPageAsked = new Promise<void>((resolve) => (mappingsAsked = resolve))
    const listener = ({ request }: { request: Request }) => {
      const url = new URL(request.url)
      requests.push(`${url.pathname.replace(/\/$/, '')}${url.search}`)
      if (/\/mappings\/?$/.test(url.pathname) && url.searchParams.get('page') === '0') mappingsAsked()
    }
    server.events.on('request:start', listener)
    // The destination answers only once the first mappings page was asked for: a waterfall never ends.
    server.use(http.get('*/v1/destinations/:id', async () => {
      await firstPageAsked
      return undefined
    }))
    try {
      const { user } = await renderApp('/destinations/1002')
      const table = await screen.findByRole('grid', { name: 'Segments Mapped to LiveRamp Friendly Names' })
      await within(table).findAllByRole('rowheader')
      // A search of the table goes out after a pause: whatever the page asks for once its first rows
      // are on screen has been asked for by the time it arrives.
      await user.type(screen.getByRole('searchbox', { name: 'Search mapped segments' }), 'acme')
      await waitFor(() => expect(requests).toContain('/v1/destinations/1002/mappings?search=acme&page=0&pageSize=100'))
    } finally {
      server.events.removeListener('request:start', listener)
    }
    const destinationCalls = requests.filter((r) => r.startsWith('/v1/destinations/1002'))
    expect(destinationCalls.slice(0, 2).sort()).toEqual(['/v1/destinations/1002', '/v1/destinations/1002/mappings?page=0&pageSize=100'])
    // The full list ("Mapped" marks, duplicate checks; 4 mappings here, so read up front) comes after.
    expect(destinationCalls.indexOf('/v1/destinations/1002/mappings')).toBeGreaterThan(1)
  })
})
